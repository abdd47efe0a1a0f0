import type { IsoDate } from "../model/types.js";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar day; UTC arithmetic keeps it free of time zones. */
export function dayNumber(day: IsoDate): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** The calendar day with the given day number. */
export function dayFromNumber(n: number): IsoDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: IsoDate, n: number): IsoDate {
  return dayFromNumber(dayNumber(day) + n);
}
