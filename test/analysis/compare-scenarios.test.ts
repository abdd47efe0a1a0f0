import { describe, expect, it } from "vitest";
import { analyseScenario, compareScenarios, findPitfalls, resolve } from "../../src/index.js";
import { alternative, type Doc, world } from "./fixtures.js";

const ON = "2026-03-01";

/** The worked coordination world without sectors, and so without its one sector-bound mandate (m2, mbo). */
function withoutSectors(): ReturnType<typeof world> {
  return world("worked-coordination", (d) => {
    d.sectors = [];
    for (const o of d.organisations) o.sectors = [];
    d.mandates = d.mandates.filter((m: Doc) => m.scope.sectors === "all");
  });
}

describe("compareScenarios: coordination against OC 2.0 (the worked examples)", () => {
  const coordination = world("worked-coordination");
  const oc2 = world("worked-oc2");
  const comparison = compareScenarios([coordination, oc2], { on: ON });
  const at = (theme: string, region: string, sector: string) =>
    comparison.differences.find((d) => d.theme === theme && d.region === region && d.sector === sector);

  it("compares the cells both scenarios share", () => {
    expect(comparison.on).toBe(ON);
    expect(comparison.cells).toBe(75);
    expect(comparison.scenarios).toEqual([
      { position: 0, id: "worked-coordination", name: "Worked example: coordination", model: "coordination" },
      { position: 1, id: "worked-oc2", name: "Worked example: OC 2.0", model: "oc2" },
    ]);
    expect(comparison.unshared).toEqual({ themes: [], regions: [], sectors: [] });
  });

  it("lists every cell whose lead or status differs, with who gains and who loses it", () => {
    // Only curriculum/mbo (bvmbo in both: m2, and the body's delegation d1) is the same in all 5 regions.
    expect(comparison.differences).toHaveLength(70);
    expect(comparison.differences.some((d) => d.theme === "curriculum" && d.sector === "mbo")).toBe(false);
    expect(at("curriculum", "west", "vo")?.changes).toEqual([{ scenario: 1, from: "represented", to: "represented", gains: "oc2", loses: "aob", joins: ["oc2"], leaves: ["aob"] }]);
    expect(at("curriculum", "noord", "vo")?.changes).toEqual([{ scenario: 1, from: "represented", to: "represented", gains: "lg-noord", loses: "aob", joins: ["lg-noord"], leaves: ["aob"] }]);
    expect(at("lerarenopleiding", "noord", "vo")?.changes).toEqual([{ scenario: 1, from: "contested", to: "represented", gains: "lg-noord", loses: null, joins: ["lg-noord"], leaves: [] }]);
    expect(at("cao", "noord", "vo")?.changes).toEqual([{ scenario: 1, from: "unrepresented", to: "represented", gains: "aob", loses: null, joins: ["aob"], leaves: [] }]);
    expect(at("lerarenopleiding", "noord", "vo")?.outcomes).toEqual([
      { status: "contested", lead: null, leads: [], delegation: [], contenders: ["cnvo", "fvov"], contendingParties: [["cnvo"], ["fvov"]] },
      { status: "represented", lead: "lg-noord", leads: ["lg-noord"], delegation: ["lg-noord", "oc2"], contenders: [], contendingParties: [] },
    ]);
  });

  it("agrees with resolve on every cell, and lists exactly the cells that differ", () => {
    let differing = 0;
    for (const theme of comparison.themes) {
      for (const region of comparison.regions) {
        for (const sector of comparison.sectors) {
          const a = resolve(coordination, { theme, region, sector, on: ON });
          const b = resolve(oc2, { theme, region, sector, on: ON });
          const listed = comparison.differences.find((d) => d.theme === theme && d.region === region && d.sector === sector);
          const differs = a.status !== b.status || a.lead !== b.lead;
          expect(listed !== undefined).toBe(differs);
          if (listed !== undefined) {
            differing++;
            expect(listed.outcomes.map((o) => [o.status, o.lead])).toEqual([
              [a.status, a.lead],
              [b.status, b.lead],
            ]);
          }
        }
      }
    }
    expect(differing).toBe(comparison.differences.length);
  });

  it("sums up the cells each organisation leads in each scenario", () => {
    // OC 2.0: 60 professional cells = bvmbo 5 (curriculum/mbo) + lg-noord 11 (noord, but curriculum/mbo) + oc2 44; aob leads cao.
    expect(comparison.organisations).toEqual([
      { organisation: "aob", led: [10, 15] },
      { organisation: "bvmbo", led: [5, 5] },
      { organisation: "lg-noord", led: [0, 11] },
      { organisation: "oc2", led: [0, 44] },
    ]);
  });

  it("puts the analysis and the findings of each scenario side by side", () => {
    expect(comparison.metrics).toEqual([analyseScenario(coordination, { on: ON }), analyseScenario(oc2, { on: ON })]);
    expect(comparison.pitfalls).toEqual([findPitfalls(coordination, { on: ON }), findPitfalls(oc2, { on: ON })]);
    expect(comparison.metrics.map((m) => m.concentration.distinctLeads)).toEqual([2, 4]);
  });

  it("passes thresholds on to the findings", () => {
    const lenient = compareScenarios([coordination, oc2], { on: ON, thresholds: { maxContestedShare: 1, maxUnrepresentedShare: 1 } });
    expect(lenient.pitfalls[0]?.map((f) => f.id)).toEqual(["distance-to-teachers", "unorganised-excluded"]);
  });
});

