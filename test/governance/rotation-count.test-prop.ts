import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePoints, parseScenario, resolve } from "../../src/index.js";
import { FIRST_DAY_NUMBER, LAST_DAY_NUMBER } from "../../src/model/calendar.js";
import type { Period } from "../../src/model/types.js";
import { CELL, rotationDoc } from "./fixtures.js";

// The turnovers a rotation lists in a period are exactly those an independent count finds: the k-th
// falls on the start plus k periods (months first, kept to the month's last day, then days), computed
// here with Date in UTC, and only those from `from` to before `until` and by 9999-12-31 happen.

const MS_PER_DAY = 86_400_000;

function parts(day: string): [number, number, number] {
  return day.split("-").map(Number) as [number, number, number];
}

function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/** The day number of the k-th turnover, or Infinity past year 9999. */
function turnover(start: string, every: Period, k: number): number {
  const [y, m, d] = parts(start);
  const target = y * 12 + m - 1 + ((every.years ?? 0) * 12 + (every.months ?? 0)) * k;
  const year = Math.floor(target / 12);
  if (year > 9999) return Infinity;
  const monthIndex = target - year * 12;
  const day = Math.min(d, new Date(utcDay(year, monthIndex + 1, 0) * MS_PER_DAY).getUTCDate());
  return utcDay(year, monthIndex, day) + ((every.weeks ?? 0) * 7 + (every.days ?? 0)) * k;
}

/** How many turnovers fall before day number `n`: walked from an estimate of the turn, a step or two each way. */
function turnoversBefore(start: string, every: Period, n: number): number {
  const length = (every.years ?? 0) * 365.2425 + (every.months ?? 0) * 30.436875 + (every.weeks ?? 0) * 7 + (every.days ?? 0);
  let k = Math.max(0, Math.floor((n - utcDay(...shift(parts(start)))) / length));
  while (k > 0 && turnover(start, every, k - 1) >= n) k--;
  while (turnover(start, every, k) < n && turnover(start, every, k) <= LAST_DAY_NUMBER) k++;
  return k;
}

function shift([y, m, d]: [number, number, number]): [number, number, number] {
  return [y, m - 1, d];
}

const dayNear = fc.oneof(
  fc.integer({ min: FIRST_DAY_NUMBER, max: FIRST_DAY_NUMBER + 3000 }),
  fc.integer({ min: LAST_DAY_NUMBER - 3000, max: LAST_DAY_NUMBER }),
  fc.integer({ min: FIRST_DAY_NUMBER, max: LAST_DAY_NUMBER }),
);
const asDay = (n: number): string => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

const period: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ days: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ weeks: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ months: fc.integer({ min: 1, max: 24 }) }),
  fc.record({ years: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ years: fc.integer({ min: 0, max: 5 }), months: fc.integer({ min: 1, max: 11 }), days: fc.integer({ min: 0, max: 40 }) }),
);

describe("rotation turnovers", () => {
  it("number as many in a period as the count from the start", () => {
    fc.assert(
      fc.property(dayNear, period, dayNear, fc.integer({ min: 1, max: 4000 }), (start, every, from, length) => {
        const until = Math.min(from + length, LAST_DAY_NUMBER);
        fc.pre(until > from);
        const startingOn = asDay(start);
        const s = parseScenario(rotationDoc(every, startingOn));
        const listed = changePoints(s, { from: asDay(from), until: asDay(until) });
        const expected = turnoversBefore(startingOn, every, until) - turnoversBefore(startingOn, every, from);
        expect(listed.length).toBe(expected);
        for (const point of listed) expect(point.on >= asDay(from) && point.on < asDay(until)).toBe(true);
      }),
    );
  });

  it("give the chair of the turn in force on any day", () => {
    fc.assert(
      fc.property(dayNear, period, dayNear, (start, every, on) => {
        fc.pre(on >= start);
        const startingOn = asDay(start);
        const turn = turnoversBefore(startingOn, every, on + 1) - 1;
        const r = resolve(parseScenario(rotationDoc(every, startingOn)), { ...CELL, on: asDay(on) });
        expect(r.lead).toBe(["a", "b", "c"][turn % 3]);
      }),
    );
  });
});
