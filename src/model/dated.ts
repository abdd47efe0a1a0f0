import type { IsoDate } from "./types.js";

/**
 * One period of a dated value: the value holds from `from` up to (not including) `until`;
 * without `until` it holds from then on.
 * @category Model
 */
export interface DatedPeriod<T> {
  readonly from: IsoDate;
  readonly until?: IsoDate;
  readonly value: T;
}

/**
 * A fact that changed over time, written as periods sorted by `from` that do not overlap
 * (`parseScenario` checks both). Between periods and outside them the fact is unknown.
 * @category Model
 */
export type Dated<T> = readonly DatedPeriod<T>[];

/**
 * The value in force on a day: the period that contains it, found by binary search, or
 * undefined when the day falls before, between or after the periods.
 * @param dated - periods sorted by `from` that do not overlap, as a parsed scenario holds them
 * @example
 * ```ts
 * const register = [
 *   { from: "2012-01-01", until: "2017-08-01", value: false },
 *   { from: "2017-08-01", value: true },
 * ];
 * valueOn(register, "2015-06-01"); // => false
 * valueOn(register, "2018-06-01"); // => true
 * valueOn(register, "2011-06-01"); // => undefined
 * ```
 * @category Model
 */
export function valueOn<T>(dated: Dated<T>, on: IsoDate): T | undefined {
  // The last period starting on or before the day.
  let low = 0;
  let high = dated.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dated[middle] as DatedPeriod<T>).from <= on) low = middle + 1;
    else high = middle;
  }
  const period = dated[low - 1];
  if (period === undefined) return undefined;
  return period.until === undefined || on < period.until ? period.value : undefined;
}

/**
 * The value in force at the latest change: the last period's value, which is what a
 * reader without a day shows.
 * @example
 * ```ts
 * import { latestValue } from "../src/model/dated.js";
 *
 * latestValue([{ from: "2012-01-01", until: "2017-08-01", value: false }, { from: "2017-08-01", value: true }]); // => true
 * ```
 * @category Model
 */
export function latestValue<T>(dated: Dated<T>): T | undefined {
  return dated[dated.length - 1]?.value;
}

/**
 * True when a field holds a {@link Dated} list rather than one plain value. A plain value
 * that is itself a list (an organisation's sectors) is a list of strings, never of periods.
 * @example
 * ```ts
 * import { isDated } from "../src/model/dated.js";
 *
 * isDated([{ from: "2020-01-01", value: ["vo"] }]); // => true
 * isDated(["vo"]); // => false
 * ```
 */
export function isDated<T>(field: T | Dated<T>): field is Dated<T> {
  if (!Array.isArray(field)) return false;
  const first: unknown = field[0];
  return typeof first === "object" && first !== null && "from" in first && "value" in first;
}

/**
 * A field read on a day: a plain value holds on every day; a dated one holds in its periods.
 * Without a day, the value in force at the latest change.
 * @example
 * ```ts
 * import { fieldOn } from "../src/model/dated.js";
 *
 * fieldOn({ mandatoryRegister: true }, "2000-01-01"); // => { mandatoryRegister: true }
 * fieldOn([{ from: "2020-01-01", value: 3 }], "2019-01-01"); // => undefined
 * ```
 */
export function fieldOn<T>(field: T | Dated<T> | undefined, on: IsoDate | undefined): T | undefined {
  if (field === undefined) return undefined;
  if (!isDated(field)) return field;
  return on === undefined ? latestValue(field) : valueOn(field, on);
}

/** The days on which a dated field changes value or starts or stops holding, sorted; none for a plain value. */
export function changeDays<T>(field: T | Dated<T> | undefined): IsoDate[] {
  if (field === undefined || !isDated(field)) return [];
  const days = new Set<IsoDate>();
  for (const period of field) {
    days.add(period.from);
    if (period.until !== undefined) days.add(period.until);
  }
  return [...days].sort();
}
