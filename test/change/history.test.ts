import { afterEach, describe, expect, it, vi } from "vitest";
import { applyChange, type Change, createHistory, type History, loadHistory, replay } from "../../src/change-entry.js";
import { refusal, world } from "./fixtures.js";

/** A clock that tells one minute later each time it is read. */
function ticking(): () => string {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 9, minute++)).toISOString();
}

const revoke: Change = { type: "revoke-mandate", id: "m1", on: "2026-01-01" };
const end: Change = { type: "end-agreement", on: "2027-01-01" };
const dissolve: Change = { type: "dissolve-organisation", id: "cnvo", on: "2026-06-01" };

function threeSteps(): History {
  return createHistory(world("coordination"), { clock: ticking() })
    .apply(revoke, { author: "aob", reason: "renegotiated" })
    .apply(end)
    .apply(dissolve, { author: "cnvo" });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createHistory", () => {
  it("starts empty at the scenario", () => {
    const scenario = world("coordination");
    const history = createHistory(scenario);
    expect(history.current).toBe(scenario);
    expect(history.base).toBe(scenario);
    expect(history.log).toEqual([]);
    expect(history.undone).toEqual([]);
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
  });

  it("logs each change with its author, reason, time and patches", () => {
    const history = threeSteps();
    expect(history.log.map((entry) => [entry.change.type, entry.author, entry.reason, entry.timestamp])).toEqual([
      ["revoke-mandate", "aob", "renegotiated", "2026-01-01T09:00:00.000Z"],
      ["end-agreement", undefined, undefined, "2026-01-01T09:01:00.000Z"],
      ["dissolve-organisation", "cnvo", undefined, "2026-01-01T09:02:00.000Z"],
    ]);
    expect(history.log[1]).not.toHaveProperty("author");
    const direct = applyChange(world("coordination"), revoke);
    expect(history.log[0]?.patches).toEqual(direct.patches);
    expect(history.log[0]?.inversePatches).toEqual(direct.inversePatches);
    expect(history.current.organisations[1]?.dissolved).toBe("2026-06-01");
  });

  it("is immutable: apply, undo and redo return new histories and leave the old ones as they were", () => {
    const start = createHistory(world("coordination"), { clock: ticking() });
    const one = start.apply(revoke);
    expect(one).not.toBe(start);
    expect(start.log).toEqual([]);
    expect(start.current).toBe(start.base);
    const back = one.undo();
    expect(one.log).toHaveLength(1);
    expect(back.log).toHaveLength(0);
    expect(Object.isFrozen(one)).toBe(true);
    expect(Object.isFrozen(one.log)).toBe(true);
    expect(Object.isFrozen(one.log[0]?.change)).toBe(true);
  });

  it("returns itself, unlogged, for a change that alters nothing, and for undo or redo with nothing to do", () => {
    const history = threeSteps();
    expect(history.apply(end)).toBe(history);
    expect(history.redo()).toBe(history);
    const empty = createHistory(world("coordination"));
    expect(empty.undo()).toBe(empty);
  });

  it("undoes and redoes, and a new change clears what was undone", () => {
    const history = threeSteps();
    const back = history.undo().undo();
    expect(back.current).toBe(history.at(1));
    expect(back.undone.map((entry) => entry.change.type)).toEqual(["end-agreement", "dissolve-organisation"]);
    expect([back.canUndo, back.canRedo]).toEqual([true, true]);
    const forward = back.redo();
    expect(forward.current).toBe(history.at(2));
    expect(forward.log).toEqual(history.log.slice(0, 2));
    expect(forward.redo().log).toEqual(history.log);
    const branched = back.apply({ type: "end-agreement", on: "2028-01-01" });
    expect(branched.undone).toEqual([]);
    expect(branched.canRedo).toBe(false);
    expect(branched.log.map((entry) => entry.change.type)).toEqual(["revoke-mandate", "end-agreement"]);
  });

  it("gives the scenario after the first n entries", () => {
    const history = threeSteps();
    expect(history.at(0)).toBe(history.base);
    expect(history.at(3)).toBe(history.current);
    expect(history.at(1).mandates[0]?.validUntil).toBe("2026-01-01");
    expect(history.at(1).model).toBe(history.base.model);
    for (const n of [-1, 4, 1.5, Number.NaN]) expect(() => history.at(n)).toThrow(/^History\.at: expected a whole number from 0 to 3/);
  });

  it("leaves the history as it was when a change is refused", () => {
    const history = threeSteps();
    const error = refusal(() => history.apply({ type: "revoke-mandate", id: "m99", on: "2026-01-01" }));
    expect(error.issues[0]).toMatchObject({ code: "unknown_mandate", path: ["change", "id"] });
    expect(history.log).toHaveLength(3);
  });

  it("reads the default clock only when a change is applied", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T00:00:00.000Z"));
    const history = createHistory(world("coordination"));
    vi.setSystemTime(new Date("2031-05-06T07:08:09.000Z"));
    expect(history.apply(revoke).log[0]?.timestamp).toBe("2031-05-06T07:08:09.000Z");
  });

  it("refuses a clock that is not a function or does not tell an ISO 8601 time, and options that are not strings", () => {
    expect(() => createHistory(world("coordination"), { clock: "now" as unknown as () => string })).toThrow(/^createHistory: 'clock' must be a function/);
    const bad = createHistory(world("coordination"), { clock: () => "yesterday" });
    expect(() => bad.apply(revoke)).toThrow(/^History\.apply: the clock returned "yesterday"/);
    expect(() => createHistory(world("coordination")).apply(revoke, { author: 7 as unknown as string })).toThrow(/^History\.apply: options must be/);
    expect(() => createHistory(null as never)).toThrow(/^createHistory: 1 problem found/);
  });
});

