import { show } from "../internal/show.js";
import { checkArgument, dayArgument, idListArgument, queryObject } from "../model/argument-schemas.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { indexOf } from "../model/scenario-index.js";
import type { IsoDate, Scenario } from "../model/types.js";
import type { Representation } from "./representation.js";
import { resolveCell } from "./resolve.js";

/** Which cells a matrix covers; every list defaults to all of the scenario's. @category Resolution */
export interface MatrixQuery {
  readonly on: IsoDate | Date;
  readonly themes?: readonly string[];
  readonly regions?: readonly string[];
  /** Sector ids; include `null` to ask for the profession as a whole. */
  readonly sectors?: readonly (string | null)[];
}

/** The shape of a {@link MatrixQuery}. */
const matrixQuerySchema = queryObject(
  {
    themes: idListArgument<string>("themes"),
    regions: idListArgument<string>("regions"),
    sectors: idListArgument<string | null>("sectors"),
    on: dayArgument(),
  },
  "{ on, themes?, regions?, sectors? }",
);

/** Every cell of a matrix, theme-major, then region, then sector. @category Resolution */
export interface RepresentationMatrix {
  readonly on: IsoDate;
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
  readonly cells: readonly Representation[];
}

function pick(fn: string, what: string, all: readonly string[], asked: readonly string[] | undefined): readonly string[] {
  if (asked === undefined) return all;
  const known = new Set(all);
  for (const id of asked) if (!known.has(id)) throw new Error(`${fn}: unknown ${what} ${show(id)}`);
  return asked;
}

/** The checked lists and day of a matrix query; shared by the functions that walk whole matrices. */
export function matrixAxes(scenario: Scenario, query: MatrixQuery, fn: string): Omit<RepresentationMatrix, "cells"> {
  // Callers from plain JavaScript may pass anything: the shape is checked first, then the ids against the scenario.
  const { on, ...asked } = checkArgument(matrixQuerySchema, query, fn);
  const sectorIds = scenario.sectors.map((s) => s.id);
  const sectors = asked.sectors ?? (sectorIds.length === 0 ? [null] : sectorIds);
  const known = new Set(sectorIds);
  for (const sector of sectors) {
    if (sector !== null && !known.has(sector)) throw new Error(`${fn}: unknown sector ${show(sector)}`);
  }
  return {
    on,
    themes: pick(fn, "theme", scenario.themes.map((t) => t.id), asked.themes),
    regions: pick(fn, "region", scenario.regions.map((r) => r.id), asked.regions),
    sectors,
  };
}

/**
 * Resolves every cell of themes by regions by sectors on one day.
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - the day, and optionally the themes, regions and sectors to include
 * @returns the cells theme-major, then region, then sector, in the scenario's order; by default
 *   every theme, region and sector (sector `null` only when the scenario has no sectors)
 * @throws {@link ScenarioError} (context `representationMatrix`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `representationMatrix:` for a missing query, an unknown id or a malformed date
 * @example
 * ```ts
 * const matrix = representationMatrix(scenario, { on: "2025-06-01", themes: ["curriculum"] });
 * matrix.cells.length === matrix.regions.length * matrix.sectors.length; // => true
 * ```
 * @category Resolution
 */
export function representationMatrix(scenario: Scenario, query: MatrixQuery): RepresentationMatrix {
  const trusted = trustedScenario(scenario, "representationMatrix");
  const axes = matrixAxes(trusted, query, "representationMatrix");
  const index = indexOf(trusted);
  const cells: Representation[] = [];
  for (const theme of axes.themes) {
    for (const region of axes.regions) {
      for (const sector of axes.sectors) cells.push(resolveCell(index, { theme, region, sector, on: axes.on }));
    }
  }
  return { ...axes, cells };
}
