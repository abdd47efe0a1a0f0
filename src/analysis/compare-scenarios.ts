import { compareIds } from "../internal/compare-ids.js";
import { sameIdSet } from "../internal/same-ids.js";
import { toIsoDate } from "../model/dates.js";
import type { IsoDate, Scenario } from "../model/types.js";
import type { MatrixQuery } from "../resolve/matrix.js";
import type { Representation, Status } from "../resolve/representation.js";
import { type ScenarioAnalysis, analyseMatrix } from "./analyse-scenario.js";
import { pitfallsOf } from "./find-pitfalls.js";
import type { CellRef, Finding } from "./finding.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { matrixFor, requireQuery } from "./query.js";
import type { LocaleOption } from "../locale/catalogue.js";
import { catalogueFor } from "../locale/registry.js";
import { type SharedAxes, sharedAxes } from "./shared-axes.js";
import { type PitfallThresholds, thresholdsFrom } from "./thresholds.js";
import { type PeriodComparison, type PeriodComparisonQuery, periodComparison } from "../time/compare-over-period.js";

/**
 * Compare on one day: the day, optionally the shared themes, regions and sectors to
 * compare, and thresholds for the pitfalls. One member of {@link ComparisonQuery}.
 * @category Analysis
 */
export interface OnDayComparisonQuery extends MatrixQuery {
  readonly thresholds?: Partial<PitfallThresholds>;
  /** The language of the findings' messages: `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link Catalogue}. */
  readonly locale?: LocaleOption;
}

/**
 * The forms of a comparison query: on one day (`{ on }`), or over a period
 * (`{ from, until }`, answered exactly by {@link compareOverPeriod}).
 * @category Analysis
 */
export type ComparisonQuery = OnDayComparisonQuery | PeriodComparisonQuery;

function isPeriodQuery(query: ComparisonQuery): query is PeriodComparisonQuery {
  // Plain JavaScript callers may pass anything; a period query has `from` and no `on`.
  const given: unknown = query;
  return typeof given === "object" && given !== null && "from" in given && !("on" in given);
}

/** One of the scenarios compared, by its position in the list given. @category Analysis */
export interface ComparedScenario {
  readonly position: number;
  readonly id: string;
  readonly name: string;
  readonly model: Scenario["model"]["kind"];
}

/**
 * What one scenario answers on a cell: the fields of its {@link Representation} that say
 * who leads, without the basis.
 * @example
 * ```ts
 * const [first] = compareScenarios([scenario, other], { on: "2026-09-01" }).differences;
 * first?.outcomes.map((o) => o.leads); // => [["aob"], ["oc2"]]
 * ```
 * @category Analysis
 */
export type CellOutcome = Pick<Representation, "status" | "lead" | "leads" | "delegation" | "contenders" | "contendingParties">;

/** How a scenario's answer on a cell differs from the first scenario's (the baseline). @category Analysis */
export interface LeadChange {
  /** The position of the scenario compared with the baseline. */
  readonly scenario: number;
  readonly from: Status;
  readonly to: Status;
  /** The organisation that leads here but not in the baseline; null when none does. */
  readonly gains: string | null;
  /** The baseline's lead that does not lead here; null when the baseline has none or keeps it. */
  readonly loses: string | null;
  /** Organisations among this scenario's leads that are not among the baseline's, sorted by id (a coalition's new members). */
  readonly joins: readonly string[];
  /** Organisations among the baseline's leads that are not among this scenario's, sorted by id. */
  readonly leaves: readonly string[];
}

/**
 * A cell whose answer is not the same in every scenario: its status, its lead (a coalition's
 * spokesperson), or its leading organisations taken as a set.
 * @category Analysis
 */
export interface DifferingCell extends CellRef {
  /** Each scenario's answer, by position. */
  readonly outcomes: readonly CellOutcome[];
  /** Every scenario whose status, lead or set of leads differs from the baseline's, in order. */
  readonly changes: readonly LeadChange[];
}

/** How many of the compared cells an organisation leads in each scenario, alone or as a member of a coalition. @category Analysis */
export interface OrganisationSummary {
  readonly organisation: string;
  /** Cells led, by scenario position. */
  readonly led: readonly number[];
}

/** Scenarios side by side on the same cells on one day. @category Analysis */
export interface ScenarioComparison extends SharedAxes {
  readonly on: IsoDate;
  readonly scenarios: readonly ComparedScenario[];
  /** The number of cells compared: shared themes by regions by sectors. */
  readonly cells: number;
  /** Each scenario's analysis on the compared cells, by position. */
  readonly metrics: readonly ScenarioAnalysis[];
  /** Each scenario's findings on the compared cells, by position. */
  readonly pitfalls: readonly (readonly Finding[])[];
  /** Every cell whose status, lead or set of leads differs, in matrix order. */
  readonly differences: readonly DifferingCell[];
  /** Every organisation that leads a compared cell in some scenario, alone or in a coalition, sorted by id. */
  readonly organisations: readonly OrganisationSummary[];
}

function outcomeOf(cell: Representation): CellOutcome {
  const { status, lead, leads, delegation, contenders, contendingParties } = cell;
  return { status, lead, leads, delegation, contenders, contendingParties };
}

