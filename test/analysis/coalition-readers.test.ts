import { describe, expect, it } from "vitest";
import { analyseScenario, compareScenarios, findPitfalls, representationTimeline, resolve } from "../../src/index.js";
import { impactOf } from "../../src/change-entry.js";
import { sameAnswer } from "../../src/resolve/same-answer.js";
import type { ScenarioComparison } from "../../src/index.js";
import { coalitionMandate, mandate, withMandates } from "./fixtures.js";

// Everything that reads answers treats a coalition as one party (DOMAIN.md "Joint representation").
const ON = "2025-06-01";
const zuid = { themes: ["lerarenopleiding"], regions: ["zuid"] };
const query = { on: ON, themes: ["lerarenopleiding"], regions: ["zuid"] };

describe("concentration with a coalition", () => {
  it("counts the coalition once as a party and 1/n of each cell for each of its n members", () => {
    const s = withMandates(coalitionMandate("c1", ["cnvo", "aob"], zuid, { spokesperson: "cnvo" }));
    const { concentration } = analyseScenario(s, query);
    expect(concentration.ledCells).toBe(3);
    expect(concentration.leads).toEqual([
      { organisation: "aob", cells: 3, weight: 1.5, share: 0.5 },
      { organisation: "cnvo", cells: 3, weight: 1.5, share: 0.5 },
    ]);
    expect(concentration.parties).toEqual([{ organisations: ["aob", "cnvo"], cells: 3, share: 1 }]);
    expect(concentration.hhi).toBeCloseTo(0.5, 12);
    expect(concentration.distinctLeads).toBe(2);
  });

  it("counts a coalition without a spokesperson as led, though its cells have no single lead", () => {
    const s = withMandates(coalitionMandate("c1", ["aob", "fvov", "cnvo"], zuid));
    const { concentration, coverage } = analyseScenario(s, query);
    expect(coverage.counts.represented).toBe(3);
    expect(concentration.ledCells).toBe(3);
    expect(concentration.leads.map((l) => [l.organisation, l.weight])).toEqual([
      ["aob", 1],
      ["cnvo", 1],
      ["fvov", 1],
    ]);
  });
});

describe("conflicts and contested-cells with a coalition", () => {
  it("lists a coalition and one of its own members as two contending parties", () => {
    const s = withMandates(coalitionMandate("c1", ["aob", "cnvo"], zuid), mandate("m9", "aob", zuid));
    const { conflicts } = analyseScenario(s, query);
    expect(conflicts).toHaveLength(3);
    expect(conflicts[0]).toMatchObject({ contenders: ["aob", "cnvo"], parties: [["aob"], ["aob", "cnvo"]] });
    const finding = findPitfalls(s, { ...query, thresholds: { maxContestedShare: 0 } }).find((f) => f.id === "contested-cells");
    expect(finding?.evidence).toMatchObject({ conflicts: ["po", "vo", "mbo"].map((sector) => expect.objectContaining({ sector, parties: [["aob"], ["aob", "cnvo"]] })) });
  });
});

describe("compareScenarios with coalitions", () => {
  const base = withMandates(coalitionMandate("c1", ["aob", "cnvo"], zuid, { spokesperson: "aob" }));
  const cell = (c: ScenarioComparison) => c.differences.find((d) => d.sector === "vo");

  it("finds no difference when the same coalition is written in another order", () => {
    const same = withMandates(coalitionMandate("c1", ["cnvo", "aob"], zuid, { spokesperson: "aob" }));
    expect(compareScenarios([base, same], query).differences).toEqual([]);
  });

  it("finds a difference when the coalition gains a member, and says who joins", () => {
    const larger = withMandates(coalitionMandate("c1", ["aob", "cnvo", "bvmbo"], zuid, { spokesperson: "aob" }));
    const comparison = compareScenarios([base, larger], query);
    expect(cell(comparison)?.changes).toEqual([{ scenario: 1, from: "represented", to: "represented", gains: null, loses: null, joins: ["bvmbo"], leaves: [] }]);
    expect(comparison.organisations).toEqual([
      { organisation: "aob", led: [3, 3] },
      { organisation: "bvmbo", led: [0, 3] },
      { organisation: "cnvo", led: [3, 3] },
    ]);
  });

  it("finds a difference when only the spokesperson changes", () => {
    const other = withMandates(coalitionMandate("c1", ["aob", "cnvo"], zuid, { spokesperson: "cnvo" }));
    expect(cell(compareScenarios([base, other], query))?.changes).toEqual([
      { scenario: 1, from: "represented", to: "represented", gains: "cnvo", loses: "aob", joins: [], leaves: [] },
    ]);
  });
});

