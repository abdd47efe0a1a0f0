/**
 * beroepsgroep: who represents the teaching profession, on which theme, in which
 * region and sector, on which day, under which governance model, and why.
 *
 * @packageDocumentation
 */

// Languages: every sentence a user reads, English built in (Dutch: `beroepsgroep/locale/nl`).
export type { Catalogue, Locale, LocaleOption } from "./locale/catalogue.js";
export type { NumberFormat } from "./locale/format.js";
export type { ExplainWords, IllegitimateReason, InactiveReason } from "./locale/explain-words.js";
export type { Labels } from "./locale/labels.js";
export type { StructureWords } from "./locale/structure-words.js";
export type { FindingWords } from "./locale/finding-words.js";
export type { CouncilWords, TallyMethodName } from "./locale/council-words.js";
export type { CliWords } from "./locale/cli-words.js";
export { english } from "./locale/en/catalogue.js";

// Model: the scenario document and its validation. The raw zod schemas, the JSON Schema
// builder and other internals are in `beroepsgroep/internal` (src/internal-api.ts), without
// a stability promise; docs/api-surface.md lists what is where and why.
export type * from "./model/types.js";
export { parseScenario, safeParseScenario, type SafeParseResult } from "./governance/parse-scenario.js";
export { ScenarioError, formatPath, type ScenarioIssue, type IssuePath } from "./model/scenario-error.js";
export type { Dated, DatedPeriod } from "./model/dated.js";
export { membersOn, sectorsOn, valueOn } from "./model/dated-readers.js";

// Resolution: claims, the one algorithm, answers and their explanations.
export type { Claim, ClaimSource, Coalition, Exclusion, RuleActionName, RuleDetail, Specificity } from "./governance/claim.js";
export type { BasisStep, HolderAbsence, Outcome, Representation, Status } from "./resolve/representation.js";
export type { CellQuery } from "./resolve/query.js";
export { resolve } from "./resolve/resolve.js";
export { representationMatrix, type MatrixQuery, type RepresentationMatrix } from "./resolve/matrix.js";
export { explain, type ExplainOptions } from "./resolve/explain.js";

// Analysis: coverage, conflicts, concentration, reach, pitfalls, comparison.
export * from "./analysis/public.js";

// The changes (applyChange, parseChange, createHistory, loadHistory, replay, impactOf,
// updateMatrix and the Change types) are their own entry, `beroepsgroep/change`
// (src/change-entry.ts), so that an app that only resolves cells does not ship the
// operations that edit a scenario; docs/api-surface.md says why.

// The teachers' council (tally, apportion, deliberate, renderTally) is its own entry,
// `beroepsgroep/council` (src/council.ts), so that an app that only resolves cells does
// not ship the counting methods; docs/api-surface.md says why.

// Time: change points and timelines.
export * from "./time/public.js";

// The pictures (renderMatrix, renderComparison, renderStructure, renderTimeline,
// displayNames and the colours) are their own entry, `beroepsgroep/report`
// (src/report-entry.ts), so that an app that only resolves cells does not ship the
// Markdown, HTML, SVG and Mermaid writers; docs/api-surface.md says why.
