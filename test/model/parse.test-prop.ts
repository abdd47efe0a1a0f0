import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario, ScenarioError } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";

/** Arbitrary JSON, plus documents that are almost scenarios: a valid one with one field replaced. */
const nearlyScenarios = fc
  .tuple(
    fc.constantFrom("worked-coordination", "worked-oc2"),
    fc.constantFrom("id", "name", "regions", "themes", "sectors", "organisations", "mandates", "model", "population", "schemaVersion", "sources"),
    fc.jsonValue(),
  )
  .map(([name, key, value]) => ({ ...(fixtureJson(name) as Record<string, unknown>), [key]: value }));

const inputs = fc.oneof(fc.jsonValue(), fc.anything(), nearlyScenarios);

describe("parsing arbitrary input", () => {
  it("safeParseScenario never throws, whatever it is given", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = safeParseScenario(input);
        expect(typeof result.success).toBe("boolean");
        if (!result.success) {
          expect(result.error).toBeInstanceOf(ScenarioError);
          expect(result.error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("parseScenario throws nothing but a ScenarioError", () => {
    fc.assert(
      fc.property(inputs, (input) => {
        try {
          parseScenario(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ScenarioError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("every issue has a snake_case code, a path and a message", () => {
    fc.assert(
      fc.property(nearlyScenarios, (input) => {
        const result = safeParseScenario(input);
        for (const issue of result.success ? [] : result.error.issues) {
          expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the input is never mutated", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearlyScenarios), (input) => {
        const before = structuredClone(input);
        safeParseScenario(input);
        expect(input).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