describe("impactOf and timelines with coalitions", () => {
  it("counts a change of composition as a change, though lead and delegation stay the same", () => {
    const s = withMandates(coalitionMandate("c1", ["aob", "cnvo"], zuid, { spokesperson: "aob" }), mandate("m9", "fvov", zuid, { role: "member" }));
    const before = resolve(s, { theme: "lerarenopleiding", region: "zuid", sector: "vo", on: ON });
    expect(before.delegation).toEqual(["aob", "cnvo", "fvov"]);
    // The same delegation, with fvov among the leads instead of a member.
    const after = { ...before, leads: ["aob", "cnvo", "fvov"] };
    expect(sameAnswer(before, before)).toBe(true);
    expect(sameAnswer(before, after)).toBe(false);
    expect(sameAnswer(before, { ...before, contendingParties: [["aob"]] })).toBe(false);
    const impact = impactOf(s, { type: "revoke-mandate", id: "c1", on: "2025-03-01" }, query);
    expect(impact.cells.map((c) => [c.before?.leads, c.after.leads])).toEqual([
      [["aob", "cnvo"], []],
      [["aob", "cnvo"], []],
      [["aob", "cnvo"], []],
    ]);
  });

  it("starts a new interval when a coalition gains a member, though its lead stays", () => {
    const merged = withMandates(
      coalitionMandate("c1", ["aob", "cnvo"], zuid, { spokesperson: "aob", validUntil: "2025-06-01" }),
      coalitionMandate("c2", ["aob", "cnvo", "fvov"], zuid, { spokesperson: "aob", validFrom: "2025-06-01" }),
    );
    const timeline = representationTimeline(merged, { theme: "lerarenopleiding", region: "zuid", sector: "vo", from: "2025-02-01", until: "2025-09-01" });
    expect(timeline.intervals.map((i) => [i.from, i.representation.lead, i.representation.leads])).toEqual([
      ["2025-02-01", "aob", ["aob", "cnvo"]],
      ["2025-06-01", "aob", ["aob", "cnvo", "fvov"]],
    ]);
  });

  it("starts a new interval when only the spokesperson changes", () => {
    const s = withMandates(
      coalitionMandate("c1", ["aob", "cnvo"], zuid, { spokesperson: "aob", validUntil: "2025-06-01" }),
      coalitionMandate("c2", ["aob", "cnvo"], zuid, { spokesperson: "cnvo", validFrom: "2025-06-01" }),
    );
    const timeline = representationTimeline(s, { theme: "lerarenopleiding", region: "zuid", sector: "vo", from: "2025-02-01", until: "2025-09-01" });
    expect(timeline.intervals.map((i) => [i.from, i.representation.lead])).toEqual([
      ["2025-02-01", "aob"],
      ["2025-06-01", "cnvo"],
    ]);
  });
});

describe("distance-to-teachers with a coalition", () => {
  it("counts a cell a coalition leads in a region as regional presence", () => {
    const regional = (s: ReturnType<typeof withMandates>) =>
      findPitfalls(s, { on: ON, thresholds: { minRegionalCells: 1000 } }).find((f) => f.id === "distance-to-teachers")?.evidence;
    const without = regional(withMandates());
    const withCoalition = regional(withMandates(coalitionMandate("c1", ["aob", "cnvo"], zuid)));
    expect(without).toMatchObject({ regionalCells: 0 });
    expect(withCoalition).toMatchObject({ regionalCells: 3 });
  });
});
