import { describe, expect, it } from "vitest";
import { analyseScenario } from "../../src/index.js";
import { alternative, world } from "./fixtures.js";

const ON = "2025-06-01";

// The worked coordination world on 2025-06-01, by hand: 5 themes x 5 regions x 3 sectors = 75 cells.
// curriculum: aob leads po and vo (m1) in 5 regions = 10 cells, bvmbo leads mbo (m2) = 5 cells;
// lerarenopleiding in noord: m3 and m4 tie in 3 sectors; every other cell has no lead claim.
describe("analyseScenario: coverage", () => {
  const analysis = analyseScenario(world("worked-coordination"), { on: ON });

  it("counts each status over all cells, with shares", () => {
    expect(analysis.cells).toBe(75);
    expect(analysis.coverage.counts).toEqual({ represented: 15, contested: 3, unrepresented: 57 });
    expect(analysis.coverage.shares.represented).toBeCloseTo(15 / 75, 12);
    expect(analysis.coverage.shares.contested).toBeCloseTo(3 / 75, 12);
    expect(analysis.coverage.shares.unrepresented).toBeCloseTo(57 / 75, 12);
  });

  it("breaks the counts down by theme, region and sector, in the scenario's order", () => {
    const { byTheme, byRegion, bySector } = analysis.coverage;
    expect(byTheme.map((t) => t.theme)).toEqual(["curriculum", "lerarenopleiding", "bekwaamheid", "bevoegdheden", "cao"]);
    expect(byTheme[0]?.counts).toEqual({ represented: 15, contested: 0, unrepresented: 0 });
    expect(byTheme[1]?.counts).toEqual({ represented: 0, contested: 3, unrepresented: 12 });
    expect(byTheme[4]?.shares.unrepresented).toBe(1);
    const noord = byRegion.find((r) => r.region === "noord");
    expect(noord?.counts).toEqual({ represented: 3, contested: 3, unrepresented: 9 });
    expect(noord?.cells).toBe(15);
    const mbo = bySector.find((s) => s.sector === "mbo");
    expect(mbo?.counts).toEqual({ represented: 5, contested: 1, unrepresented: 19 });
    expect(bySector.map((s) => s.sector)).toEqual(["po", "vo", "mbo"]);
  });

  it("describes the cells it looked at", () => {
    expect(analysis.scenario).toBe("worked-coordination");
    expect(analysis.model).toBe("coordination");
    expect(analysis.on).toBe(ON);
    expect(analysis.regions).toEqual(["nl", "noord", "oost", "zuid", "west"]);
  });
});

describe("analyseScenario: conflicts", () => {
  it("lists each contested cell with its contenders and the tied claims from the basis", () => {
    const { conflicts } = analyseScenario(world("worked-coordination"), { on: ON });
    expect(conflicts.map((c) => `${c.theme}/${c.region}/${c.sector ?? "-"}`)).toEqual([
      "lerarenopleiding/noord/po",
      "lerarenopleiding/noord/vo",
      "lerarenopleiding/noord/mbo",
    ]);
    for (const conflict of conflicts) {
      expect(conflict.contenders).toEqual(["cnvo", "fvov"]);
      expect(conflict.claims.map((c) => c.id).sort()).toEqual(["mandate:m3", "mandate:m4"]);
      expect(conflict.claims.map((c) => c.holder).sort()).toEqual(["cnvo", "fvov"]);
    }
  });

  it("is empty when nothing is contested", () => {
    expect(analyseScenario(world("worked-oc2"), { on: "2026-03-01" }).conflicts).toEqual([]);
  });
});

