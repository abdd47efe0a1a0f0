// loadHistory's refusals name the list, the entry and what is wrong with it; what it loads
// keeps exactly the metadata that was saved.
import { describe, expect, it } from "vitest";
import { type Change, createHistory, loadHistory } from "../../src/index.js";
import { refusal, world } from "./worlds.js";

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
