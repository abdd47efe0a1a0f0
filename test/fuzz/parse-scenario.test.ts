import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, representationMatrix, resolve, safeParseScenario, ScenarioError } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";
import { anyValue, budget, fuzzCase, mutateAt, mutated as brokenFrom } from "./fuzz-kit.js";

const fixtures = fc.constantFrom("worked-coordination", "worked-oc2");
/** One value replaced by arbitrary JSON, or one to three replaced by odd values or removed. */
const mutated = fc.oneof(
  fc.tuple(fixtures, fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 3 })).map(([name, path, value]) => mutateAt(fixtureJson(name), path, value)),
  brokenFrom(fixtures.map((name) => fixtureJson(name))),
);

function expectTypedOutcome(input: unknown): void {
  try {
    const scenario = parseScenario(input);
    // A document that parses must also resolve without errors from inside the library.
    representationMatrix(scenario, { on: "2025-06-01" });
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(RangeError);
  }
}

describe("fuzzing parseScenario (10,000 cases)", () => {
  it("gives a result or a ScenarioError on 5,000 mutated scenarios", async () => {
    await fc.assert(fc.asyncProperty(mutated, fuzzCase(expectTypedOutcome)), budget(5_000));
  });

  it("gives a result or a ScenarioError on 5,000 arbitrary values", async () => {
    await fc.assert(fc.asyncProperty(anyValue, fuzzCase(expectTypedOutcome)), budget(5_000));
  });

  it("survives a region tree 10,000 levels deep without overflowing the stack", () => {
    const depth = 10_000;
    const regions = Array.from({ length: depth }, (_, i) => (i === 0 ? { id: "r0", name: "r0", level: "national" } : { id: `r${i}`, name: `r${i}`, level: "x", parent: `r${i - 1}` }));
    const doc = { ...(fixtureJson("worked-coordination") as Record<string, unknown>), regions, mandates: [
      { id: "m1", holder: "aob", role: "lead", scope: { themes: ["curriculum"], regions: ["r0"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
      { id: "m2", holder: "cnvo", role: "lead", scope: { themes: ["curriculum"], regions: ["r5000"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
    ] };
    const scenario = parseScenario(doc);
    expect(resolve(scenario, { theme: "curriculum", region: `r${depth - 1}`, on: "2025-06-01" }).lead).toBe("cnvo");
    expect(resolve(scenario, { theme: "curriculum", region: "r4999", on: "2025-06-01" }).lead).toBe("aob");
  });

  it("reports a 10,000-long region cycle without overflowing the stack", () => {
    const n = 10_000;
    const regions = [{ id: "root", name: "root", level: "national" }, ...Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `c${i}`, level: "x", parent: `c${(i + 1) % n}` }))];
    const result = safeParseScenario({ ...(fixtureJson("worked-coordination") as Record<string, unknown>), regions, mandates: [] });
    expect(result.success).toBe(false);
    if (!result.success) {
      const cycle = result.error.issues.find((i) => i.code === "region_cycle");
      expect(cycle?.message).toContain("(10000 in all)");
      expect(cycle?.message.length).toBeLessThan(200);
    }
  });
});
