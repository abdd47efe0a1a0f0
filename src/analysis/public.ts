/** Public exports of the analysis part; src/index.ts re-exports this list. */
export { analyseScenario, type ScenarioAnalysis } from "./analyse-scenario.js";
export type { AnalysisQuery } from "./query.js";
export type { Coverage, StatusTally, ThemeCoverage, RegionCoverage, SectorCoverage } from "./coverage.js";
export type { Conflict } from "./conflicts.js";
export type { Concentration, LeadShare, PartyShare } from "./concentration.js";
export type { Reach, ReachCount, ReachOverlap, CoveredMembership, TeachersReached, Unseparated } from "./reach.js";
export type { FundingAnalysis, FundingInForce } from "./funding.js";
export type { FundingRecord } from "../governance/model-rules.js";
export { findPitfalls, type PitfallQuery } from "./find-pitfalls.js";
export { DEFAULT_THRESHOLDS, type PitfallThresholds } from "./thresholds.js";
export {
  PITFALL_IDS,
  type CellRef,
  type ContestedCellsEvidence,
  type CoverageGapsEvidence,
  type DistanceEvidence,
  type Finding,
  type FindingOf,
  type FragileFundingEvidence,
  type FundingReason,
  type InsufficientMembersEvidence,
  type MandatoryRegisterEvidence,
  type PitfallId,
  type Severity,
  type TeacherVoice,
  type UnorganisedExcludedEvidence,
} from "./finding.js";
export {
  compareScenarios,
  type DifferingCell,
  type CellOutcome,
  type ComparedScenario,
  type ComparisonQuery,
  type LeadChange,
  type OnDayComparisonQuery,
  type OrganisationSummary,
  type ScenarioComparison,
} from "./compare-scenarios.js";
export type { SharedAxes, UnsharedId } from "./shared-axes.js";
