import { describe, expect, it } from "vitest";
import { ScenarioError, type Scenario } from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { fixtureJson } from "../fixtures/load.js";

describe("applyChange on a scenario that did not come from parseScenario", () => {
  it("refuses a malformed one with a ScenarioError, not a TypeError (found by the fuzz suite)", () => {
    const doc = structuredClone(fixtureJson("worked-coordination")) as any;
    delete doc.themes;
    const change = { type: "add-theme", theme: { id: "t-new", name: "New", kind: "professional" } } as const;
    let caught: unknown;
    try {
      applyChange(doc as Scenario, change);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    expect((caught as ScenarioError).message).toContain("applyChange(add-theme): the scenario given is not valid");
    expect((caught as ScenarioError).issues[0]?.path).toEqual(["themes"]);
  });

  it("applies a change to a valid one and leaves it untouched", () => {
    const doc = structuredClone(fixtureJson("worked-coordination")) as any;
    const before = structuredClone(doc);
    const { scenario } = applyChange(doc as Scenario, { type: "add-theme", theme: { id: "t-new", name: "New", kind: "professional" } });
    expect(scenario.themes.map((t) => t.id)).toContain("t-new");
    expect(doc).toEqual(before);
    expect(Object.isFrozen(doc)).toBe(false);
  });
});
