import { describe, expect, it } from "vitest";
import { compareOverPeriod } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { world } from "./fixtures.js";

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
        { from: "2025-01-01", until: "2025-02-01", answers: [{ status: "represented", lead: "aob", leads: ["aob"] }, { status: "unrepresented", lead: null, leads: [] }] },
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
        [{ from: "2025-06-01", until: "2025-06-02", answers: [{ status: "represented", lead: "bvmbo", leads: ["bvmbo"] }, { status: "represented", lead: "aob", leads: ["aob"] }] }],
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
      { status: "represented", lead: "aob", leads: ["aob"] },
      { status: "represented", lead: "aob", leads: ["aob"] },
      { status: "represented", lead: "bvmbo", leads: ["bvmbo"] },
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

/** The worked world with the mandates for curriculum in nl for every sector changed by `edit`. */
function variant(id: string, edit: (d: any) => void) {
  return world((d) => {
    d.id = id;
    edit(d);
  });
}

describe("compareOverPeriod intervals", () => {
  it("keeps apart two stretches of difference separated by agreement", () => {
    // m1 (aob leads curriculum) lapses in March and in May only.
    const gaps = variant("gaps", (d) => {
      const m1 = d.mandates.find((m: any) => m.id === "m1");
      m1.validUntil = "2025-03-01";
      d.mandates.push({ ...m1, id: "m1b", validFrom: "2025-04-01", validUntil: "2025-05-01" });
      d.mandates.push({ ...m1, id: "m1c", validFrom: "2025-06-01", validUntil: undefined });
    });
    const cell = compareOverPeriod([coordination, gaps], { ...period, themes: ["curriculum"], regions: ["west"], sectors: ["po"] }).cells[0];
    const answers = [{ status: "represented", lead: "aob", leads: ["aob"] }, { status: "unrepresented", lead: null, leads: [] }];
    expect(cell).toEqual({
      theme: "curriculum",
      region: "west",
      sector: "po",
      days: 31 + 31,
      intervals: [
        { from: "2025-03-01", until: "2025-04-01", answers },
        { from: "2025-05-01", until: "2025-06-01", answers },
      ],
    });
  });

  it("splits a stretch of difference where the answers change, by lead alone or by status alone", () => {
    // In the other world nobody leads curriculum from 2 January; from March cnvo and fvov contest it,
    // from May cnvo leads alone, and from July fvov leads alone.
    const other = variant("other", (d) => {
      const m1 = d.mandates.find((m: any) => m.id === "m1");
      m1.validUntil = "2025-01-02";
      d.mandates.push({ ...m1, id: "c1", holder: "cnvo", validFrom: "2025-03-01", validUntil: "2025-07-01" });
      d.mandates.push({ ...m1, id: "f1", holder: "fvov", validFrom: "2025-03-01", validUntil: "2025-05-01" });
      d.mandates.push({ ...m1, id: "f2", holder: "fvov", validFrom: "2025-07-01", validUntil: undefined });
    });
    const cell = compareOverPeriod([coordination, other], { ...period, themes: ["curriculum"], regions: ["west"], sectors: ["po"] }).cells[0];
    const aob = { status: "represented", lead: "aob", leads: ["aob"] };
    expect(cell?.intervals).toEqual([
      { from: "2025-01-02", until: "2025-03-01", answers: [aob, { status: "unrepresented", lead: null, leads: [] }] },
      { from: "2025-03-01", until: "2025-05-01", answers: [aob, { status: "contested", lead: null, leads: [] }] },
      { from: "2025-05-01", until: "2025-07-01", answers: [aob, { status: "represented", lead: "cnvo", leads: ["cnvo"] }] },
      { from: "2025-07-01", until: "2026-01-01", answers: [aob, { status: "represented", lead: "fvov", leads: ["fvov"] }] },
    ]);
    expect(cell?.days).toBe(364);
  });

  it("tells unrepresented from contested, though neither has a lead", () => {
    const contested = variant("contested", (d) => {
      d.mandates.push({ ...d.mandates.find((m: any) => m.id === "m1"), id: "c1", holder: "cnvo" });
    });
    const unrepresented = variant("unrepresented", (d) => {
      d.mandates = d.mandates.filter((m: any) => m.id !== "m1");
    });
    const cell = compareOverPeriod([contested, unrepresented], { ...period, themes: ["curriculum"], regions: ["west"], sectors: ["po"] }).cells[0];
    expect(cell?.intervals).toEqual([
      { from: "2025-01-01", until: "2026-01-01", answers: [{ status: "contested", lead: null, leads: [] }, { status: "unrepresented", lead: null, leads: [] }] },
    ]);
  });

  it("keeps one stretch while only what it does not compare changes, such as the delegation", () => {
    // On one side fvov's membership (m5) ends in June, splitting its timeline; the lead stays aob.
    const shrinking = variant("shrinking", (d) => {
      d.mandates.find((m: any) => m.id === "m5").validUntil = "2025-06-01";
    });
    // On the other side aob's lead (m1) lapses from March to September.
    const gap = variant("gap", (d) => {
      d.mandates.find((m: any) => m.id === "m1").validUntil = "2025-03-01";
      d.mandates.push({ ...d.mandates.find((m: any) => m.id === "m1"), id: "m1b", validFrom: "2025-09-01", validUntil: undefined });
    });
    const cell = compareOverPeriod([shrinking, gap], { ...period, themes: ["curriculum"], regions: ["west"], sectors: ["po"] }).cells[0];
    expect(cell?.intervals).toEqual([{ from: "2025-03-01", until: "2025-09-01", answers: [{ status: "represented", lead: "aob", leads: ["aob"] }, { status: "unrepresented", lead: null, leads: [] }] }]);
  });
});