describe("replay", () => {
  it("rebuilds the current scenario from the base and the log", () => {
    const history = threeSteps();
    expect(replay(history.base, history.log)).toEqual(history.current);
    expect(replay(history.base, [])).toBe(history.base);
    expect(replay(history.base, [{ change: revoke }]).mandates[0]?.validUntil).toBe("2026-01-01");
  });

  it("names the entry that no longer applies", () => {
    const error = refusal(() => replay(world("coordination"), [{ change: revoke }, { change: { type: "revoke-mandate", id: "m1", on: "2024-01-01" } }]));
    expect(error.message).toMatch(/^replay: /);
    expect(error.issues[0]).toMatchObject({ code: "revoke_before_start", path: ["log", 1, "change", "on"] });
    expect(() => replay(world("coordination"), "nope" as never)).toThrow(/^replay: 'log' must be an array/);
  });
});

describe("toJSON and loadHistory", () => {
  it("round-trip through JSON text, undone entries included", () => {
    const history = threeSteps().undo();
    const text = JSON.stringify(history);
    const loaded = loadHistory(JSON.parse(text));
    expect(loaded.toJSON()).toEqual(JSON.parse(text));
    expect(loaded.current).toEqual(history.current);
    expect(loaded.redo().current).toEqual(history.redo().current);
    expect(JSON.stringify(loaded)).toBe(text);
  });

  it("uses the clock it is given for changes from then on", () => {
    const loaded = loadHistory(JSON.parse(JSON.stringify(threeSteps())), { clock: () => "2030-01-01T00:00:00Z" });
    expect(loaded.apply({ type: "end-agreement", on: "2026-12-01" }).log[3]?.timestamp).toBe("2030-01-01T00:00:00Z");
  });

  it("refuses a file whose patches differ from what its changes do", () => {
    const json = JSON.parse(JSON.stringify(threeSteps()));
    json.log[1].patches[0].value = "2099-01-01";
    const error = refusal(() => loadHistory(json));
    expect(error.message).toMatch(/^loadHistory: /);
    expect(error.issues[0]).toMatchObject({ code: "patch_mismatch", path: ["log", 1, "patches"] });
  });

  it("refuses an entry that alters nothing, and one whose change no longer applies", () => {
    const json = JSON.parse(JSON.stringify(threeSteps()));
    json.log.push({ ...json.log[2] });
    expect(refusal(() => loadHistory(json)).issues[0]).toMatchObject({ code: "no_op_entry", path: ["log", 3, "change"] });
    json.log[3] = { ...json.log[2], change: { type: "revoke-mandate", id: "m99", on: "2026-01-01" } };
    expect(refusal(() => loadHistory(json)).issues[0]).toMatchObject({ code: "unknown_mandate", path: ["log", 3, "change", "id"] });
    json.log[3] = { ...json.log[2], change: { type: "grant-mandate" } };
    expect(refusal(() => loadHistory(json)).issues[0]).toMatchObject({ code: "missing_field", path: ["log", 3, "change", "mandate"] });
  });

  it("validates the envelope and the base scenario", () => {
    expect(refusal(() => loadHistory({ format: "other" })).issues.map((issue) => issue.path[0])).toEqual(["format", "version", "base", "log", "undone"]);
    const json = JSON.parse(JSON.stringify(threeSteps()));
    json.base.mandates[0].holder = "nope";
    const error = refusal(() => loadHistory(json));
    expect(error.issues[0]).toMatchObject({ code: "unknown_reference", path: ["base", "mandates", 0, "holder"] });
    json.base.mandates[0].validFrom = "someday";
    expect(refusal(() => loadHistory(json)).issues[0]?.message).toMatch(/^base\.mandates\[0\]\.validFrom: /);
  });

  it("refuses timestamps that are not ISO 8601", () => {
    const json = JSON.parse(JSON.stringify(threeSteps()));
    json.log[0].timestamp = "last tuesday";
    expect(refusal(() => loadHistory(json)).issues[0]?.path).toEqual(["log", 0, "timestamp"]);
  });
});

