import { toIsoDate } from "../model/dates.js";
import type { IsoDate } from "../model/types.js";

/**
 * A half-open period of calendar days `[from, until)`: `until` is the first day
 * not included. Each bound is a `YYYY-MM-DD` string or a `Date` (its local calendar day).
 * @category Time
 */
export interface DateRange {
  readonly from: IsoDate | Date;
  readonly until: IsoDate | Date;
}

/** Reads and checks a period: both bounds are real days and `until` comes after `from`. */
export function readDateRange(query: unknown, fn: string): { readonly from: IsoDate; readonly until: IsoDate } {
  // Callers from plain JavaScript may pass anything.
  if (typeof query !== "object" || query === null) throw new Error(`${fn}: expected a query object with 'from' and 'until'`);
  const { from, until } = query as Partial<Record<"from" | "until", unknown>>;
  const start = toIsoDate(from, fn, "from");
  const end = toIsoDate(until, fn, "until");
  if (end <= start) throw new Error(`${fn}: 'until' (${end}) must come after 'from' (${start}); the period is [from, until)`);
  return { from: start, until: end };
}
