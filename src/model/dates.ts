import { show } from "../internal/show.js";
import { FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR, writeDay } from "./calendar.js";
import { isoDateSchema } from "./schema/common.js";
import type { IsoDate } from "./types.js";

/** True when `value` is a real calendar day written `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31. */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateSchema.safeParse(value).success;
}

/** True for a string that has the shape of a day but lies in year 0, before the first day supported. */
export function isYearZero(value: unknown): boolean {
  return typeof value === "string" && /^0000-\d\d-\d\d$/.test(value);
}

/**
 * Reads a query date: a `YYYY-MM-DD` string, or a `Date` taken as its calendar day in the local time zone.
 * Either way the day must lie from 0001-01-01 to 9999-12-31.
 * @returns the day, or a message naming the argument and what is wrong with it
 */
export function readDay(on: unknown, name = "on"): { ok: true; day: IsoDate } | { ok: false; message: string } {
  if (on instanceof Date) {
    if (Number.isNaN(on.getTime())) return { ok: false, message: `'${name}' is an invalid Date` };
    const year = on.getFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return { ok: false, message: `'${name}' is a Date in year ${year} (local time); days from ${FIRST_DAY} to ${LAST_DAY} are supported` };
    }
    return { ok: true, day: writeDay(year, on.getMonth() + 1, on.getDate()) };
  }
  if (isYearZero(on)) {
    return { ok: false, message: `'${name}' (${String(on)}) lies in year 0; days from ${FIRST_DAY} to ${LAST_DAY} are supported` };
  }
  if (!isIsoDate(on)) {
    return { ok: false, message: `'${name}' must be a calendar date written YYYY-MM-DD or a Date, received ${show(on)}` };
  }
  return { ok: true, day: on };
}

/**
 * {@link readDay}, throwing.
 * @throws Error naming `fn` and the argument when the date is malformed, invalid or out of that range
 */
export function toIsoDate(on: unknown, fn: string, name = "on"): IsoDate {
  const read = readDay(on, name);
  if (!read.ok) throw new Error(`${fn}: ${read.message}`);
  return read.day;
}

/** True when `day` lies in the half-open interval `[from, until)`; a missing bound is open. */
export function inInterval(day: IsoDate, from: IsoDate | undefined, until: IsoDate | undefined): boolean {
  return (from === undefined || from <= day) && (until === undefined || day < until);
}
