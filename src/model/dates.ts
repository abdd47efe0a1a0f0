import { format } from "date-fns";
import { show } from "../internal/show.js";
import { isoDateSchema } from "./schema/common.js";
import type { IsoDate } from "./types.js";

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateSchema.safeParse(value).success;
}

/**
 * Reads a query date: a `YYYY-MM-DD` string, or a `Date` taken as its calendar day in the local time zone.
 * @throws Error naming `fn` when the date is malformed or invalid
 */
export function toIsoDate(on: unknown, fn: string, name = "on"): IsoDate {
  if (on instanceof Date) {
    if (Number.isNaN(on.getTime())) throw new Error(`${fn}: '${name}' is an invalid Date`);
    return format(on, "yyyy-MM-dd");
  }
  if (!isIsoDate(on)) {
    throw new Error(`${fn}: '${name}' must be a calendar date written YYYY-MM-DD or a Date, received ${show(on)}`);
  }
  return on;
}

/** The local `Date` at noon on a calendar day: noon keeps date arithmetic clear of time-zone and DST edges. */
export function dateOf(day: IsoDate): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, m - 1, d);
  return date;
}

/** The calendar day of a local `Date`. */
export function dayOf(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/** True when `day` lies in the half-open interval `[from, until)`; a missing bound is open. */
export function inInterval(day: IsoDate, from: IsoDate | undefined, until: IsoDate | undefined): boolean {
  return (from === undefined || from <= day) && (until === undefined || day < until);
}
