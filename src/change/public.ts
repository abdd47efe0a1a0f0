/** Public exports of the change part; src/change-entry.ts (`beroepsgroep/change`) re-exports this list. */
export type {
  AddChapter,
  AddFunding,
  AddCoalitionMember,
  AddOrganisation,
  AddRegion,
  AddRule,
  AddSector,
  AddTheme,
  AmendMandate,
  Change,
  ChangeType,
  Delegate,
  DissolveOrganisation,
  EndAgreement,
  EndFunding,
  GrantMandate,
  MandateOptionalField,
  MergeOrganisations,
  OrganisationOptionalField,
  RemoveCoalitionMember,
  RemoveRule,
  RevokeMandate,
  SetModel,
  SetSpokesperson,
  SignAgreement,
  UpdateOrganisation,
} from "./change.js";
export { parseChange } from "./change-schema.js";
export type { ScenarioPatch } from "./scenario-patch.js";
export { applyChange, type ChangeResult } from "./apply-change.js";
export type { HistoryEntry, HistoryJson } from "./history-entry.js";
export { createHistory, type ApplyOptions, type History, type HistoryOptions } from "./history.js";
export { loadHistory } from "./load-history.js";
export { replay } from "./replay.js";
export { impactOf, type CellImpact, type Impact } from "./impact.js";
export { updateMatrix, type ChangeStep, type MatrixUpdate } from "./update-matrix.js";
