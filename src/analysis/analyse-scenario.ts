import type { IsoDate, Scenario } from "../model/types.js";
import type { RepresentationMatrix } from "../resolve/matrix.js";
import type { Representation } from "../resolve/representation.js";
import { type Concentration, concentrationOf } from "./concentration.js";
import { type Conflict, conflictsOf } from "./conflicts.js";
import { type Coverage, coverageOf } from "./coverage.js";
import { type FundingAnalysis, fundingOf } from "./funding.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { type AnalysisQuery, matrixFor, requireQuery } from "./query.js";
import { type Reach, reachOf } from "./reach.js";

/** Coverage, conflicts, concentration and reach of one scenario on one day. @category Analysis */
export interface ScenarioAnalysis {
  /** The scenario's id. */
  readonly scenario: string;
  readonly model: Representation["model"];
  readonly on: IsoDate;
  /** The axes of the cells analysed, in the scenario's order. */
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
  /** The number of cells analysed: themes by regions by sectors. */
  readonly cells: number;
  readonly coverage: Coverage;
  readonly conflicts: readonly Conflict[];
  readonly concentration: Concentration;
  readonly reach: Reach;
  /** The money in force on the day, for the model's work and for the exploration; unknown amounts stay unknown. */
  readonly funding: FundingAnalysis;
}

/** The analysis of a matrix already resolved; shared with the pitfalls and the comparison. */
export function analyseMatrix(scenario: Scenario, matrix: RepresentationMatrix): ScenarioAnalysis {
  return {
    scenario: scenario.id,
    model: scenario.model.kind,
    on: matrix.on,
    themes: matrix.themes,
    regions: matrix.regions,
    sectors: matrix.sectors,
    cells: matrix.cells.length,
    coverage: coverageOf(matrix),
    conflicts: conflictsOf(matrix),
    concentration: concentrationOf(matrix),
    reach: reachOf(scenario, matrix.on, matrix.cells),
    funding: fundingOf(scenario, matrix.on),
  };
}

/**
 * Analyses a scenario on one day: how many cells are represented, contested or
 * unrepresented, which cells are contested and by whom, how the lead role is
 * spread, how many members the delegations reach, and the money in force for the
 * model's work and for the exploration.
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - the day, and optionally the themes, regions and sectors to look at (default: all)
 * @returns coverage (counts and shares per status, by theme, region and sector), conflicts,
 *   concentration (lead shares, HHI, distinct leads) and reach (members, share of the teachers)
 * @throws {@link ScenarioError} (context `analyseScenario`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `analyseScenario:` for a malformed query, an unknown id or a malformed date
 * @example
 * ```ts
 * const analysis = analyseScenario(scenario, { on: "2025-06-01" });
 * analysis.coverage.counts.represented + analysis.coverage.counts.contested + analysis.coverage.counts.unrepresented === analysis.cells; // => true
 * analysis.concentration.hhi !== null && analysis.concentration.hhi <= 1; // => true
 * ```
 * @category Analysis
 */
export function analyseScenario(scenario: Scenario, query: AnalysisQuery): ScenarioAnalysis {
  const trusted = trustedScenario(scenario, "analyseScenario");
  requireQuery(query, "analyseScenario", "{ on, themes?, regions?, sectors? }");
  return analyseMatrix(trusted, matrixFor(trusted, query, "analyseScenario"));
}
