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

// Model: the scenario document, its validation and its JSON Schema.
export type * from "./model/types.js";
export { parseScenario, safeParseScenario, type SafeParseResult } from "./model/parse.js";
export { ScenarioError, formatPath, type ScenarioIssue, type IssuePath } from "./model/scenario-error.js";
export { scenarioJsonSchema } from "./model/json-schema.js";
export { scenarioSchema } from "./model/schema/scenario.js";

// Resolution: claims, the one algorithm, answers and their explanations.
export type { Cell, Claim, ClaimSource, Exclusion, RuleActionName, RuleDetail, Specificity } from "./governance/claim.js";
export type { BasisStep, Outcome, Representation, Status } from "./resolve/representation.js";
export type { CellQuery } from "./resolve/query.js";
export { resolve } from "./resolve/resolve.js";
export { representationMatrix, type MatrixQuery, type RepresentationMatrix } from "./resolve/matrix.js";
export { explain, type ExplainOptions } from "./resolve/explain.js";

// Analysis: coverage, conflicts, concentration, reach, pitfalls, comparison.
export * from "./analysis/public.js";

// Change: named operations, audit trail, undo, redo, replay, impact.
export * from "./change/public.js";

// Deliberation: the teachers' council, tallies and seat allocation.
export * from "./deliberation/public.js";

// Time: change points and timelines.
export * from "./time/public.js";

// Reports: pure string renderers (Markdown, HTML, SVG, Mermaid).
export * from "./report/public.js";
