// Reach through federations and bodies, the thresholds' and queries' errors, number formats
// and shared axes: the corners of the analysis that a broad test passes by.
import { describe, expect, it } from "vitest";
import { analyseScenario, compareScenarios, findPitfalls, ScenarioError } from "../../src/index.js";
import { english } from "../../src/index.js";
import { dutch } from "../../src/locale/nl/index.js";
import type { Scenario } from "../../src/model/types.js";
import { type Doc, world } from "./worlds.js";
import { findingsInBoth } from "../fixtures/both-languages.js";

const ON = "2025-06-01";
const figure = (total: number) => ({ total, asOf: "2024-01-01" });

/** The coordination world with more organisations and an alternative model whose one rule gives `aob` the lead with `members`. */
function delegatedTo(members: string[], organisations: Doc[], edit: (d: Doc) => void = () => undefined): Scenario {
  return world("worked-coordination", (d) => {
    d.organisations.push(...organisations.map((o) => ({ name: o.id.toUpperCase(), kind: "union", sectors: ["vo"], ...o })));
    d.model = { kind: "alternative", name: "t", rules: [{ id: "r1", then: { assign: { lead: "aob", members } } }] };
    edit(d);
  });
}

describe("reach through federations", () => {
  it("counts a federation without a figure through every member organisation, sorted, each via the federation", () => {
    // zz-fed has no figure; its members are listed out of order in the scenario.
    const scenario = delegatedTo(["zz-fed"], [{ id: "zz-fed" }, { id: "m-b", memberOf: ["zz-fed"], members: figure(200) }, { id: "m-a", memberOf: ["zz-fed"], members: figure(100) }]);
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.counted.map((c) => [c.organisation, c.members, c.via])).toEqual([
      ["aob", 84_064, null],
      ["m-a", 100, "zz-fed"],
      ["m-b", 200, "zz-fed"],
    ]);
    expect(reach.members).toBe(84_064 + 300);
  });

  it("lists the unknown sorted, whatever order the federation's members come in", () => {
    const scenario = delegatedTo(["fed"], [{ id: "fed" }, { id: "u-b", memberOf: ["fed"] }, { id: "u-a", memberOf: ["fed"] }]);
    expect(analyseScenario(scenario, { on: ON }).reach.unknown).toEqual(["u-a", "u-b"]);
  });

  it("leaves out a federation's members that do not exist on the day", () => {
    const scenario = delegatedTo(["fed"], [{ id: "fed" }, { id: "gone", memberOf: ["fed"], members: figure(500), dissolved: "2025-01-01" }, { id: "here", memberOf: ["fed"], members: figure(7) }]);
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.counted.map((c) => c.organisation)).toEqual(["aob", "here"]);
    expect(reach.members).toBe(84_064 + 7);
  });

  it("counts an organisation reached both directly and through a federation as reached directly", () => {
    // "a-fed" sorts before "fvov", so fvov is first reached through it.
    const scenario = delegatedTo(["a-fed", "fvov"], [{ id: "a-fed" }], (d) => {
      d.organisations.find((o: Doc) => o.id === "fvov").memberOf = ["a-fed"];
    });
    expect(analyseScenario(scenario, { on: ON }).reach.counted.map((c) => [c.organisation, c.via])).toEqual([
      ["aob", null],
      ["fvov", null],
    ]);
  });

  it("covers a member of two federations within both, sorted, and through a chain of federations", () => {
    const scenario = delegatedTo(
      ["z-fed", "a-fed", "kid", "top"],
      [
        { id: "top", members: figure(1_000) },
        { id: "z-fed", members: figure(300), memberOf: ["top"] },
        { id: "a-fed", members: figure(200) },
        { id: "kid", members: figure(10), memberOf: ["z-fed", "a-fed"] },
      ],
    );
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.covered).toEqual([
      { organisation: "kid", within: ["a-fed", "top", "z-fed"] },
      { organisation: "z-fed", within: ["top"] },
    ]);
    expect(reach.counted.map((c) => c.organisation)).toEqual(["a-fed", "aob", "top"]);
  });
});

describe("reach of a population of no teachers", () => {
  it("has no share, and the members pitfall then speaks of members only", () => {
    const scenario = world("worked-coordination", (d) => {
      d.population = { teachers: 0, asOf: "2024-01-01" };
    });
    expect(analyseScenario(scenario, { on: ON }).reach).toMatchObject({ teachers: 0, share: null });
    const finding = findingsInBoth(scenario, { on: ON, thresholds: { minMembers: 1e9 } }).find((f) => f.id === "insufficient-members");
    expect(finding?.message.en).toContain("reach 122,564 members, below the minimum of 1,000,000,000 members.");
    expect(finding?.message.nl).toContain("bereiken 122.564 leden, minder dan het minimum van 1.000.000.000 leden.");
  });
});

