import { describe, expect, it, vi } from "vitest";
import { parseScenario, representationMatrix, resolve, type Scenario } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";
import { refusal, worldJson } from "../change/fixtures.js";
import { frozenParts } from "../frozen-parts.js";
import { notParsed } from "../not-parsed.js";

type Doc = any;

/** A hand-built copy of the coordination worked example: a plain object, never parsed. */
function handBuilt(): Doc {
  return structuredClone(fixtureJson("worked-coordination"));
}

const CELL = { theme: "curriculum", region: "noord", sector: "vo", on: "2025-06-01" } as const;


describe("resolve on a hand-built scenario", () => {
  it("refuses a valid hand-built copy, naming resolve and saying to parse it first; the parsed one is answered", () => {
    const doc = handBuilt();
    const error = notParsed(() => resolve(doc as Scenario, CELL), "resolve");
    expect(error.issues[0]?.message).toMatch(/^received an object, /);
    expect(resolve(parseScenario(doc), CELL).lead).toBe("aob");
  });

  it("refuses a parsed scenario's structured clone and a frozen copy of it: being frozen does not make it parsed", () => {
    const parsed = parseScenario(handBuilt());
    notParsed(() => resolve(structuredClone<Scenario>(parsed), CELL), "resolve");
    const frozen = notParsed(() => representationMatrix(Object.freeze({ ...parsed }), { on: CELL.on }), "representationMatrix");
    expect(frozen.issues[0]?.message).toMatch(/^received a frozen object \(being frozen does not make it parsed: /);
  });

  it("neither freezes nor changes any part of the caller's object, under each model", () => {
    for (const name of ["coordination", "oc2", "alternative"] as const) {
      const doc = structuredClone(worldJson(name));
      const before = structuredClone(doc);
      notParsed(() => representationMatrix(doc as Scenario, { on: "2026-06-01" }), "representationMatrix");
      expect(frozenParts(doc), name).toEqual([]);
      expect(doc, name).toEqual(before);
    }
  });

  it("refuses an invalid one (a region cycle a -> b -> a) as not parsed; parseScenario names the cycle", () => {
    const doc = handBuilt();
    doc.regions.push({ id: "a", name: "A", level: "region", parent: "b" }, { id: "b", name: "B", level: "region", parent: "a" });
    notParsed(() => resolve(doc as Scenario, { ...CELL, region: "a" }), "resolve");
    expect(refusal(() => parseScenario(doc)).issues.map((issue) => issue.code)).toContain("region_cycle");
  });

  it("refuses null, an empty object and a string with a ScenarioError naming the function and what it received, not a TypeError", () => {
    const words = ["null", "undefined", "an object", "a string", "a number", "an array"];
    for (const [i, value] of [null, undefined, {}, "scenario", 42, []].entries()) {
      expect(notParsed(() => resolve(value as never, CELL), "resolve").issues[0]?.message).toMatch(new RegExp(`^received ${words[i]}, `));
      notParsed(() => representationMatrix(value as never, { on: CELL.on }), "representationMatrix");
    }
  });
  it("refuses a Proxy of a parsed scenario without saying the caller froze it", () => {
    const parsed = parseScenario(handBuilt());
    const message = notParsed(() => resolve(new Proxy(parsed, {}), CELL), "resolve").issues[0]?.message ?? "";
    expect(message).toMatch(/^received a frozen object \(being frozen does not make it parsed: neither a frozen copy nor a Proxy of a parsed scenario is one/);
    expect(message).not.toMatch(/by the caller/);
  });

  it("refuses a scenario parsed by another copy of the library, and says that such a copy's scenarios are not recognised", async () => {
    vi.resetModules();
    const other: typeof import("../../src/index.js") = await import("../../src/index.js");
    const theirs = other.parseScenario(handBuilt());
    expect(other.resolve(theirs, CELL).lead).toBe("aob");
    const message = notParsed(() => resolve(theirs, CELL), "resolve").issues[0]?.message ?? "";
    expect(message).toContain("nor is a scenario parsed by another copy of the library, such as its CommonJS build loaded beside its ES module build");
  });
});