/** The ids of `a` that `b` lacks, sorted. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const drop = new Set(b);
  return a.filter((id) => !drop.has(id)).sort(compareIds);
}

function differenceAt(cells: readonly Representation[]): DifferingCell | undefined {
  const [baseline, ...rest] = cells;
  if (baseline === undefined) return undefined;
  const changes: LeadChange[] = [];
  rest.forEach((cell, i) => {
    if (cell.status === baseline.status && cell.lead === baseline.lead && sameIdSet(cell.leads, baseline.leads)) return;
    const changed = cell.lead !== baseline.lead;
    changes.push({
      scenario: i + 1,
      from: baseline.status,
      to: cell.status,
      gains: changed ? cell.lead : null,
      loses: changed ? baseline.lead : null,
      joins: without(cell.leads, baseline.leads),
      leaves: without(baseline.leads, cell.leads),
    });
  });
  if (changes.length === 0) return undefined;
  return { theme: baseline.theme, region: baseline.region, sector: baseline.sector, outcomes: cells.map(outcomeOf), changes };
}

/**
 * Puts scenarios side by side on one day, on the cells they share: the analysis
 * and the findings of each, every cell whose status, lead or set of leads differs
 * (with who gains and who loses the lead, and who joins or leaves the leading
 * organisations, against the first scenario), and how many cells each organisation
 * leads in each, alone or in a coalition. A coalition's cell differs when its members
 * differ as a set, or its spokesperson (its `lead`) differs; the order of its members does not count.
 *
 * @param scenarios - one or more scenarios made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history); the first is the baseline
 * Given a period `{ from, until }` instead of a day, it returns, for every cell, the exact intervals
 * in which the scenarios differ (see {@link compareOverPeriod}; at least two scenarios).
 *
 * @param query - the day, optionally the themes, regions and sectors (each must be in every scenario), and pitfall thresholds;
 *   or a period `{ from, until, themes?, regions?, sectors? }`
 * @returns the {@link ScenarioComparison}; ids that some scenario lacks are left out of the cells and listed under `unshared`.
 *   For a period: the {@link PeriodComparison}
 * @throws {@link ScenarioError} (context `compareScenarios: scenarios[i]`, one issue with code `not_parsed`) when a scenario given was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `compareScenarios:` for an empty list, a malformed query, an id missing from a scenario,
 *   invalid thresholds or a malformed date
 * @example
 * ```ts
 * const comparison = compareScenarios([nl.scenarios.coordination, nl.scenarios.oc2], { on: "2026-06-01" });
 * comparison.differences.find((d) => d.theme === "curriculum" && d.region === "nl" && d.sector === "vo")?.changes;
 * // => [{ scenario: 1, from: "represented", to: "represented", gains: "pvvvo", loses: "fvov", joins: ["pvvvo"], leaves: ["fvov"] }]
 * ```
 * @category Analysis
 */
export function compareScenarios(scenarios: readonly Scenario[], query: OnDayComparisonQuery): ScenarioComparison;
export function compareScenarios(scenarios: readonly Scenario[], query: PeriodComparisonQuery): PeriodComparison;
export function compareScenarios(scenarios: readonly Scenario[], query: ComparisonQuery): ScenarioComparison | PeriodComparison;
export function compareScenarios(scenarios: readonly Scenario[], query: ComparisonQuery): ScenarioComparison | PeriodComparison {
  const fn = "compareScenarios";
  if (isPeriodQuery(query)) return periodComparison(scenarios, query, fn);
  // Checked as unknown: Array.isArray would widen the typed list to any[].
  const given: unknown = scenarios;
  if (!Array.isArray(given) || given.length === 0) throw new Error(`${fn}: expected a non-empty list of scenarios`);
  const trusted = scenarios.map((scenario, i) => trustedScenario(scenario, `${fn}: scenarios[${i}]`));
  requireQuery(query, fn, "{ on, thresholds?, themes?, regions?, sectors? }");
  const on = toIsoDate(query.on, fn);
  const thresholds = thresholdsFrom(query.thresholds, fn);
  const words = catalogueFor(query.locale, fn).findings;
  const axes = sharedAxes(trusted, query, fn);
  const analysed = trusted.map((scenario) => {
    const matrix = matrixFor(scenario, { on, themes: axes.themes, regions: axes.regions, sectors: axes.sectors }, fn);
    return { scenario, matrix, analysis: analyseMatrix(scenario, matrix) };
  });
  const matrices = analysed.map((a) => a.matrix);

  const cells = matrices[0]?.cells.length ?? 0;
  const differences: DifferingCell[] = [];
  const led = new Map<string, number[]>();
  for (let k = 0; k < cells; k++) {
    const row = matrices.map((m) => m.cells[k]).filter((c) => c !== undefined);
    const difference = differenceAt(row);
    if (difference !== undefined) differences.push(difference);
    row.forEach((cell, i) => {
      // Every member of a leading coalition leads the cell.
      for (const id of cell.leads) {
        let counts = led.get(id);
        if (counts === undefined) led.set(id, (counts = trusted.map(() => 0)));
        counts[i] = (counts[i] ?? 0) + 1;
      }
    });
  }

  return {
    on,
    scenarios: trusted.map((s, position) => ({ position, id: s.id, name: s.name, model: s.model.kind })),
    ...axes,
    cells,
    metrics: analysed.map((a) => a.analysis),
    pitfalls: analysed.map((a) => pitfallsOf(a.scenario, a.matrix, a.analysis, thresholds, words)),
    differences,
    organisations: [...led].sort(([a], [b]) => compareIds(a, b)).map(([organisation, counts]) => ({ organisation, led: counts })),
  };
}
