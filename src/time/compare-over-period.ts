import type { IsoDate, Scenario } from "../model/types.js";
import type { Status } from "../resolve/representation.js";
import { type DateRange, readDateRange } from "./date-range.js";
import { dayNumber } from "./day-number.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { indexOf } from "../model/scenario-index.js";
import { resolveOverPeriod, type Stretch } from "./resolve-over-period.js";
import { show } from "../internal/show.js";
import { idListOption } from "../resolve/id-list.js";
import { sameIdSet } from "../internal/same-ids.js";

/** Which cells to compare, and over which period; every list defaults to the cells all scenarios share. @category Time */
export interface PeriodComparisonQuery extends DateRange {
  readonly themes?: readonly string[];
  readonly regions?: readonly string[];
  /** Sector ids; include `null` to compare the profession as a whole. */
  readonly sectors?: readonly (string | null)[];
}

/**
 * What one scenario answers for a cell: its status, lead and leading organisations. Two answers
 * differ when their status, their lead (a coalition's spokesperson) or their leads, taken as a
 * set, differ.
 * @category Time
 */
export interface ComparedAnswer {
  readonly status: Status;
  readonly lead: string | null;
  /** The organisations that lead, as the cell lists them: one, or a coalition (spokesperson first); empty unless represented. */
  readonly leads: readonly string[];
}

/** True when two scenarios' answers for a cell are the same: status, lead, and leads as a set. */
function sameCompared(a: ComparedAnswer, b: ComparedAnswer): boolean {
  return a.status === b.status && a.lead === b.lead && sameIdSet(a.leads, b.leads);
}

/** A maximal stretch of days `[from, until)` on which the scenarios disagree in the same way. @category Time */
export interface DifferenceInterval {
  readonly from: IsoDate;
  readonly until: IsoDate;
  /** One answer per scenario, in the order the scenarios were given. */
  readonly answers: readonly ComparedAnswer[];
}

/** A cell on which the scenarios disagree on some day. @category Time */
export interface CellDifference {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  /** How many days of the period they disagree on. */
  readonly days: number;
  readonly intervals: readonly DifferenceInterval[];
}

/** Where and when scenarios give different answers over a period. @category Time */
export interface PeriodComparison {
  readonly from: IsoDate;
  readonly until: IsoDate;
  /** The scenarios' ids, in the order given. */
  readonly scenarios: readonly string[];
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
  /** Only the cells that differ on some day, in matrix order. */
  readonly cells: readonly CellDifference[];
}

const FN = "compareOverPeriod";

function shared(lists: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = lists;
  return first.filter((id) => rest.every((list) => list.includes(id)));
}

function checked<T extends string | null>(what: string, asked: readonly T[], scenarios: readonly Scenario[], known: (s: Scenario) => readonly string[], fn: string): readonly T[] {
  for (const s of scenarios) {
    const ids = known(s);
    for (const id of asked) {
      if (id !== null && !ids.includes(id)) throw new Error(`${fn}: unknown ${what} ${show(id)} in scenario ${show(s.id)}`);
    }
  }
  return asked;
}

function sameAnswers(a: readonly ComparedAnswer[], b: readonly ComparedAnswer[]): boolean {
  return a.every((answer, i) => {
    const other = b[i];
    return other !== undefined && sameCompared(answer, other);
  });
}

/** Walks the scenarios' timelines of one cell together and keeps the stretches where they disagree. */
function differences(timelines: readonly (readonly Stretch[])[], from: IsoDate, until: IsoDate): DifferenceInterval[] {
  const at = timelines.map(() => 0);
  const out: DifferenceInterval[] = [];
  for (let day = from; day < until; ) {
    let next = until;
    const answers: ComparedAnswer[] = [];
    timelines.forEach((intervals, k) => {
      const interval = intervals[at[k] ?? 0];
      if (interval === undefined) throw new Error(`${FN}: internal error, a timeline does not cover ${day}`);
      answers.push({ status: interval.answer.status, lead: interval.answer.lead, leads: interval.answer.leads });
      if (interval.until < next) next = interval.until;
    });
    const first = answers[0];
    if (first !== undefined && !answers.every((a) => sameCompared(a, first))) {
      const last = out[out.length - 1];
      if (last?.until === day && sameAnswers(last.answers, answers)) out[out.length - 1] = { ...last, until: next };
      else out.push({ from: day, until: next, answers });
    }
    timelines.forEach((intervals, k) => {
      if (intervals[at[k] ?? 0]?.until === next) at[k] = (at[k] ?? 0) + 1;
    });
    day = next;
  }
  return out;
}

