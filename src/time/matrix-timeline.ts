import { trustedScenario } from "../model/trusted-scenario.js";
import { indexOf } from "../model/scenario-index.js";
import type { IsoDate, Scenario } from "../model/types.js";
import { matrixAxes } from "../resolve/matrix.js";
import { type DateRange, readDateRange } from "./date-range.js";
import { intervalOf } from "./interval-of.js";
import { resolveOverPeriod } from "./resolve-over-period.js";
import type { CellTimeline } from "./timeline-interval.js";

/** Which cells a matrix timeline covers, and over which period; every list defaults to all of the scenario's. @category Time */
export interface MatrixTimelineQuery extends DateRange {
  readonly themes?: readonly string[];
  readonly regions?: readonly string[];
  /** Sector ids; include `null` to ask for the profession as a whole. */
  readonly sectors?: readonly (string | null)[];
}

/** The history of every cell of a matrix over a period. @category Time */
export interface MatrixTimeline {
  readonly from: IsoDate;
  readonly until: IsoDate;
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
  /** One timeline per cell, theme-major, then region, then sector, as in `representationMatrix`. */
  readonly cells: readonly CellTimeline[];
}

/**
 * Works out the history of every cell of themes by regions by sectors over a
 * period, without resolving the whole matrix on every day: every cell is
 * resolved on the first day, and after that only the cells a change point can
 * touch are resolved again (a mandate's dates touch the cells under its scope;
 * the agreement, the body's establishment and a rotation touch the cells the
 * model covers; an organisation's founding or dissolution touches the cells
 * where it holds claims or could).
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - the period `[from, until)`, and optionally the themes, regions and sectors to include
 * @returns every cell's intervals, in the order of `representationMatrix`
 * @throws {@link ScenarioError} (context `matrixTimeline`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `matrixTimeline:` for an unknown id, a malformed date or an empty period
 * @example
 * ```ts
 * const history = matrixTimeline(scenario, { from: "2024-01-01", until: "2026-01-01", themes: ["curriculum"] });
 * history.cells.find((c) => c.region === "west" && c.sector === "vo")?.intervals.map((i) => [i.from, i.representation.lead]);
 * // => [["2024-01-01", null], ["2025-01-01", "aob"]]
 * ```
 * @category Time
 */
export function matrixTimeline(scenario: Scenario, query: MatrixTimelineQuery): MatrixTimeline {
  const trusted = trustedScenario(scenario, "matrixTimeline");
  const { from, until } = readDateRange(query, "matrixTimeline");
  const { themes, regions, sectors } = matrixAxes(trusted, { ...query, on: from }, "matrixTimeline");
  const index = indexOf(trusted);
  const cells: CellTimeline[] = resolveOverPeriod(index, { themes, regions, sectors }, from, until).cells.map(({ stretches, ...cell }) => ({
    ...cell,
    intervals: stretches.map((stretch) => intervalOf(index, cell, stretch)),
  }));
  return { from, until, themes, regions, sectors, cells };
}
