import { describe, expect, it } from "vitest";
import { representationMatrix, type Rule } from "../../src/index.js";
import { applyChange, impactOf, updateMatrix } from "../../src/change-entry.js";
import { world } from "./fixtures.js";

const cell = { themes: ["curriculum"], regions: ["noord"], sectors: ["po"] };
const first: Rule = { id: "u1", when: cell, then: { unrepresented: { reason: "left open until the council meets" } } };
const second: Rule = { id: "u2", when: cell, then: { unrepresented: { reason: "no organisation asked for it" } } };

/** The alternative world with two rules on one cell that leave it unrepresented, each for its own reason; the first in order wins. */
function twoReasons() {
  const base = world("alternative");
  const once = applyChange(base, { type: "add-rule", rule: first, at: 0 }).scenario;
  return applyChange(once, { type: "add-rule", rule: second, at: 1 }).scenario;
}

describe("a change that alters only why a cell is unrepresented", () => {
  const on = "2025-06-01";
  const removeFirst = { type: "remove-rule", id: "u1" } as const;

  it("is a change to that cell for impactOf, with both reasons", () => {
    const impact = impactOf(twoReasons(), removeFirst, { on });
    expect(impact.cells.map((c) => [c.theme, c.region, c.sector, c.before?.status, c.before?.reason, c.after.status, c.after.reason])).toEqual([
      ["curriculum", "noord", "po", "unrepresented", "left open until the council meets", "unrepresented", "no organisation asked for it"],
    ]);
  });

  it("is a changed cell for updateMatrix, the same cell impactOf lists", () => {
    const scenario = twoReasons();
    const update = updateMatrix(representationMatrix(scenario, { on }), scenario, applyChange(scenario, removeFirst));
    expect(update.cells.map((c) => [c.theme, c.region, c.sector, c.before?.reason, c.after.reason])).toEqual([
      ["curriculum", "noord", "po", "left open until the council meets", "no organisation asked for it"],
    ]);
  });
});
