import { describe, expect, it } from "vitest";
import { parseScenario, representationMatrix, resolve, type Scenario } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";
import { refusal, worldJson } from "../change/fixtures.js";
import { frozenParts } from "../frozen-parts.js";

type Doc = any;

/** A hand-built copy of the coordination worked example: a plain object, never parsed. */
function handBuilt(): Doc {
  return structuredClone(fixtureJson("worked-coordination"));
}

const CELL = { theme: "curriculum", region: "noord", sector: "vo", on: "2025-06-01" } as const;


describe("resolve on a hand-built scenario", () => {
  it("answers as it does for the parsed scenario", () => {
    const doc = handBuilt();
    expect(resolve(doc as Scenario, CELL)).toEqual(resolve(parseScenario(handBuilt()), CELL));
  });

  it("answers from the scenario as it is now after the caller edits it", () => {
    const doc = handBuilt();
    expect(resolve(doc as Scenario, CELL).lead).toBe("aob");
    doc.mandates[0].holder = "cnvo";
    expect(resolve(doc as Scenario, CELL).lead).toBe("cnvo");
    expect(representationMatrix(doc as Scenario, { on: CELL.on, themes: ["curriculum"], regions: ["noord"], sectors: ["vo"] }).cells[0]?.lead).toBe("cnvo");
  });

  it("neither freezes nor changes any part of the caller's object, under each model", () => {
    for (const name of ["coordination", "oc2", "alternative"] as const) {
      const doc = structuredClone(worldJson(name));
      const before = structuredClone(doc);
      representationMatrix(doc as Scenario, { on: "2026-06-01" });
      // The alternative model's rules assign members: those lists must stay the caller's, open.
      expect(frozenParts(doc), name).toEqual([]);
      expect(doc, name).toEqual(before);
    }
  });

  it("refuses a region cycle a -> b -> a with a ScenarioError", () => {
    const doc = handBuilt();
    doc.regions.push({ id: "a", name: "A", level: "region", parent: "b" }, { id: "b", name: "B", level: "region", parent: "a" });
    const error = refusal(() => resolve(doc as Scenario, { ...CELL, region: "a" }));
    expect(error.message).toMatch(/^resolve: /);
    expect(error.issues.map((issue) => issue.code)).toContain("region_cycle");
  });

  it("refuses an invalid one with the issues parseScenario gives, naming resolve", () => {
    const doc = handBuilt();
    doc.mandates[0].holder = "nobody";
    const error = refusal(() => resolve(doc as Scenario, CELL));
    expect(error.message).toMatch(/^resolve: 1 problem found/);
    expect(error.issues).toEqual(refusal(() => parseScenario(doc)).issues);
  });

  it("refuses null, an empty object and a string with a ScenarioError naming the function, not a TypeError", () => {
    for (const value of [null, undefined, {}, "scenario", 42, []]) {
      expect(refusal(() => resolve(value as never, CELL)).message).toMatch(/^resolve: /);
      expect(refusal(() => representationMatrix(value as never, { on: CELL.on })).message).toMatch(/^representationMatrix: /);
    }
  });
});
