import { describe, expect, it } from "vitest";
import { findPitfalls } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { type Doc, world } from "./fixtures.js";

// The fragile-funding pitfall looks `fundingHorizonMonths` ahead of the day; a horizon past
// 9999-12-31 stops at the end of the calendar and takes in every end of funding.

const sound = { structural: true, annualBudgetEur: 2_500_000, fte: 20 };

function fundedUntil(until: string): Scenario {
  return world("worked-oc2", (d: Doc) => {
    d.model.funding = { ...sound, until };
  });
}

function fragile(scenario: Scenario, on: string, fundingHorizonMonths = 12) {
  return findPitfalls(scenario, { on, thresholds: { fundingHorizonMonths } }).find((f) => f.id === "fragile-funding");
}

describe("the funding horizon at the end of the calendar", () => {
  it("counts funding that stops in 9999 as ending when the horizon reaches past 9999-12-31", () => {
    const f = fragile(fundedUntil("9999-12-01"), "9999-06-01");
    expect(f?.evidence).toMatchObject({ reasons: ["ending"], horizon: "9999-12-31" });
  });

  it("counts funding that stops on 9999-12-31 itself as ending", () => {
    expect(fragile(fundedUntil("9999-12-31"), "9999-06-01")?.evidence).toMatchObject({ reasons: ["ending"], horizon: "9999-12-31" });
  });

  it("looks ahead any number of months without failing", () => {
    const f = fragile(fundedUntil("3000-01-01"), "2026-03-01", 1_000_000_000);
    expect(f?.evidence).toMatchObject({ reasons: ["ending"], horizon: "9999-12-31" });
  });

  it("keeps a horizon inside the calendar as it is", () => {
    expect(fragile(fundedUntil("9998-12-01"), "9998-06-01")?.evidence).toMatchObject({ reasons: ["ending"], horizon: "9999-06-01" });
    expect(fragile(fundedUntil("9999-06-01"), "9998-06-01")).toBeUndefined();
  });
});
