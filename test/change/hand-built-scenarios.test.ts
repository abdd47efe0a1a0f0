import { freeze, produce } from "immer";
import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../../src/index.js";
import { applyChange, type Change, createHistory, impactOf, loadHistory, replay } from "../../src/change-entry.js";
import { fixtureJson } from "../fixtures/load.js";
import { frozenParts } from "../frozen-parts.js";
import { refusal } from "./fixtures.js";

type Doc = any;

/** A hand-built copy of the coordination worked example: a plain object, never parsed. */
function handBuilt(): Doc {
  return structuredClone(fixtureJson("worked-coordination"));
}

const addTheme: Change = { type: "add-theme", theme: { id: "t-new", name: "New", kind: "professional" } };
const revoke: Change = { type: "revoke-mandate", id: "m1", on: "2026-01-01" };


/** The worked example frozen deeply by immer, with its first mandate held by an organisation that does not exist. */
function frozenWithUnknownHolder(): Scenario {
  const doc = handBuilt();
  doc.mandates[0].holder = "nobody";
  return freeze(doc, true) as Scenario;
}

describe("a frozen scenario that parseScenario did not make", () => {
  it("is checked by applyChange: an unknown holder is refused, not carried along", () => {
    const error = refusal(() => applyChange(frozenWithUnknownHolder(), addTheme));
    expect(error.message).toMatch(/^applyChange\(add-theme\): the scenario given is not valid/);
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([["unknown_reference", ["mandates", 0, "holder"]]]);
  });

  it("is checked by createHistory, so no history is started that could not be loaded again", () => {
    const error = refusal(() => createHistory(frozenWithUnknownHolder()));
    expect(error.message).toMatch(/^createHistory: /);
    expect(error.issues[0]?.path).toEqual(["mandates", 0, "holder"]);
  });

  it("made by immer from a parsed scenario is checked whole, and a valid one saves and loads", () => {
    const edited = produce(parseScenario(handBuilt()), (draft) => {
      draft.name = "Renamed";
    });
    const history = createHistory(edited).apply(revoke);
    expect(history.base).not.toBe(edited);
    expect(history.base.name).toBe("Renamed");
    expect(loadHistory(JSON.parse(JSON.stringify(history))).current).toEqual(history.current);
  });
});

describe("hand-built scenarios in the change functions", () => {
  it("createHistory starts from a checked copy, never the caller's object, and leaves it open and unchanged", () => {
    const doc = handBuilt();
    const before = structuredClone(doc);
    const history = createHistory(doc as Scenario).apply(revoke);
    expect(history.base).not.toBe(doc);
    expect(history.base).toEqual(parseScenario(before));
    expect(frozenParts(doc)).toEqual([]);
    expect(doc).toEqual(before);
  });

  it("applyChange returns the checked copy, not the caller's object, when the change alters nothing", () => {
    const doc = handBuilt();
    const result = applyChange(doc as Scenario, { type: "add-theme", theme: { id: "curriculum", name: "Curriculum", kind: "professional" } });
    expect(result.patches).toEqual([]);
    expect(result.scenario).not.toBe(doc);
    expect(result.scenario).toEqual(parseScenario(handBuilt()));
    expect(frozenParts(doc)).toEqual([]);
  });

  it("replay starts from a checked copy: an empty log gives a parsed scenario, not the caller's object", () => {
    const doc = handBuilt();
    const out = replay(doc as Scenario, []);
    expect(out).not.toBe(doc);
    expect(out).toEqual(parseScenario(handBuilt()));
    expect(frozenParts(doc)).toEqual([]);
  });

  it("impactOf answers for the scenario as it is now after the caller edits it", () => {
    const doc = handBuilt();
    const query = { on: "2026-06-01", themes: ["curriculum"], regions: ["noord"], sectors: ["vo"] };
    expect(impactOf(doc as Scenario, revoke, query).cells[0]?.before?.lead).toBe("aob");
    doc.mandates[0].holder = "cnvo";
    expect(impactOf(doc as Scenario, revoke, query).cells[0]?.before?.lead).toBe("cnvo");
    expect(frozenParts(doc)).toEqual([]);
  });
});

describe("clear errors from the change functions", () => {
  it("replay refuses an entry that is not an object with a ScenarioError at log[i], not a TypeError", () => {
    const scenario = parseScenario(handBuilt());
    for (const entry of [null, undefined, 7, "revoke"]) {
      const error = refusal(() => replay(scenario, [entry as never]));
      expect(error.message).toMatch(/^replay: 1 problem found/);
      expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_type", ["log", 0]]]);
    }
    const second = refusal(() => replay(scenario, [{ change: revoke }, null as never]));
    expect(second.issues[0]?.path).toEqual(["log", 1]);
  });

  it("replay, createHistory, applyChange and impactOf refuse what is not a scenario with a ScenarioError naming the function", () => {
    for (const value of [null, {}, "scenario", []]) {
      expect(refusal(() => replay(value as never, [])).message).toMatch(/^replay: /);
      expect(refusal(() => createHistory(value as never)).message).toMatch(/^createHistory: /);
      expect(refusal(() => applyChange(value as never, revoke)).message).toMatch(/^applyChange\(revoke-mandate\): the scenario given is not valid/);
      expect(refusal(() => impactOf(value as never, revoke, { on: "2026-06-01" })).message).toMatch(/^impactOf: /);
    }
  });

  it("createHistory and loadHistory refuse options that are not an object", () => {
    const scenario = parseScenario(handBuilt());
    const saved = JSON.parse(JSON.stringify(createHistory(scenario)));
    expect(() => createHistory(scenario, null as never)).toThrow(/^createHistory: 'options' must be an object/);
    expect(() => loadHistory(saved, 5 as never)).toThrow(/^loadHistory: 'options' must be an object/);
  });
});