describe("analyseScenario: concentration", () => {
  it("gives each lead's share of the represented cells, the HHI and the number of leads", () => {
    const { concentration } = analyseScenario(world("worked-coordination"), { on: ON });
    expect(concentration.ledCells).toBe(15);
    expect(concentration.leads).toEqual([
      { organisation: "aob", cells: 10, weight: 10, share: 10 / 15 },
      { organisation: "bvmbo", cells: 5, weight: 5, share: 5 / 15 },
    ]);
    expect(concentration.parties).toEqual([
      { organisations: ["aob"], cells: 10, share: 10 / 15 },
      { organisations: ["bvmbo"], cells: 5, share: 5 / 15 },
    ]);
    // (2/3)^2 + (1/3)^2 = 5/9
    expect(concentration.hhi).toBeCloseTo(5 / 9, 12);
    expect(concentration.distinctLeads).toBe(2);
  });

  it("has an HHI of 1 when one organisation leads everything, and none when nothing is led", () => {
    const one = analyseScenario(world("worked-coordination"), { on: ON, themes: ["curriculum"], sectors: [null] });
    expect(one.cells).toBe(5);
    expect(one.concentration).toEqual({
      ledCells: 5,
      leads: [{ organisation: "aob", cells: 5, weight: 5, share: 1 }],
      parties: [{ organisations: ["aob"], cells: 5, share: 1 }],
      hhi: 1,
      distinctLeads: 1,
    });
    const none = analyseScenario(world("worked-coordination"), { on: "2024-12-31" });
    expect(none.concentration).toEqual({ ledCells: 0, leads: [], parties: [], hhi: null, distinctLeads: 0 });
  });

  it("orders leads by cells led, then by id", () => {
    const rotating = alternative([
      { id: "r1", when: { regions: ["noord", "oost"] }, then: { assign: { lead: "fvov" } } },
      { id: "r2", when: { regions: ["zuid", "west"] }, then: { assign: { lead: "cnvo" } } },
      { id: "r3", then: { assign: { lead: "aob" } } },
    ]);
    const { leads } = analyseScenario(rotating, { on: ON }).concentration;
    expect(leads.map((l) => [l.organisation, l.cells])).toEqual([
      ["cnvo", 30],
      ["fvov", 30],
      ["aob", 15],
    ]);
  });
});

describe("analyseScenario: reach", () => {
  it("sums the figures of the organisations in delegations and lists those without one", () => {
    const { reach } = analyseScenario(world("worked-coordination"), { on: ON });
    expect(reach.delegations).toEqual(["aob", "bvmbo", "fvov"]);
    expect(reach.members).toBe(84_064 + 38_500);
    expect(reach.counted.map((c) => [c.organisation, c.members, c.via])).toEqual([
      ["aob", 84_064, null],
      ["fvov", 38_500, null],
    ]);
    expect(reach.unknown).toEqual(["bvmbo"]);
    expect(reach.teachers).toBeNull();
    expect(reach.share).toBeNull();
  });

  it("gives the share of the teacher population", () => {
    const scenario = world("worked-coordination", (d) => {
      d.population = { teachers: 245_128, asOf: "2024-01-01" };
    });
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.teachers).toBe(245_128);
    expect(reach.share).toBe(0.5);
  });

  it("counts a federation's figure once when it and one of its members both sit in delegations", () => {
    const withKvlo = (members: string[]) =>
      world("worked-coordination", (d) => {
        d.organisations.push({ id: "kvlo", name: "KVLO", kind: "professional-association", sectors: ["vo"], members: { total: 5_000, asOf: "2024-01-01" }, memberOf: ["fvov"] });
        d.model = { kind: "alternative", name: "t", rules: [{ id: "r1", then: { assign: { lead: "aob", members } } }] };
      });
    const both = analyseScenario(withKvlo(["fvov", "kvlo"]), { on: ON }).reach;
    expect(both.members).toBe(84_064 + 38_500);
    expect(both.counted.map((c) => c.organisation)).toEqual(["aob", "fvov"]);
    expect(both.covered).toEqual([{ organisation: "kvlo", within: ["fvov"] }]);
    const memberOnly = analyseScenario(withKvlo(["kvlo"]), { on: ON }).reach;
    expect(memberOnly.members).toBe(84_064 + 5_000);
    expect(memberOnly.covered).toEqual([]);
  });

  it("counts a body without a figure through its member organisations (board seats), each once", () => {
    // oc2 has no figure; its board seats are aob, cnvo, fvov and bvmbo. aob also leads cao itself.
    const { reach } = analyseScenario(world("worked-oc2"), { on: "2026-03-01" });
    expect(reach.delegations).toEqual(["aob", "bvmbo", "lg-noord", "oc2"]);
    expect(reach.counted.map((c) => [c.organisation, c.via])).toEqual([
      ["aob", null],
      ["cnvo", "oc2"],
      ["fvov", "oc2"],
    ]);
    expect(reach.members).toBe(84_064 + 51_000 + 38_500);
    expect(reach.unknown).toEqual(["bvmbo", "lg-noord"]);
  });

  it("leaves out member organisations that do not exist on the day", () => {
    const scenario = world("worked-oc2", (d) => {
      d.organisations.find((o: any) => o.id === "cnvo").dissolved = "2026-02-01";
    });
    const { reach } = analyseScenario(scenario, { on: "2026-03-01" });
    expect(reach.counted.map((c) => c.organisation)).toEqual(["aob", "fvov"]);
    expect(reach.members).toBe(84_064 + 38_500);
  });

  it("lets the smallest id stand for a memberOf cycle", () => {
    const scenario = world("worked-coordination", (d) => {
      d.organisations.find((o: any) => o.id === "fvov").memberOf = ["cnvo"];
      d.organisations.find((o: any) => o.id === "cnvo").memberOf = ["fvov"];
      d.model = { kind: "alternative", name: "t", rules: [{ id: "r1", then: { assign: { lead: "aob", members: ["cnvo", "fvov"] } } }] };
    });
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.counted.map((c) => c.organisation)).toEqual(["aob", "cnvo"]);
    expect(reach.covered).toEqual([{ organisation: "fvov", within: ["cnvo"] }]);
    expect(reach.members).toBe(84_064 + 51_000);
  });
});

