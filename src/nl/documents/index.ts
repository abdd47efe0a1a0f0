import type { ScenarioDocument } from "../../model/types.js";
import type { NlDocumentName } from "../types.js";
import { alternativeDocument } from "./alternative.js";
import { coordinationDocument } from "./coordination.js";
import { historyLcDocument } from "./history-lc.js";
import { historyOcDocument } from "./history-oc.js";
import { oc2Document } from "./oc2.js";
import { representationHistoryDocument } from "../representation-history.js";

/** The builder of each Dutch document, by name; each call returns a fresh copy. */
export const DOCUMENTS: Readonly<Record<NlDocumentName, () => ScenarioDocument>> = {
  coordination: coordinationDocument,
  oc2: oc2Document,
  alternative: alternativeDocument,
  "history-oc": historyOcDocument,
  "history-lc": historyLcDocument,
  "history-representation": representationHistoryDocument,
};

/** The document names in a fixed order. */
export const DOCUMENT_NAMES: readonly NlDocumentName[] = ["coordination", "oc2", "alternative", "history-oc", "history-lc", "history-representation"];
