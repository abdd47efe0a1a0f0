import { z } from "zod";
import { trustedScenario } from "../model/trusted-scenario.js";
import { checkArgument } from "../model/argument-schemas.js";
import { indexAfter } from "../model/derive-index.js";
import type { Scenario } from "../model/types.js";
import { matrixAxes, representationMatrix, type RepresentationMatrix } from "../resolve/matrix.js";
import type { Representation } from "../resolve/representation.js";
import { cellsAChangeReaches, type MatrixAxes } from "./cells-a-change-reaches.js";
import { sameAnswer } from "../resolve/same-answer.js";
import type { CellImpact } from "./impact.js";
import type { ScenarioPatch } from "./scenario-patch.js";

const FN = "updateMatrix";

/** The scenario after a change and the patches that led to it: an {@link applyChange} result, or a history step. @category Change */
export interface ChangeStep {
  /** The scenario after the change. */
  readonly scenario: Scenario;
  /** The steps from the scenario before to `scenario` (after an undo, the undone entry's `inversePatches`). */
  readonly patches: readonly ScenarioPatch[];
}

/** What {@link updateMatrix} returns. @category Change */
export interface MatrixUpdate {
  /** The matrix of the scenario after the change: the same as `representationMatrix` would give. */
  readonly matrix: RepresentationMatrix;
  /** The cells whose status, lead, leads, delegation or contending parties differ, in matrix order (as {@link impactOf} lists them). */
  readonly cells: readonly CellImpact[];
  /** How many cells were resolved again: all of them, or only those the change could touch. */
  readonly cellsChecked: number;
}

const badMatrix = { error: () => "matrix must be a representationMatrix result { on, themes, regions, sectors, cells }" };
const matrixShape = z.object(
  {
    on: z.string(badMatrix),
    themes: z.array(z.string(), badMatrix),
    regions: z.array(z.string(), badMatrix),
    sectors: z.array(z.string().nullable(), badMatrix),
    // Only an array: checking (and copying) each of a large matrix's cells would cost more than the update.
    cells: z.custom<readonly unknown[]>((value) => Array.isArray(value), badMatrix),
  },
  badMatrix,
);

const badStep = { error: () => "step must be { scenario, patches } as applyChange returns it" };
const stepShape = z.object(
  {
    scenario: z.unknown(),
    patches: z.array(z.object({ op: z.enum(["add", "remove", "replace"]), path: z.array(z.union([z.string(), z.number()])) }, badStep), badStep),
  },
  badStep,
);

