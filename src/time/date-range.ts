import { checkArgument, dayArgument, queryObject } from "../model/argument-schemas.js";
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

/** The shape of a {@link DateRange}: two days. */
const dateRangeSchema = queryObject({ from: dayArgument("from"), until: dayArgument("until") }, "with 'from' and 'until'");

/** Reads and checks a period: both bounds are real days and `until` comes after `from`. */
export function readDateRange(query: unknown, fn: string): { readonly from: IsoDate; readonly until: IsoDate } {
  // Callers from plain JavaScript may pass anything: the shape is checked first, then the order of the bounds.
  const { from: start, until: end } = checkArgument(dateRangeSchema, query, fn);
  if (end <= start) throw new Error(`${fn}: 'until' (${end}) must come after 'from' (${start}); the period is [from, until)`);
  return { from: start, until: end };
}
