/**
 * The Dutch case: organisations, themes, regions, a sourced timeline, the three
 * models of the founding letter and the two earlier attempts, as an embedded
 * dataset. The same documents ship as JSON in `beroepsgroep/nl/NAME.json`.
 *
 * @packageDocumentation
 */
export { nl, type NlDataset, type NlHistory, type NlScenarios } from "./nl.js";
export { representationHistoryDocument } from "./representation-history.js";
export type { DatePrecision, NlDocumentName, TimelineEvent } from "./types.js";
