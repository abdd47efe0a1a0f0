import { dayNumber, dayWithNumber, FIRST_DAY, LAST_DAY } from "../model/calendar.js";
import type { IsoDate } from "../model/types.js";

export { dayNumber };

/**
 * The calendar day with the given day number (days since 1970-01-01).
 * @throws Error when the day lies outside 0001-01-01 to 9999-12-31
 */
export function dayFromNumber(n: number): IsoDate {
  const day = dayWithNumber(n);
  if (day === undefined) throw new Error(`dayFromNumber: day number ${n} lies outside ${FIRST_DAY} to ${LAST_DAY}`);
  return day;
}

/** The calendar day `n` days after `day` (before it when `n` is negative); it must lie in the supported range. */
export function addDays(day: IsoDate, n: number): IsoDate {
  return dayFromNumber(dayNumber(day) + n);
}
