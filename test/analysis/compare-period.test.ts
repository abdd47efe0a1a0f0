import { describe, expect, it } from "vitest";
import { compareOverPeriod, compareScenarios, resolve, type Scenario } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { notParsed } from "../not-parsed.js";

describe("compareScenarios over a period", () => {
  const coordination = fixture("worked-coordination");
  const oc2 = fixture("worked-oc2");

  it("finds nothing when a scenario is compared with itself", () => {
    const result = compareScenarios([coordination, coordination], { from: "2024-06-01", until: "2026-06-01" });
    expect(result.cells).toEqual([]);
    expect(result.from).toBe("2024-06-01");
  });

  it("gives exactly what compareOverPeriod gives", () => {
    const query = { from: "2025-11-01", until: "2026-03-01", themes: ["curriculum"], sectors: ["vo", "mbo"] } as const;
    expect(compareScenarios([coordination, oc2], query)).toEqual(compareOverPeriod([coordination, oc2], query));
  });

  it("places the differences on the days resolve disagrees", () => {
    const result = compareScenarios([coordination, oc2], { from: "2025-12-30", until: "2026-01-03", themes: ["curriculum"], regions: ["west"], sectors: ["vo"] });
    const days = ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"];
    const differing = days.filter((on) => {
      const a = resolve(coordination, { theme: "curriculum", region: "west", sector: "vo", on });
      const b = resolve(oc2, { theme: "curriculum", region: "west", sector: "vo", on });
      return a.status !== b.status || a.lead !== b.lead;
    });
    expect(differing.length).toBeGreaterThan(0);
    expect(result.cells).toHaveLength(1);
    expect(JSON.stringify(result.cells[0])).toContain(differing[0]!);
  });

  it("still answers the day form with the analysis side by side", () => {
    const result = compareScenarios([coordination, oc2], { on: "2026-03-01" });
    expect(result.scenarios).toHaveLength(2);
    expect(result.differences.length).toBeGreaterThan(0);
  });
  it("names compareScenarios in its refusals, not the compareOverPeriod it answers through", () => {
    const period = { from: "2025-01-01", until: "2026-01-01" };
    notParsed(() => compareScenarios([coordination, {} as Scenario], period), "compareScenarios: scenarios[1]");
    expect(() => compareScenarios([coordination], period)).toThrow(/^compareScenarios: expected an array of at least two scenarios$/);
    expect(() => compareScenarios([coordination, oc2], { ...period, themes: ["nowhere"] })).toThrow(/^compareScenarios: unknown theme "nowhere" in scenario /);
    expect(() => compareScenarios([coordination, oc2], { from: "2026-01-01", until: "2025-01-01" })).toThrow(/^compareScenarios: /);
  });
});
