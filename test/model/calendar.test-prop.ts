import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonthsThenDays, dayNumber, dayWithNumber, FIRST_DAY_NUMBER, LAST_DAY_NUMBER } from "../../src/model/calendar.js";

// The calendar's arithmetic against the one in `Date`, read in UTC so that no time zone is involved.

const MS_PER_DAY = 86_400_000;

/** The UTC `Date` of a year, month index and day; years below 100 are not read as 19xx. */
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

const inRange = fc.integer({ min: FIRST_DAY_NUMBER, max: LAST_DAY_NUMBER });
const nearAnEdge = fc.oneof(
  fc.integer({ min: FIRST_DAY_NUMBER - 800, max: FIRST_DAY_NUMBER + 800 }),
  fc.integer({ min: LAST_DAY_NUMBER - 800, max: LAST_DAY_NUMBER + 800 }),
);

describe("calendar day numbers", () => {
  it("write every day of years 1 to 9999 as Date does, and read it back", () => {
    fc.assert(
      fc.property(fc.oneof(inRange, nearAnEdge), (n) => {
        const day = dayWithNumber(n);
        if (n < FIRST_DAY_NUMBER || n > LAST_DAY_NUMBER) {
          expect(day).toBeUndefined();
          return;
        }
        expect(day).toBe(new Date(n * MS_PER_DAY).toISOString().slice(0, 10));
        expect(dayNumber(day ?? "")).toBe(n);
      }),
    );
  });

  it("start at 0001-01-01 and end at 9999-12-31", () => {
    expect(dayWithNumber(FIRST_DAY_NUMBER)).toBe("0001-01-01");
    expect(dayWithNumber(LAST_DAY_NUMBER)).toBe("9999-12-31");
    expect(dayWithNumber(FIRST_DAY_NUMBER - 1)).toBeUndefined();
    expect(dayWithNumber(LAST_DAY_NUMBER + 1)).toBeUndefined();
    expect(dayWithNumber(0.5)).toBeUndefined();
  });

  it("add months as Date does, keeping to the last day of a shorter month, then days", () => {
    fc.assert(
      fc.property(fc.oneof(inRange, nearAnEdge), fc.integer({ min: -130_000, max: 130_000 }), fc.integer({ min: -5000, max: 5000 }), (n, months, days) => {
        const day = dayWithNumber(Math.min(Math.max(n, FIRST_DAY_NUMBER), LAST_DAY_NUMBER)) ?? "";
        const [y, m, d] = day.split("-").map(Number) as [number, number, number];
        const target = y * 12 + m - 1 + months;
        const year = Math.floor(target / 12);
        const got = addMonthsThenDays(day, months, days);
        if (year < 1) expect(got).toBe(-Infinity);
        else if (year > 9999) expect(got).toBe(Infinity);
        else {
          const monthIndex = target - year * 12;
          const lastOfMonth = utc(year, monthIndex + 1, 0).getUTCDate();
          expect(got).toBe(utc(year, monthIndex, Math.min(d, lastOfMonth)).getTime() / MS_PER_DAY + days);
        }
      }),
    );
  });
});
