// What the analysis functions say about a query or thresholds they cannot take.
import { describe, expect, it } from "vitest";
import { analyseScenario, compareScenarios, findPitfalls, ScenarioError } from "../../src/index.js";
import { type Doc, world } from "./fixtures.js";

const ON = "2025-06-01";

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

  it("refuse a copy with a model that is not an object, or null, as not parsed (parseScenario names the model)", () => {
    const doc = world("worked-coordination") as unknown as Doc;
    for (const model of ["oc2", null]) {
      const check = () => analyseScenario({ ...doc, model } as never, { on: ON });
      expect(check).toThrow(ScenarioError);
      expect(check).toThrow(/^analyseScenario: 1 problem found\n/);
      try {
        check();
      } catch (error) {
        expect((error as ScenarioError).issues.map((issue) => [issue.code, issue.path])).toEqual([["not_parsed", []]]);
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
