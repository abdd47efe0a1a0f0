import { describe, expect, it } from "vitest";
import { representationMatrix, ScenarioError } from "../../src/index.js";
import { applyChange, createHistory, type HistoryEntry, updateMatrix } from "../../src/change-entry.js";
import { world } from "./fixtures.js";

const on = "2025-06-01";
const revokeM2 = { type: "revoke-mandate", id: "m2", on: "2025-03-01" } as const;

describe("updateMatrix", () => {
  it("resolves again only the cells a revoked mandate covers and keeps every other answer object", () => {
    const scenario = world("coordination");
    const matrix = representationMatrix(scenario, { on });
    const update = updateMatrix(matrix, scenario, applyChange(scenario, revokeM2));
    expect(update.cellsChecked).toBe(5);
    expect(update.cells.map((c) => `${c.theme}/${c.region}/${c.sector}: ${c.before?.lead} -> ${c.after.lead}`)).toEqual([
      "curriculum/nl/mbo: bvmbo -> aob",
      "curriculum/noord/mbo: bvmbo -> aob",
      "curriculum/oost/mbo: bvmbo -> aob",
      "curriculum/zuid/mbo: bvmbo -> aob",
      "curriculum/west/mbo: bvmbo -> aob",
    ]);
    expect(update.matrix).toEqual(representationMatrix(applyChange(scenario, revokeM2).scenario, { on }));
    const untouched = matrix.cells.findIndex((c) => c.theme !== "curriculum");
    expect(update.matrix.cells[untouched]).toBe(matrix.cells[untouched]);
  });

  it("leaves the matrix it was given as it was", () => {
    const scenario = world("coordination");
    const matrix = representationMatrix(scenario, { on });
    const copy = structuredClone(matrix);
    updateMatrix(matrix, scenario, applyChange(scenario, revokeM2));
    expect(matrix).toEqual(copy);
  });

  it("brings a history's undo back to the matrix before, with the undone entry's inverse patches", () => {
    const scenario = world("coordination");
    const matrix = representationMatrix(scenario, { on });
    const done = createHistory(scenario).apply(revokeM2);
    const forward = updateMatrix(matrix, scenario, { scenario: done.current, patches: (done.log[0] as HistoryEntry).patches });
    const undone = done.undo();
    const back = updateMatrix(forward.matrix, done.current, { scenario: undone.current, patches: (done.log[0] as HistoryEntry).inversePatches });
    expect(back.matrix).toEqual(matrix);
    expect(back.cells).toHaveLength(5);
  });

  it("keeps a narrowed matrix narrow and widens a whole one when a change adds a sector", () => {
    const scenario = world("coordination");
    const step = applyChange(scenario, { type: "add-sector", sector: { id: "ho", name: "Hoger onderwijs" } });
    const whole = updateMatrix(representationMatrix(scenario, { on }), scenario, step);
    expect(whole.matrix).toEqual(representationMatrix(step.scenario, { on }));
    expect(whole.cells.every((c) => c.sector === "ho" && c.before === null)).toBe(true);
    const narrow = updateMatrix(representationMatrix(scenario, { on, sectors: ["vo"] }), scenario, step);
    expect(narrow.matrix).toEqual(representationMatrix(step.scenario, { on, sectors: ["vo"] }));
    expect(narrow.cells).toEqual([]);
  });

  it("names a malformed matrix, a matrix whose cells do not fit its axes, and a malformed step", () => {
    const scenario = world("coordination");
    const matrix = representationMatrix(scenario, { on });
    const step = applyChange(scenario, revokeM2);
    expect(() => updateMatrix({ on } as never, scenario, step)).toThrow(/^updateMatrix: matrix must be a representationMatrix result/);
    expect(() => updateMatrix({ ...matrix, cells: matrix.cells.slice(1) }, scenario, step)).toThrow("updateMatrix: the matrix has 74 cells, but its axes make 75");
    expect(() => updateMatrix(matrix, scenario, { scenario: step.scenario } as never)).toThrow(/^updateMatrix: step must be \{ scenario, patches \}/);
    expect(() => updateMatrix(matrix, { nonsense: true } as never, step)).toThrow(ScenarioError);
  });
});