describe("analyseScenario: the query", () => {
  it("looks only at the themes, regions and sectors asked for", () => {
    const analysis = analyseScenario(world("worked-coordination"), { on: ON, themes: ["lerarenopleiding"], regions: ["noord", "zuid"], sectors: ["vo"] });
    expect(analysis.cells).toBe(2);
    expect(analysis.coverage.counts).toEqual({ represented: 0, contested: 1, unrepresented: 1 });
    expect(analysis.coverage.byRegion.map((r) => r.region)).toEqual(["noord", "zuid"]);
  });

  it("takes a Date as its local calendar day", () => {
    const fromDate = analyseScenario(world("worked-coordination"), { on: new Date(2025, 5, 1, 23, 30) });
    expect(fromDate.on).toBe(ON);
    expect(fromDate.coverage.counts.represented).toBe(15);
  });

  it("gives zero shares and no HHI for an empty selection", () => {
    const empty = analyseScenario(world("worked-coordination"), { on: ON, themes: [] });
    expect(empty.cells).toBe(0);
    expect(empty.coverage.shares).toEqual({ represented: 0, contested: 0, unrepresented: 0 });
    expect(empty.concentration.hhi).toBeNull();
    expect(empty.reach.members).toBe(0);
  });

  it("rejects bad queries with errors that name the function and the problem", () => {
    const scenario = world("worked-coordination");
    expect(() => analyseScenario(scenario, { on: ON, themes: ["nope"] })).toThrow('analyseScenario: unknown theme "nope"');
    expect(() => analyseScenario(scenario, { on: ON, regions: ["atlantis"] })).toThrow('analyseScenario: unknown region "atlantis"');
    expect(() => analyseScenario(scenario, { on: ON, sectors: ["wo"] })).toThrow('analyseScenario: unknown sector "wo"');
    expect(() => analyseScenario(scenario, { on: "2025-02-30" })).toThrow(/^analyseScenario: 'on' must be a calendar date/);
    expect(() => analyseScenario(scenario, undefined as any)).toThrow("analyseScenario: expected a query object");
    expect(() => analyseScenario({} as any, { on: ON })).toThrow(/^analyseScenario: 1 problem found\n- \(root\): received an object, not a scenario the library made; pass the document through parseScenario first .* \[not_parsed\]$/);
  });

  it("works on the frozen scenario without changing it", () => {
    const scenario = world("worked-coordination");
    const before = JSON.stringify(scenario);
    analyseScenario(scenario, { on: ON });
    expect(JSON.stringify(scenario)).toBe(before);
    expect(Object.isFrozen(scenario)).toBe(true);
  });
});
