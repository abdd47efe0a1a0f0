import { trustedScenario } from "../model/trusted-scenario.js";
import { indexOf } from "../model/scenario-index.js";
import type { IsoDate, Scenario } from "../model/types.js";
import { cellOf } from "../resolve/query.js";
import { type DateRange, readDateRange } from "./date-range.js";
import { intervalOf } from "./interval-of.js";
import { resolveOverPeriod } from "./resolve-over-period.js";
import type { CellTimeline } from "./timeline-interval.js";

/** One cell and a period. @category Time */
export interface TimelineQuery extends DateRange {
  readonly theme: string;
  readonly region: string;
  /** Leave out (or pass null) to ask for the profession as a whole. */
  readonly sector?: string | null;
}

/** One cell's history over a period. @category Time */
export interface RepresentationTimeline extends CellTimeline {
  readonly from: IsoDate;
  readonly until: IsoDate;
}

/**
 * Works out who represented one cell over a period: maximal intervals with the
 * same answer (status, lead, delegation, contenders), each with the
 * representation resolved on its first day. It is exact: the cell is resolved
 * on the first day and again on every change point that can touch it, never
 * sampled.
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - `{ theme, region, sector?, from, until }`; the period is `[from, until)`
 * @returns the cell and its intervals; they tile the period and neighbours differ
 * @throws {@link ScenarioError} (context `representationTimeline`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `representationTimeline:` for an unknown theme, region or sector, a malformed date or an empty period
 * @example
 * ```ts
 * const history = representationTimeline(scenario, { theme: "curriculum", region: "west", sector: "vo", from: "2024-01-01", until: "2026-01-01" });
 * history.intervals.map((i) => `${i.from} ${i.representation.status}`);
 * // => ["2024-01-01 unrepresented", "2025-01-01 represented"]
 * ```
 * @category Time
 */
export function representationTimeline(scenario: Scenario, query: TimelineQuery): RepresentationTimeline {
  const fn = "representationTimeline";
  const trusted = trustedScenario(scenario, fn);
  const { from, until } = readDateRange(query, fn);
  const index = indexOf(trusted);
  const { theme, region, sector } = cellOf(index, { theme: query.theme, region: query.region, sector: query.sector ?? null, on: from }, fn);
  const cell = { theme, region, sector };
  const [history] = resolveOverPeriod(index, { themes: [theme], regions: [region], sectors: [sector] }, from, until).cells;
  const intervals = (history?.stretches ?? []).map((stretch) => intervalOf(index, cell, stretch));
  return { ...cell, from, until, intervals };
}