describe("compareScenarios: three scenarios", () => {
  it("reports each scenario's change against the first", () => {
    const aobEverywhere = alternative([{ id: "r1", then: { assign: { lead: "aob" } } }]);
    const comparison = compareScenarios([world("worked-coordination"), world("worked-oc2"), aobEverywhere], { on: ON, themes: ["curriculum"], sectors: ["vo", "mbo"] });
    expect(comparison.cells).toBe(10);
    const westVo = comparison.differences.find((d) => d.region === "west" && d.sector === "vo");
    // The baseline (aob) and the alternative (aob) agree; only OC 2.0 differs.
    expect(westVo?.changes).toEqual([{ scenario: 1, from: "represented", to: "represented", gains: "oc2", loses: "aob", joins: ["oc2"], leaves: ["aob"] }]);
    const westMbo = comparison.differences.find((d) => d.region === "west" && d.sector === "mbo");
    expect(westMbo?.changes).toEqual([{ scenario: 2, from: "represented", to: "represented", gains: "aob", loses: "bvmbo", joins: ["aob"], leaves: ["bvmbo"] }]);
    expect(comparison.organisations.find((o) => o.organisation === "aob")?.led).toEqual([5, 0, 10]);
  });

  it("shows no difference for a single scenario", () => {
    const comparison = compareScenarios([world("worked-coordination")], { on: ON });
    expect(comparison.differences).toEqual([]);
    expect(comparison.organisations.map((o) => o.led.length)).toEqual([1, 1]);
  });
});