/**
 * Compares scenarios over a period, cell by cell: the stretches of days on which
 * they give a different status, lead or set of leading organisations (a coalition). It is exact, not sampled: each
 * scenario's timeline changes only on its own change points, so walking the
 * union of both finds a difference that lasts a single day.
 *
 * @param scenarios - two or more scenarios made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - the period `[from, until)`, and optionally the themes, regions and sectors to compare
 * @returns the cells that differ on some day, each with its intervals; empty exactly when the
 *   scenarios agree on every cell on every day
 * @throws {@link ScenarioError} (context `compareOverPeriod: scenarios[i]`, one issue with code `not_parsed`) when a scenario given was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `compareOverPeriod:` for fewer than two scenarios, an id one of them lacks,
 *   a malformed date or an empty period
 * @example
 * ```ts
 * compareOverPeriod([scenario, scenario], { from: "2025-01-01", until: "2026-01-01" }).cells.length; // => 0
 * // `other`: the same world with the agreement signed a month later, on 2025-02-01
 * const later = compareOverPeriod([scenario, other], { from: "2025-01-01", until: "2026-01-01", themes: ["curriculum"] });
 * later.cells[0]?.intervals[0]; // => { from: "2025-01-01", until: "2025-02-01", answers: [{ status: "represented", lead: "aob", leads: ["aob"] }, { status: "unrepresented", lead: null, leads: [] }] }
 * ```
 * @category Time
 */
export function compareOverPeriod(scenarios: readonly Scenario[], query: PeriodComparisonQuery): PeriodComparison {
  return periodComparison(scenarios, query, FN);
}

/**
 * {@link compareOverPeriod}, its refusals naming `fn`: the public function the caller
 * called (`compareScenarios` given a period answers through here).
 */
export function periodComparison(scenarios: readonly Scenario[], query: PeriodComparisonQuery, fn: string): PeriodComparison {
  // Callers from plain JavaScript may pass anything.
  const given: unknown = scenarios;
  if (!Array.isArray(given) || given.length < 2) throw new Error(`${fn}: expected an array of at least two scenarios`);
  const trusted = scenarios.map((scenario, i) => trustedScenario(scenario, `${fn}: scenarios[${i}]`));
  const { from, until } = readDateRange(query, fn);
  const themeIds = (s: Scenario): string[] => s.themes.map((t) => t.id);
  const regionIds = (s: Scenario): string[] => s.regions.map((r) => r.id);
  const sectorIds = (s: Scenario): string[] => s.sectors.map((x) => x.id);
  // Each list is checked before any is used, so the first bad option is the one named.
  const asked = {
    themes: idListOption(query.themes, "themes", fn),
    regions: idListOption(query.regions, "regions", fn),
    sectors: idListOption(query.sectors, "sectors", fn),
  };
  const themes = checked("theme", asked.themes ?? shared(trusted.map(themeIds)), trusted, themeIds, fn);
  const regions = checked("region", asked.regions ?? shared(trusted.map(regionIds)), trusted, regionIds, fn);
  const commonSectors = shared(trusted.map(sectorIds));
  const sectors = checked("sector", asked.sectors ?? (commonSectors.length === 0 ? [null] : commonSectors), trusted, sectorIds, fn);
  // Only the answers are compared, so the scenarios' histories are walked without their bases.
  const [first, ...others] = trusted.map((scenario) => resolveOverPeriod(indexOf(scenario), { themes, regions, sectors }, from, until).cells);
  const cells: CellDifference[] = [];
  (first ?? []).forEach(({ stretches, ...cell }, k) => {
    const intervals = differences([stretches, ...others.map((histories) => histories[k]?.stretches ?? [])], from, until);
    if (intervals.length === 0) return;
    const days = intervals.reduce((sum, d) => sum + dayNumber(d.until) - dayNumber(d.from), 0);
    cells.push({ ...cell, days, intervals });
  });
  return { from, until, scenarios: trusted.map((s) => s.id), themes, regions, sectors, cells };
}