describe("compareOverPeriod axes", () => {
  it("compares the profession as a whole when the scenarios share no sector, or when asked", () => {
    const poOnly = variant("po-only", (d) => {
      d.sectors = d.sectors.filter((s: any) => s.id === "po");
      for (const o of d.organisations) o.sectors = ["po"];
      d.mandates = d.mandates.filter((m: any) => m.id !== "m2");
    });
    const voOnly = variant("vo-only", (d) => {
      d.sectors = d.sectors.filter((s: any) => s.id === "vo");
      for (const o of d.organisations) o.sectors = ["vo"];
      d.mandates = d.mandates.filter((m: any) => m.id !== "m2" && m.id !== "m1");
    });
    const comparison = compareOverPeriod([poOnly, voOnly], { ...period, themes: ["curriculum"], regions: ["west"] });
    expect(comparison.sectors).toEqual([null]);
    expect(comparison.cells.map((c) => [c.sector, c.intervals[0]?.answers])).toEqual([
      [null, [{ status: "represented", lead: "aob", leads: ["aob"] }, { status: "unrepresented", lead: null, leads: [] }]],
    ]);
    const asked = compareOverPeriod([coordination, voOnly], { ...period, themes: ["curriculum"], regions: ["west"], sectors: [null, "vo"] });
    expect(asked.cells.map((c) => c.sector)).toEqual([null, "vo"]);
  });

  it("rejects a region or a sector one scenario lacks, naming it and the scenario", () => {
    const noMbo = variant("no-mbo", (d) => {
      d.sectors = d.sectors.filter((s: any) => s.id !== "mbo");
      for (const o of d.organisations) o.sectors = o.id === "bvmbo" ? ["vo"] : o.sectors.filter((s: string) => s !== "mbo");
      d.mandates = d.mandates.filter((m: any) => m.id !== "m2");
    });
    expect(() => compareOverPeriod([coordination, noMbo], { ...period, sectors: ["mbo"] })).toThrow('compareOverPeriod: unknown sector "mbo" in scenario "no-mbo"');
    expect(() => compareOverPeriod([coordination, noMbo], { ...period, regions: ["mars"] })).toThrow('compareOverPeriod: unknown region "mars" in scenario "worked-coordination"');
  });

  it("rejects scenarios that are not an array, even one with a length", () => {
    expect(() => compareOverPeriod({ length: 2 } as any, period)).toThrow("compareOverPeriod: expected an array of at least two scenarios");
    expect(() => compareOverPeriod("ab" as any, period)).toThrow("compareOverPeriod: expected an array of at least two scenarios");
  });
});
