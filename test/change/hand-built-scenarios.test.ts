import { freeze, produce } from "immer";
import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../../src/index.js";
import { applyChange, type Change, createHistory, impactOf, loadHistory, replay } from "../../src/change-entry.js";
import { fixtureJson } from "../fixtures/load.js";
import { frozenParts } from "../frozen-parts.js";
import { notParsed } from "../not-parsed.js";
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
  it("is refused by applyChange, valid or not: an unknown holder is never carried along", () => {
    const error = notParsed(() => applyChange(frozenWithUnknownHolder(), addTheme), "applyChange(add-theme): scenario");
    expect(error.issues[0]?.message).toMatch(/^received a frozen object \(being frozen does not make it parsed: /);
  });

  it("is refused by createHistory, so no history is started that could not be loaded again", () => {
    notParsed(() => createHistory(frozenWithUnknownHolder()), "createHistory");
  });

  it("made by immer from a parsed scenario is refused; parsed again, it starts a history that saves and loads", () => {
    const edited = produce(parseScenario(handBuilt()), (draft) => {
      draft.name = "Renamed";
    });
    notParsed(() => createHistory(edited), "createHistory");
    const history = createHistory(parseScenario(edited)).apply(revoke);
    expect(history.base.name).toBe("Renamed");
    expect(loadHistory(JSON.parse(JSON.stringify(history))).current).toEqual(history.current);
  });
});

describe("hand-built scenarios in the change functions", () => {
  it("createHistory refuses the caller's object and leaves it open and unchanged", () => {
    const doc = handBuilt();
    const before = structuredClone(doc);
    notParsed(() => createHistory(doc as Scenario), "createHistory");
    expect(frozenParts(doc)).toEqual([]);
    expect(doc).toEqual(before);
  });

  it("applyChange refuses the caller's object even for a change that alters nothing", () => {
    const doc = handBuilt();
    notParsed(() => applyChange(doc as Scenario, { type: "add-theme", theme: { id: "curriculum", name: "Curriculum", kind: "professional" } }), "applyChange(add-theme): scenario");
    expect(frozenParts(doc)).toEqual([]);
  });

  it("replay refuses the caller's object as its base, even with an empty log", () => {
    const doc = handBuilt();
    notParsed(() => replay(doc as Scenario, []), "replay");
    expect(frozenParts(doc)).toEqual([]);
    const parsed = parseScenario(doc);
    expect(replay(parsed, [])).toBe(parsed);
  });

  it("impactOf refuses the caller's object and leaves it as it was", () => {
    const doc = handBuilt();
    const before = structuredClone(doc);
    notParsed(() => impactOf(doc as Scenario, revoke, { on: "2026-06-01" }), "impactOf");
    expect(frozenParts(doc)).toEqual([]);
    expect(doc).toEqual(before);
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
      notParsed(() => replay(value as never, []), "replay");
      notParsed(() => createHistory(value as never), "createHistory");
      notParsed(() => applyChange(value as never, revoke), "applyChange(revoke-mandate): scenario");
      notParsed(() => impactOf(value as never, revoke, { on: "2026-06-01" }), "impactOf");
    }
  });

  it("createHistory and loadHistory refuse options that are not an object", () => {
    const scenario = parseScenario(handBuilt());
    const saved = JSON.parse(JSON.stringify(createHistory(scenario)));
    expect(() => createHistory(scenario, null as never)).toThrow(/^createHistory: 'options' must be an object/);
    expect(() => loadHistory(saved, 5 as never)).toThrow(/^loadHistory: 'options' must be an object/);
  });
});