describe("query and threshold errors", () => {
  const scenario = world("worked-coordination");

  it("show the shape of the query each function expects", () => {
    expect(() => analyseScenario(scenario, 5 as never)).toThrow("analyseScenario: expected a query object { on, themes?, regions?, sectors? }");
    expect(() => findPitfalls(scenario, 5 as never)).toThrow("findPitfalls: expected a query object { on, thresholds?, themes?, regions?, sectors? }");
    expect(() => compareScenarios([scenario], 5 as never)).toThrow("compareScenarios: expected a query object { on, thresholds?, themes?, regions?, sectors? }");
    expect(() => compareScenarios([scenario], null as never)).toThrow("compareScenarios: expected a query object { on, thresholds?, themes?, regions?, sectors? }");
  });

  it("compares on the day when a query has both `on` and `from`", () => {
    const both = compareScenarios([scenario, scenario], { on: ON, from: "2025-01-01" } as never);
    expect(both).toMatchObject({ on: ON });
  });

  it("reject a model that is not an object, or null, with a ScenarioError at model", () => {
    const doc = world("worked-coordination") as unknown as Doc;
    for (const model of ["oc2", null]) {
      const check = () => analyseScenario({ ...doc, model } as never, { on: ON });
      expect(check).toThrow(ScenarioError);
      expect(check).toThrow(/^analyseScenario: /);
      try {
        check();
      } catch (error) {
        expect((error as ScenarioError).issues.map((issue) => issue.path)).toEqual([["model"]]);
      }
    }
  });

  const invalid = (thresholds: unknown): string => {
    try {
      findPitfalls(scenario, { on: ON, thresholds: thresholds as never });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("expected the thresholds to be rejected");
  };

  it("say what each kind of threshold must be, for every way of missing it, joined by semicolons", () => {
    expect(invalid({ fundingHorizonMonths: 1.5, minTeacherSeats: -1, minRegionalCells: "a" })).toBe(
      'findPitfalls: invalid thresholds: thresholds.fundingHorizonMonths: must be a whole number, 0 or more (received 1.5); thresholds.minTeacherSeats: must be a whole number, 0 or more (received -1); thresholds.minRegionalCells: must be a whole number, 0 or more (received "a")',
    );
    expect(invalid({ minMemberShare: 2, maxUnrepresentedShare: "x", maxContestedShare: -0.5 })).toBe(
      'findPitfalls: invalid thresholds: thresholds.minMemberShare: must be a share from 0 to 1 (received 2); thresholds.maxUnrepresentedShare: must be a share from 0 to 1 (received "x"); thresholds.maxContestedShare: must be a share from 0 to 1 (received -0.5)',
    );
    expect(invalid({ minAnnualBudgetEur: "x", minFte: -1 })).toBe(
      'findPitfalls: invalid thresholds: thresholds.minAnnualBudgetEur: must be a number, 0 or more (received "x"); thresholds.minFte: must be a number, 0 or more (received -1)',
    );
  });

  it("name every unknown threshold, and say when the thresholds are no object at all", () => {
    expect(invalid({ foo: 1, bar: 2 })).toBe('findPitfalls: invalid thresholds: thresholds: unknown threshold "foo", "bar"');
    expect(invalid(5)).toBe("findPitfalls: invalid thresholds: thresholds: must be an object of thresholds");
  });
});

describe("number formats", () => {
  it("group every three digits, in each language's way", () => {
    expect(english.numbers.count(1_234_567_890)).toBe("1,234,567,890");
    expect(dutch.numbers.count(1_234_567_890)).toBe("1.234.567.890");
    expect(english.numbers.count(999)).toBe("999");
  });

  it("keep the sign and the fraction with the other separator", () => {
    expect(english.numbers.count(-1_234.5)).toBe("-1,234.5");
    expect(dutch.numbers.count(-1_234.5)).toBe("-1.234,5");
    expect(english.numbers.count(0)).toBe("0");
  });
});

describe("comparison axes", () => {
  it("lists an id two of three scenarios have once, with the one that lacks it", () => {
    const extra = world("worked-coordination", (d) => {
      d.id = "extra";
      d.themes.push({ id: "extra-theme", name: "Extra", kind: "professional" });
    });
    const comparison = compareScenarios([extra, extra, world("worked-coordination")], { on: ON });
    expect(comparison.unshared.themes).toEqual([{ id: "extra-theme", missingFrom: [2] }]);
  });

  it("accepts the profession as a whole (null) among the sectors asked for", () => {
    const scenario = world("worked-coordination");
    const comparison = compareScenarios([scenario, scenario], { on: ON, sectors: [null] });
    expect(comparison.cells).toBe(25);
  });

  it("reports a cell whose status changes while no one leads on either side", () => {
    const base = world("worked-coordination");
    const bare = world("worked-coordination", (d) => {
      d.id = "bare";
      d.mandates = [];
    });
    const { differences } = compareScenarios([base, bare], { on: ON, themes: ["lerarenopleiding"], regions: ["noord"], sectors: ["vo"] });
    expect(differences).toHaveLength(1);
    expect(differences[0]?.changes).toEqual([expect.objectContaining({ scenario: 1, from: "contested", to: "unrepresented", gains: null })]);
  });
});
