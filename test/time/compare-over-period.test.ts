import { describe, expect, it } from "vitest";
import { compareOverPeriod } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { world } from "./world.js";

const coordination = fixture("worked-coordination");
const period = { from: "2025-01-01", until: "2026-01-01" };

describe("compareOverPeriod", () => {
  it("finds nothing when a scenario is compared with itself", () => {
    const comparison = compareOverPeriod([coordination, coordination], period);
    expect(comparison.cells).toEqual([]);
    expect(comparison.scenarios).toEqual(["worked-coordination", "worked-coordination"]);
    expect(comparison).toMatchObject({ ...period, sectors: ["po", "vo", "mbo"] });
  });

  it("finds the month in which one agreement is in force and the other is not yet", () => {
    const later = world((d) => {
      d.id = "later";
      d.model.agreement.signedOn = "2025-02-01";
    });
    const comparison = compareOverPeriod([coordination, later], { ...period, themes: ["curriculum"] });
    expect(comparison.cells).toHaveLength(15);
    expect(comparison.cells[0]).toEqual({
      theme: "curriculum",
      region: "nl",
      sector: "po",
      days: 31,
      intervals: [
        { from: "2025-01-01", until: "2025-02-01", answers: [{ status: "represented", lead: "aob" }, { status: "unrepresented", lead: null }] },
      ],
    });
  });

  it("finds a difference that lasts a single day", () => {
    const oneDay = world((d) => {
      d.id = "one-day";
      d.mandates.find((m: any) => m.id === "m2").validUntil = "2025-06-01";
      d.mandates.push({ ...d.mandates.find((m: any) => m.id === "m2"), id: "m2b", validFrom: "2025-06-02", validUntil: undefined });
    });
    const comparison = compareOverPeriod([coordination, oneDay], period);
    expect(comparison.cells.map((c) => [c.theme, c.region, c.sector, c.days, c.intervals])).toEqual(
      ["nl", "noord", "oost", "zuid", "west"].map((region) => [
        "curriculum",
        region,
        "mbo",
        1,
        [{ from: "2025-06-01", until: "2025-06-02", answers: [{ status: "represented", lead: "bvmbo" }, { status: "represented", lead: "aob" }] }],
      ]),
    );
  });

  it("compares three scenarios, one answer each, and only on the cells they share", () => {
    const noMbo = world((d) => {
      d.id = "no-mbo";
      d.sectors = d.sectors.filter((s: any) => s.id !== "mbo");
      for (const o of d.organisations) o.sectors = o.id === "bvmbo" ? ["vo"] : o.sectors.filter((s: string) => s !== "mbo");
      d.mandates.find((m: any) => m.id === "m2").scope.sectors = ["vo"];
    });
    const comparison = compareOverPeriod([coordination, coordination, noMbo], period);
    expect(comparison.sectors).toEqual(["po", "vo"]);
    const westVo = comparison.cells.find((c) => c.theme === "curriculum" && c.region === "west" && c.sector === "vo");
    expect(westVo?.intervals[0]?.answers).toEqual([
      { status: "represented", lead: "aob" },
      { status: "represented", lead: "aob" },
      { status: "represented", lead: "bvmbo" },
    ]);
  });

  it("rejects fewer than two scenarios, an id one of them lacks, and bad periods, naming itself", () => {
    expect(() => compareOverPeriod([coordination], period)).toThrow("compareOverPeriod: expected an array of at least two scenarios");
    expect(() => compareOverPeriod([coordination, fixture("worked-oc2")], { ...period, themes: ["nope"] })).toThrow(
      'compareOverPeriod: unknown theme "nope" in scenario "worked-coordination"',
    );
    expect(() => compareOverPeriod([coordination, coordination], { from: "2025-01-01", until: "2024-01-01" })).toThrow(/^compareOverPeriod: 'until'/);
  });
});
