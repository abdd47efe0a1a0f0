import type { IsoDate } from "../model/types.js";

/** How much of an event's date the sources give; the rest of `on` is filled with 1s. @category Dutch case */
export type DatePrecision = "day" | "month" | "year";

/** One dated event in the history of the Dutch professional body, with its sources. @category Dutch case */
export interface TimelineEvent {
  readonly id: string;
  /** The day, or the first day of the month or year when `precision` says the sources give no more. */
  readonly on: IsoDate;
  readonly precision: DatePrecision;
  /** What happened, in English. */
  readonly title: string;
  /** What happened, in Dutch. */
  readonly titleNl: string;
  /** Ids of sources in `nl.sources`. */
  readonly sources: readonly string[];
  /** Where sources disagree or correct the letter, both versions. */
  readonly note?: string;
}

/** The names of the Dutch scenario documents, as in `nl.document(name)` and `dist/nl/NAME.json`. @category Dutch case */
export type NlDocumentName = "coordination" | "oc2" | "alternative" | "history-oc" | "history-lc" | "history-representation";
