import type { IsoDate } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";

/**
 * A maximal stretch of days `[from, until)` on which a cell's answer (status,
 * lead, delegation, contenders and reason) stays the same, with the
 * representation resolved on its first day, basis included. The representation
 * is resolved when first read and then kept, so a long history of a large
 * matrix holds only the answers until someone asks why. Intervals are frozen.
 * @category Time
 */
export interface TimelineInterval {
  readonly from: IsoDate;
  /** The first day with another answer, or the end of the period. */
  readonly until: IsoDate;
  readonly representation: Representation;
}

/**
 * One cell's history over a period: intervals that tile the period, and no two
 * neighbours with the same answer.
 * @category Time
 */
export interface CellTimeline {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly intervals: readonly TimelineInterval[];
}
