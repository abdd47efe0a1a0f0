import { addMonthsThenDays, dayNumber, dayWithNumber } from "../model/calendar.js";
import type { IsoDate, Period } from "../model/types.js";

/** A period's whole months (years included) and whole days (weeks included). */
function partsOf(period: Period): { months: number; days: number } {
  return { months: (period.years ?? 0) * 12 + (period.months ?? 0), days: (period.weeks ?? 0) * 7 + (period.days ?? 0) };
}

/**
 * The day number of the k-th turnover after `start`, each counted from `start` itself
 * (so month ends do not drift): `k` periods' months, then their days, as date-fns `add`
 * adds a period. It may lie past 9999-12-31 (then it never happens), and it is infinite
 * when the months alone leave the years supported.
 */
export function turnoverNumber(start: IsoDate, every: Period, k: number): number {
  const { months, days } = partsOf(every);
  return addMonthsThenDays(start, months * k, days * k);
}

/** The first day of the k-th period after `start`, or undefined when that turnover would fall after 9999-12-31. */
export function periodStart(start: IsoDate, every: Period, k: number): IsoDate | undefined {
  return dayWithNumber(turnoverNumber(start, every, k));
}

/** The rotation period in force on a day: its turn, its first day, and the first day of the next, if it comes. */
export interface RotationPeriod {
  readonly turn: number;
  readonly from: IsoDate;
  /** Left out when the next turnover would fall after 9999-12-31: the period runs to the end of the calendar. */
  readonly until?: IsoDate;
}

/**
 * The number of whole periods elapsed from `start` to `on` (`on` not before `start`),
 * with the current period's bounds. Found by bisection on the turn, not by walking
 * turnovers: each period lasts at least a day, so the k-th turnover falls at least k
 * days after the start and the turn lies from 0 to the days between.
 */
export function wholePeriods(start: IsoDate, every: Period, on: IsoDate): RotationPeriod {
  const day = dayNumber(on);
  let low = 0;
  let high = Math.max(0, day - dayNumber(start)) + 1;
  // Invariant: turnover `low` falls on or before `on`, turnover `high` after it (or never).
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (turnoverNumber(start, every, mid) <= day) low = mid;
    else high = mid;
  }
  const from = periodStart(start, every, low) ?? start;
  const until = periodStart(start, every, low + 1);
  return until === undefined ? { turn: low, from } : { turn: low, from, until };
}
