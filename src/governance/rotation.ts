import { add, differenceInCalendarDays } from "date-fns";
import { dateOf, dayOf } from "../model/dates.js";
import type { IsoDate, Period } from "../model/types.js";

function times(period: Period, k: number): Period {
  return {
    years: (period.years ?? 0) * k,
    months: (period.months ?? 0) * k,
    weeks: (period.weeks ?? 0) * k,
    days: (period.days ?? 0) * k,
  };
}

/** The first day of the k-th period after `start`, each counted from `start` itself (so month ends do not drift). */
export function periodStart(start: IsoDate, every: Period, k: number): IsoDate {
  return dayOf(add(dateOf(start), times(every, k)));
}

/**
 * The number of whole periods elapsed from `start` to `on` (`on` not before `start`),
 * with the current period's bounds. Computed with date-fns calendar arithmetic.
 */
export function wholePeriods(start: IsoDate, every: Period, on: IsoDate): { turn: number; from: IsoDate; until: IsoDate } {
  const approxDays =
    (every.years ?? 0) * 365.2425 + (every.months ?? 0) * 30.436875 + (every.weeks ?? 0) * 7 + (every.days ?? 0);
  let k = Math.max(0, Math.floor(differenceInCalendarDays(dateOf(on), dateOf(start)) / approxDays) - 1);
  while (periodStart(start, every, k) > on) k--;
  while (periodStart(start, every, k + 1) <= on) k++;
  return { turn: k, from: periodStart(start, every, k), until: periodStart(start, every, k + 1) };
}
