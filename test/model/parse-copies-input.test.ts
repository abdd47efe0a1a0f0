import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario } from "../../src/index.js";
import { isParsed } from "../../src/model/parsed-brand.js";
import { fixtureJson } from "../fixtures/load.js";
import { frozenParts } from "../frozen-parts.js";

/** A fresh, valid copy of the coordination worked example. */
function world(): Record<string, unknown> {
  return structuredClone(fixtureJson("worked-coordination")) as Record<string, unknown>;
}

describe("parseScenario copies its input", () => {
  it("freezes no part of the input, however deep", () => {
    const input = world();
    const scenario = parseScenario(input);
    expect(frozenParts(input)).toEqual([]);
    expect(frozenParts(scenario)).toContain("(root).mandates.0.scope.regions");
  });

  it("shares no object or array with the input", () => {
    const input = world();
    const scenario = parseScenario(input);
    const mine = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      mine.add(value);
      Object.values(value).forEach(walk);
    };
    walk(input);
    const shared: unknown[] = [];
    const look = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      if (mine.has(value)) shared.push(value);
      Object.values(value).forEach(look);
    };
    look(scenario);
    expect(shared).toEqual([]);
  });
});

describe("which scenarios the library recorded as its own", () => {
  it("records what parseScenario and safeParseScenario return", () => {
    expect(isParsed(parseScenario(world()))).toBe(true);
    const result = safeParseScenario(world());
    expect(result.success && isParsed(result.data)).toBe(true);
  });

  it("does not record an input, frozen or not, nor a frozen copy of a parsed scenario", () => {
    const input = world();
    parseScenario(input);
    expect(isParsed(input)).toBe(false);
    expect(isParsed(Object.freeze(world()))).toBe(false);
    expect(isParsed(Object.freeze({ ...parseScenario(world()) }))).toBe(false);
    expect(isParsed(null)).toBe(false);
    expect(isParsed("scenario")).toBe(false);
  });
});
