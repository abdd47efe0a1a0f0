import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, representationMatrix, resolve, safeParseScenario, ScenarioError } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";

/** Replaces the value at a random path of a valid document with arbitrary JSON. */
function mutateAt(doc: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || doc === null || typeof doc !== "object") return value;
  const keys = Object.keys(doc);
  const key = keys[(path[0] ?? 0) % Math.max(keys.length, 1)];
  if (key === undefined) return value;
  const copy: Record<string, unknown> = Array.isArray(doc) ? ([...doc] as unknown as Record<string, unknown>) : { ...(doc as Record<string, unknown>) };
  copy[key] = mutateAt((doc as Record<string, unknown>)[key], path.slice(1), value);
  return copy;
}

const mutated = fc
  .tuple(fc.constantFrom("worked-coordination", "worked-oc2"), fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }))
  .map(([name, path, value]) => mutateAt(fixtureJson(name), path, value));

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
  it("gives a result or a ScenarioError on 5,000 mutated scenarios", () => {
    fc.assert(fc.property(mutated, (input) => { expectTypedOutcome(input); }), { numRuns: 5_000 });
  });

  it("gives a result or a ScenarioError on 5,000 arbitrary values", () => {
    fc.assert(fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (input) => { expectTypedOutcome(input); }), { numRuns: 5_000 });
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
