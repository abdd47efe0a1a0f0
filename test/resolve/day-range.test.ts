import { describe, expect, it } from "vitest";
import { changePoints, compareScenarios, findPitfalls, representationMatrix, resolve, safeParseScenario } from "../../src/index.js";
import { fixture, fixtureJson } from "../fixtures/load.js";

// Days run from 0001-01-01 to 9999-12-31, for strings and Dates alike (a Date is read as its local day).

const coordination = fixture("worked-coordination");
const cell = { theme: "curriculum", region: "west", sector: "vo" } as const;

function localDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, monthIndex, day);
  return date;
}

describe("days the library takes", () => {
  it("refuses a Date after year 9999, naming the function and the argument", () => {
    expect(() => resolve(coordination, { ...cell, on: localDate(12_345, 5, 1) })).toThrow(
      "resolve: 'on' is a Date in year 12345 (local time); days from 0001-01-01 to 9999-12-31 are supported",
    );
    expect(() => representationMatrix(coordination, { on: localDate(10_000, 0, 1) })).toThrow(/^representationMatrix: 'on' is a Date in year 10000/);
    expect(() => changePoints(coordination, { from: "2025-01-01", until: localDate(10_000, 0, 1) })).toThrow(/^changePoints: 'until' is a Date in year 10000/);
  });

  it("refuses a Date in year 0 or before", () => {
    expect(() => resolve(coordination, { ...cell, on: localDate(0, 5, 1) })).toThrow(/^resolve: 'on' is a Date in year 0 /);
    expect(() => findPitfalls(coordination, { on: localDate(-5, 5, 1) })).toThrow(/^findPitfalls: 'on' is a Date in year -5 /);
    expect(() => compareScenarios([coordination, coordination], { from: localDate(0, 11, 31), until: "2025-01-01" })).toThrow(/^compareScenarios: 'from' is a Date in year 0 /);
  });

  it("accepts the first and last days as Dates, read in local time", () => {
    expect(resolve(coordination, { ...cell, on: localDate(1, 0, 1) }).on).toBe("0001-01-01");
    expect(resolve(coordination, { ...cell, on: localDate(9999, 11, 31) }).on).toBe("9999-12-31");
    expect(resolve(coordination, { ...cell, on: new Date(9999, 11, 31, 23, 59, 59, 999) }).on).toBe("9999-12-31");
  });

  it("refuses a string in year 0 and a year past 9999", () => {
    expect(() => resolve(coordination, { ...cell, on: "0000-06-01" })).toThrow("resolve: 'on' (0000-06-01) lies in year 0; days from 0001-01-01 to 9999-12-31 are supported");
    expect(() => resolve(coordination, { ...cell, on: "10000-01-01" })).toThrow(/^resolve: 'on' must be a calendar date written YYYY-MM-DD or a Date/);
    expect(resolve(coordination, { ...cell, on: "0001-01-01" }).status).toBe("unrepresented");
  });

  it("refuses a scenario day in year 0 with an issue at its path", () => {
    const doc = fixtureJson("worked-coordination") as { mandates: { validFrom: string }[] };
    const first = doc.mandates[0];
    if (first !== undefined) first.validFrom = "0000-02-29";
    const result = safeParseScenario(doc);
    expect(result.success ? [] : result.error.issues).toEqual([
      { code: "invalid_date", path: ["mandates", 0, "validFrom"], message: 'mandates[0].validFrom: "0000-02-29" lies in year 0; days from 0001-01-01 to 9999-12-31 are supported' },
    ]);
  });
});