const END: Change = { type: "end-agreement", on: "2027-01-01" };
const REVOKE: Change = { type: "revoke-mandate", id: "m1", on: "2026-01-01" };

/** A saved history with two logged entries (the second undone when asked), as plain JSON to tamper with. */
function saved(undoLast = false): any {
  let history = createHistory(world("coordination"), { clock: () => "2026-11-29T10:00:00+01:00" }).apply(END, { author: "Sam", reason: "end of term" }).apply(REVOKE);
  if (undoLast) history = history.undo();
  return JSON.parse(JSON.stringify(history));
}

describe("loadHistory", () => {
  it("keeps an author and a reason where they were given, and adds none where they were not", () => {
    const history = loadHistory(saved());
    expect(history.log[0]).toMatchObject({ author: "Sam", reason: "end of term", timestamp: "2026-11-29T10:00:00+01:00" });
    expect(history.log[1]).not.toHaveProperty("author");
    expect(history.log[1]).not.toHaveProperty("reason");
  });

  it("refuses an entry whose change alters nothing, naming the list and the entry", () => {
    const json = saved();
    json.log[1] = { ...json.log[1], change: END };
    const error = refusal(() => loadHistory(json));
    expect(error.message).toMatch(/^loadHistory: /);
    expect(error.issues).toEqual([{ code: "no_op_entry", path: ["log", 1, "change"], message: "log[1]: the change alters nothing, so it cannot be an entry" }]);
  });

  it("refuses stored patches that differ from the change's, in the undone list too", () => {
    const json = saved(true);
    json.undone[0].patches = [];
    const error = refusal(() => loadHistory(json));
    expect(error.message).toMatch(/^loadHistory: /);
    expect(error.issues).toEqual([{ code: "patch_mismatch", path: ["undone", 0, "patches"], message: "undone[0]: the stored patches differ from the ones the change makes" }]);
  });

  it("names the envelope's and the base's problems under loadHistory", () => {
    expect(refusal(() => loadHistory({ ...saved(), version: 2 })).message).toMatch(/^loadHistory: 1 problem found\n- version: /);
    const json = saved();
    json.base.mandates[0].holder = "ghost";
    const error = refusal(() => loadHistory(json));
    expect(error.message).toMatch(/^loadHistory: /);
    expect(error.issues[0]?.path).toEqual(["base", "mandates", 0, "holder"]);
  });
});
