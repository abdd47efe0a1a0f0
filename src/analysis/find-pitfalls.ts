import type { Scenario } from "../model/types.js";
import type { MatrixQuery, RepresentationMatrix } from "../resolve/matrix.js";
import { type ScenarioAnalysis, analyseMatrix } from "./analyse-scenario.js";
import type { Finding } from "./finding.js";
import { findingMessage } from "./finding-message.js";
import type { LocaleOption } from "../locale/catalogue.js";
import type { FindingWords } from "../locale/finding-words.js";
import { catalogueFor } from "../locale/registry.js";
import type { PitfallCheck } from "./pitfalls/context.js";
import { contestedCells } from "./pitfalls/contested-cells.js";
import { coverageGaps } from "./pitfalls/coverage-gaps.js";
import { distanceToTeachers } from "./pitfalls/distance-to-teachers.js";
import { fragileFunding } from "./pitfalls/fragile-funding.js";
import { insufficientMembers } from "./pitfalls/insufficient-members.js";
import { mandatoryRegister } from "./pitfalls/mandatory-register.js";
import { unorganisedExcluded } from "./pitfalls/unorganised-excluded.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { matrixFor, requireQuery } from "./query.js";
import { type PitfallThresholds, thresholdsFrom } from "./thresholds.js";

/**
 * The day (and optionally the cells) to look at, and thresholds that override
 * {@link DEFAULT_THRESHOLDS}.
 * @category Analysis
 */
export interface PitfallQuery extends MatrixQuery {
  readonly thresholds?: Partial<PitfallThresholds>;
  /** The language of the messages: `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link Catalogue}. */
  readonly locale?: LocaleOption;
}

/** The checks in the order of `PITFALL_IDS`. */
const CHECKS: readonly PitfallCheck[] = [
  mandatoryRegister,
  distanceToTeachers,
  insufficientMembers,
  fragileFunding,
  unorganisedExcluded,
  coverageGaps,
  contestedCells,
];

/** The findings on a matrix already resolved and analysed; shared with the comparison. */
export function pitfallsOf(scenario: Scenario, matrix: RepresentationMatrix, analysis: ScenarioAnalysis, thresholds: PitfallThresholds, words: FindingWords): Finding[] {
  const context = { scenario, matrix, analysis, thresholds };
  return CHECKS.flatMap((check) => {
    const fact = check(context);
    return fact === undefined ? [] : [{ ...fact, message: findingMessage(fact, words) }];
  });
}

/**
 * Finds the lessons of history that a scenario repeats on one day: a mandatory
 * register and distance to teachers (the OC), too few members and fragile funding
 * (the LC), unorganised teachers left out, and gaps and conflicts in the matrix.
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - the day, optionally the themes, regions and sectors, and `thresholds` overriding {@link DEFAULT_THRESHOLDS}
 * @returns the findings, in the order of {@link PITFALL_IDS}, each with a severity, a message in
 *   the language of `locale` (English by default), and the evidence that triggered it; empty when the scenario avoids every pitfall
 * @throws {@link ScenarioError} (context `findPitfalls`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `findPitfalls:` for a malformed query, invalid thresholds, an unknown locale or `nl` not imported, an unknown id or a malformed date
 * @example
 * ```ts
 * const findings = findPitfalls(scenario, { on: "2025-06-01" });
 * findings.map((f) => f.id); // => ["distance-to-teachers", "unorganised-excluded", "coverage-gaps", "contested-cells"]
 * findings[0]?.severity; // => "high"
 * ```
 * @category Analysis
 */
export function findPitfalls(scenario: Scenario, query: PitfallQuery): Finding[] {
  const trusted = trustedScenario(scenario, "findPitfalls");
  requireQuery(query, "findPitfalls", "{ on, thresholds?, themes?, regions?, sectors? }");
  const thresholds = thresholdsFrom(query.thresholds, "findPitfalls");
  const words = catalogueFor(query.locale, "findPitfalls").findings;
  const matrix = matrixFor(trusted, query, "findPitfalls");
  return pitfallsOf(trusted, matrix, analyseMatrix(trusted, matrix), thresholds, words);
}
