import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { representationMatrix, ScenarioError } from "../../src/index.js";
import { applyChange, createHistory, updateMatrix } from "../../src/change-entry.js";
import { applyAll, changeArbitrary, days, world, worldName } from "./fixtures.js";

describe("updateMatrix", () => {
  it("equals representationMatrix on the scenario after, for arbitrary changes, days and axes, though it may resolve fewer cells", () => {
    let pruned = 0;
    fc.assert(
      fc.property(
        worldName,
        fc.array(changeArbitrary(), { maxLength: 6 }),
        changeArbitrary(),
        fc.constantFrom(...days),
        fc.option(fc.subarray(["vo", "mbo"], { minLength: 1 }), { nil: undefined }),
        (name, prefix, change, on, sectors) => {
          const before = applyAll(createHistory(world(name)), prefix).current;
          let step;
          try {
            step = applyChange(before, change);
          } catch (error) {
            if (error instanceof ScenarioError) return;
            throw error;
          }
          const query = sectors === undefined ? { on } : { on, sectors: sectors.filter((s) => before.sectors.some((x) => x.id === s)) };
          const matrix = representationMatrix(before, query);
          const update = updateMatrix(matrix, before, step);
          expect(update.matrix).toEqual(representationMatrix(step.scenario, sectors === undefined ? { on } : query));
          const was = new Map(matrix.cells.map((c) => [`${c.theme}|${c.region}|${c.sector}`, c]));
          const differs = update.matrix.cells.filter((c) => JSON.stringify(was.get(`${c.theme}|${c.region}|${c.sector}`) ?? null) !== JSON.stringify(c));
          expect(update.cells.map((c) => c.after)).toEqual(differs.filter((c) => update.cells.some((u) => u.after === c)));
          if (update.cellsChecked < update.matrix.cells.length) pruned++;
        },
      ),
      { numRuns: 200 },
    );
    expect(pruned).toBeGreaterThan(10);
  });
});
