import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Representation, representationMatrix, ScenarioError } from "../../src/index.js";
import { applyChange, createHistory, impactOf } from "../../src/change-entry.js";
import { applyAll, changeArbitrary, days, worldName } from "./fixtures.js";
import { world } from "./fixtures.js";

type Row = [string, string, string | null, string | null, string];

function answer(r: Representation | null): string | null {
  return r === null ? null : JSON.stringify([r.status, r.lead, r.delegation, r.contenders]);
}

describe("impactOf", () => {
  it("finds the same cells as comparing the whole matrix before and after, though it may resolve fewer", () => {
    let pruned = 0;
    fc.assert(
      fc.property(worldName, fc.array(changeArbitrary(), { maxLength: 6 }), changeArbitrary(), fc.constantFrom(...days), (name, prefix, change, on) => {
        const before = applyAll(createHistory(world(name)), prefix).current;
        let after;
        try {
          after = applyChange(before, change).scenario;
        } catch (error) {
          if (error instanceof ScenarioError) return;
          throw error;
        }
        const impact = impactOf(before, change, { on });
        const was = new Map(representationMatrix(before, { on }).cells.map((c) => [`${c.theme}|${c.region}|${c.sector}`, c]));
        const expected: Row[] = representationMatrix(after, { on })
          .cells.map((c): Row => [c.theme, c.region, c.sector, answer(was.get(`${c.theme}|${c.region}|${c.sector}`) ?? null), answer(c) ?? ""])
          .filter((row) => row[3] !== row[4]);
        const found = impact.cells.map((c): Row => [c.theme, c.region, c.sector, answer(c.before), answer(c.after) ?? ""]);
        expect(found).toEqual(expected);
        if (impact.cellsChecked < was.size) pruned++;
      }),
      { numRuns: 200 },
    );
    expect(pruned).toBeGreaterThan(10);
  });
});
