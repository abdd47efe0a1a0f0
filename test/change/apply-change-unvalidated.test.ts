import { describe, expect, it } from "vitest";
import { ScenarioError, type Scenario } from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { fixture, fixtureJson } from "../fixtures/load.js";
import { frozenParts } from "../frozen-parts.js";
import { notParsed } from "../not-parsed.js";

describe("applyChange on a scenario that did not come from parseScenario", () => {
  it("refuses a malformed one with a ScenarioError naming the change and saying to parse first, not a TypeError", () => {
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
    expect((caught as ScenarioError).message).toMatch(/^applyChange\(add-theme\): scenario: 1 problem found\n- \(root\): received an object, .*parseScenario first/);
    expect((caught as ScenarioError).issues.map((issue) => [issue.code, issue.path])).toEqual([["not_parsed", []]]);
  });

  it("refuses a valid one too, leaving it untouched and open; once parsed, the change applies", () => {
    const doc = structuredClone(fixtureJson("worked-coordination")) as any;
    const before = structuredClone(doc);
    const change = { type: "add-theme", theme: { id: "t-new", name: "New", kind: "professional" } } as const;
    notParsed(() => applyChange(doc as Scenario, change), "applyChange(add-theme): scenario");
    expect(doc).toEqual(before);
    expect(frozenParts(doc)).toEqual([]);
    const { scenario } = applyChange(fixture("worked-coordination"), change);
    expect(scenario.themes.map((t) => t.id)).toContain("t-new");
  });
});