/** Every sector a matrix shows by default. */
function defaultSectors(scenario: Scenario): readonly (string | null)[] {
  return scenario.sectors.length === 0 ? [null] : scenario.sectors.map((s) => s.id);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The axes of the matrix after a change that may have added a theme, region or sector:
 * an axis that showed all of the scenario's items before shows all of them after.
 */
function axesAfter(matrix: RepresentationMatrix, before: Scenario, after: Scenario): MatrixAxes {
  const ids = (list: readonly { id: string }[]): string[] => list.map((item) => item.id);
  return {
    themes: sameList(matrix.themes, ids(before.themes)) ? ids(after.themes) : matrix.themes,
    regions: sameList(matrix.regions, ids(before.regions)) ? ids(after.regions) : matrix.regions,
    sectors: sameList(matrix.sectors, defaultSectors(before)) ? defaultSectors(after) : matrix.sectors,
  };
}

/**
 * The matrix after a change, resolving again only the cells the change can alter: with
 * the matrix before it, the scenario before, and the scenario after with the patches
 * between them, it finds the cells the touched mandates cover (the reasoning
 * {@link impactOf} uses; all their versions count, as a cell's basis lists claims out
 * of force too) and resolves those, keeping every other answer. A change
 * that touches more than mandates resolves the whole matrix again; an axis that showed
 * all of the scenario's themes, regions or sectors then shows the new ones too.
 *
 * @param matrix - the {@link index!representationMatrix} of `before` (trusted to be one; it is not changed)
 * @param before - the scenario the matrix was made from, made by the library
 *   ({@link index!parseScenario}, {@link index!safeParseScenario}, `applyChange` or a history)
 * @param step - the scenario after the change and the patches from `before` to it (an
 *   {@link applyChange} result; after a history's undo, the undone entry's `inversePatches`)
 * @returns the matrix after the change (equal to `representationMatrix` on the scenario after, for the
 *   same day and axes), the cells whose answer differs, and how many cells were resolved again
 * @throws {@link index!ScenarioError} (context `updateMatrix: before` or `updateMatrix: step.scenario`, code
 *   `not_parsed`) when the library did not make that scenario; it is never checked, copied, frozen or kept
 * @throws Error starting `updateMatrix:` for a malformed matrix or step, or a matrix whose cells do not fit its axes
 * @example
 * ```ts
 * const matrix = representationMatrix(scenario, { on: "2025-06-01" });
 * const step = applyChange(scenario, { type: "revoke-mandate", id: "m2", on: "2025-03-01" });
 * const update = updateMatrix(matrix, scenario, step);
 * update.cellsChecked < matrix.cells.length; // => true
 * update.cells.map((c) => `${c.theme}/${c.region}/${c.sector}: ${c.before?.lead} -> ${c.after.lead}`);
 * // => ["curriculum/nl/mbo: bvmbo -> aob", "curriculum/noord/mbo: bvmbo -> aob", ...]
 * ```
 * @category Change
 */
export function updateMatrix(matrix: RepresentationMatrix, before: Scenario, step: ChangeStep): MatrixUpdate {
  checkArgument(matrixShape, matrix, FN);
  checkArgument(stepShape, step, FN);
  const { themes, regions, sectors, on, cells: old } = matrix;
  if (old.length !== themes.length * regions.length * sectors.length) {
    throw new Error(`${FN}: the matrix has ${old.length} cells, but its axes make ${themes.length * regions.length * sectors.length}`);
  }
  const base = trustedScenario(before, `${FN}: before`);
  const after = trustedScenario(step.scenario, `${FN}: step.scenario`);
  // A change to mandates alone leaves most of the index of `before` as it was: derive the new one from it.
  indexAfter(base, after);
  const axes = matrixAxes(after, { on, ...axesAfter(matrix, base, after) }, FN);
  // Every cell whose basis can change, not only its answer: a claim out of force on the day is still listed.
  const reached = cellsAChangeReaches(base, after, step.patches, axes, undefined);
  const fresh = representationMatrix(after, { on, ...reached }).cells;
  const same = sameList(axes.themes, themes) && sameList(axes.regions, regions) && sameList(axes.sectors, sectors);
  const position = (list: readonly (string | null)[]): Map<string | null, number> => new Map(list.map((id, i) => [id, i]));
  const [t, r, s] = [position(axes.themes), position(axes.regions), position(axes.sectors)];
  const at = (c: Representation): number => ((t.get(c.theme) ?? 0) * axes.regions.length + (r.get(c.region) ?? 0)) * axes.sectors.length + (s.get(c.sector) ?? 0);
  // The old answers stand in every cell the change cannot reach. New axes come only with a
  // change that touched more than mandates, which resolves every cell again.
  const cells: Representation[] = same ? [...(old as Representation[])] : [];
  const key = (c: Representation): string => JSON.stringify([c.theme, c.region, c.sector]);
  const was = same ? undefined : new Map((old as Representation[]).map((c) => [key(c), c]));
  const changed: CellImpact[] = [];
  for (const now of fresh) {
    const i = at(now);
    const prior = was === undefined ? (cells[i] ?? null) : (was.get(key(now)) ?? null);
    cells[i] = now;
    if (prior === null || !sameAnswer(prior, now)) {
      changed.push({ theme: now.theme, region: now.region, sector: now.sector, before: prior, after: now });
    }
  }
  return {
    matrix: { on, themes: axes.themes, regions: axes.regions, sectors: axes.sectors, cells: cells },
    cells: changed,
    cellsChecked: fresh.length,
  };
}
