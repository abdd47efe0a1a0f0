import type { IsoDate } from "./types.js";

/**
 * Calendar arithmetic on plain numbers, in the proleptic Gregorian calendar that
 * `Date` uses, with no `Date` and no time zone involved. Every day the library reads
 * or writes lies from {@link FIRST_DAY} to {@link LAST_DAY}, the days a four-digit
 * year can write; the functions here say when a computed day would fall outside.
 */

/** The first day supported. */
export const FIRST_DAY: IsoDate = "0001-01-01";

/** The last day supported. */
export const LAST_DAY: IsoDate = "9999-12-31";

/** The first and last years supported. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

/** True for a leap year of the Gregorian calendar. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number of days in a month (1 to 12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a year, month (1 to 12) and day of the month. */
export function civilDayNumber(year: number, month: number, day: number): number {
  // Counted from 1 March, so that the leap day ends a year; eras are the 400-year cycles.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1 to 12) and day of the month of a day number. */
function civilOf(n: number): { year: number; month: number; day: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A year, month and day written `YYYY-MM-DD`; the year must lie from 1 to 9999. */
export function writeDay(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 for a calendar day written `YYYY-MM-DD`. */
export function dayNumber(day: IsoDate): number {
  return civilDayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/** The day number of {@link FIRST_DAY}. */
export const FIRST_DAY_NUMBER = dayNumber(FIRST_DAY);

/** The day number of {@link LAST_DAY}. */
export const LAST_DAY_NUMBER = dayNumber(LAST_DAY);

/** True when a day number names a supported day. */
export function inRange(n: number): boolean {
  return Number.isInteger(n) && n >= FIRST_DAY_NUMBER && n <= LAST_DAY_NUMBER;
}

/** The calendar day with a day number, or undefined when it lies outside the supported range. */
export function dayWithNumber(n: number): IsoDate | undefined {
  if (!inRange(n)) return undefined;
  const { year, month, day } = civilOf(n);
  return writeDay(year, month, day);
}

/**
 * The day number `months` calendar months, then `days` days, after `day`, the way
 * date-fns `add` counts: a day of the month the target month lacks becomes its last day
 * (31 January plus one month is 28 or 29 February). Infinite when the months alone leave
 * the supported years, so that any size of period gives a number that compares right.
 */
export function addMonthsThenDays(day: IsoDate, months: number, days: number): number {
  const monthIndex = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  if (year < FIRST_YEAR) return -Infinity;
  if (year > LAST_YEAR) return Infinity;
  const month = monthIndex - year * 12 + 1;
  return civilDayNumber(year, month, Math.min(Number(day.slice(8, 10)), daysInMonth(year, month))) + days;
}
