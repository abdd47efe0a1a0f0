import { matrixAxes, type MatrixQuery, representationMatrix, type RepresentationMatrix } from "../resolve/matrix.js";
import type { Scenario } from "../model/types.js";
import { checkArgument, queryObject } from "../model/argument-schemas.js";

/**
 * Which cells an analysis looks at: the day, and optionally the themes, regions
 * and sectors (each defaults to all of the scenario's, as in {@link representationMatrix}).
 * @category Analysis
 */
export type AnalysisQuery = MatrixQuery;

/**
 * Checks that `query` is an object, before the fields are read (callers from plain
 * JavaScript may pass anything); the fields are checked by the matrix query's schema.
 */
export function requireQuery(query: unknown, fn: string, shape: string): void {
  checkArgument(queryObject({}, shape), query, fn);
}

/** The matrix an analysis works on, with errors that name the calling function. */
export function matrixFor(scenario: Scenario, query: MatrixQuery, fn: string): RepresentationMatrix {
  const axes = matrixAxes(scenario, query, fn);
  return representationMatrix(scenario, { on: axes.on, themes: axes.themes, regions: axes.regions, sectors: axes.sectors });
}