describe("compareScenarios: ids one scenario lacks", () => {
  const other = world("worked-oc2", (d: Doc) => {
    d.themes.push({ id: "beroepsbeeld", name: "Beroepsbeeld", kind: "professional" });
    d.regions = d.regions.filter((r: Doc) => r.id !== "west");
  });

  it("leaves them out of the cells and lists them with the scenarios that lack them", () => {
    const comparison = compareScenarios([world("worked-coordination"), other], { on: ON });
    expect(comparison.themes).toEqual(["curriculum", "lerarenopleiding", "bekwaamheid", "bevoegdheden", "cao"]);
    expect(comparison.regions).toEqual(["nl", "noord", "oost", "zuid"]);
    expect(comparison.cells).toBe(5 * 4 * 3);
    expect(comparison.unshared).toEqual({
      themes: [{ id: "beroepsbeeld", missingFrom: [0] }],
      regions: [{ id: "west", missingFrom: [1] }],
      sectors: [],
    });
    expect(comparison.metrics.map((m) => m.cells)).toEqual([60, 60]);
  });

  it("refuses to compare an id that some scenario lacks", () => {
    expect(() => compareScenarios([world("worked-coordination"), other], { on: ON, themes: ["beroepsbeeld"] })).toThrow(
      'compareScenarios: theme "beroepsbeeld" is missing from scenario 0 ("worked-coordination")',
    );
    expect(() => compareScenarios([world("worked-coordination"), other], { on: ON, regions: ["west"] })).toThrow(
      'compareScenarios: region "west" is missing from scenario 1 ("worked-oc2")',
    );
  });

  it("compares the profession as a whole when no sector is shared", () => {
    const comparison = compareScenarios([world("worked-coordination"), withoutSectors()], { on: "2025-06-01" });
    expect(comparison.sectors).toEqual([null]);
    expect(comparison.cells).toBe(25);
    expect(comparison.unshared.sectors.map((s) => [s.id, s.missingFrom])).toEqual([
      ["po", [1]],
      ["vo", [1]],
      ["mbo", [1]],
    ]);
    // m2 never applied to the profession as a whole, so the answers are the same.
    expect(comparison.differences).toEqual([]);
    expect(() => compareScenarios([world("worked-coordination"), withoutSectors()], { on: ON, sectors: ["vo"] })).toThrow(
      'compareScenarios: sector "vo" is missing from scenario 1',
    );
  });
});

describe("compareScenarios: bad input", () => {
  it("rejects it with errors that name the function and the problem", () => {
    const s = world("worked-coordination");
    expect(() => compareScenarios([], { on: ON })).toThrow("compareScenarios: expected a non-empty list of scenarios");
    expect(() => compareScenarios(s as any, { on: ON })).toThrow("compareScenarios: expected a non-empty list of scenarios");
    expect(() => compareScenarios([s, {} as any], { on: ON })).toThrow(/^compareScenarios: scenarios\[1\]: 1 problem found\n- \(root\): received an object, .*\[not_parsed\]$/);
    expect(() => compareScenarios([s], "2026-03-01" as any)).toThrow("compareScenarios: expected a query object");
    expect(() => compareScenarios([s], { on: "2026-13-01" })).toThrow(/^compareScenarios: 'on' must be a calendar date/);
    expect(() => compareScenarios([s], { on: ON, thresholds: { minFte: -2 } })).toThrow("compareScenarios: invalid thresholds: thresholds.minFte");
  });
});

const JUNE_2025 = "2025-06-01";

describe("compareScenarios: the axes compared", () => {
  it("lists an id two of three scenarios have once, with the one that lacks it", () => {
    const extra = world("worked-coordination", (d) => {
      d.id = "extra";
      d.themes.push({ id: "extra-theme", name: "Extra", kind: "professional" });
    });
    const comparison = compareScenarios([extra, extra, world("worked-coordination")], { on: JUNE_2025 });
    expect(comparison.unshared.themes).toEqual([{ id: "extra-theme", missingFrom: [2] }]);
  });

  it("accepts the profession as a whole (null) among the sectors asked for", () => {
    const scenario = world("worked-coordination");
    const comparison = compareScenarios([scenario, scenario], { on: JUNE_2025, sectors: [null] });
    expect(comparison.cells).toBe(25);
  });

  it("reports a cell whose status changes while no one leads on either side", () => {
    const base = world("worked-coordination");
    const bare = world("worked-coordination", (d) => {
      d.id = "bare";
      d.mandates = [];
    });
    const { differences } = compareScenarios([base, bare], { on: JUNE_2025, themes: ["lerarenopleiding"], regions: ["noord"], sectors: ["vo"] });
    expect(differences).toHaveLength(1);
    expect(differences[0]?.changes).toEqual([expect.objectContaining({ scenario: 1, from: "contested", to: "unrepresented", gains: null })]);
  });
});
