import type { ScenarioDocument } from "../model/types.js";
import type { Change } from "./change.js";
import type { ScenarioPatch } from "./scenario-patch.js";

/** One step of a history's audit trail: the change, who made it, why and when, and its patches. @category Change */
export interface HistoryEntry {
  readonly change: Change;
  readonly author?: string;
  readonly reason?: string;
  /** When the change was applied, as the history's clock told (ISO 8601). */
  readonly timestamp: string;
  /** The steps from the scenario before to the one after. */
  readonly patches: readonly ScenarioPatch[];
  /** The steps back. */
  readonly inversePatches: readonly ScenarioPatch[];
}

/** The serialised form of a history, as `toJSON()` writes it and {@link loadHistory} reads it. @category Change */
export interface HistoryJson {
  readonly format: "beroepsgroep-history";
  readonly version: 1;
  /** The scenario the history starts from, as a document: {@link loadHistory} parses it again. */
  readonly base: ScenarioDocument;
  /** The entries that lead from `base` to the current scenario, oldest first. */
  readonly log: readonly HistoryEntry[];
  /** Undone entries that can be redone, the next one to redo first. */
  readonly undone: readonly HistoryEntry[];
}
