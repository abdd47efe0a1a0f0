import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseScenario,
  changePoints,
  compareOverPeriod,
  compareScenarios,
  findPitfalls,
  matrixTimeline,
  parseScenario,
  representationMatrix,
  representationTimeline,
  resolve,
  ScenarioError,
  type Scenario,
} from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { FIRST_DAY_NUMBER, LAST_DAY_NUMBER } from "../../src/model/calendar.js";
import { isIsoDate } from "../../src/model/dates.js";
import { fixture } from "../fixtures/load.js";
import { rotationDoc } from "../governance/fixtures.js";
import { budget, fuzzCase, typedOutcome } from "./fuzz-kit.js";

// Days at and around the ends of the calendar (0001-01-01 and 9999-12-31) and beyond, as strings
// and as Dates, through every entry point that takes a day: each gives a clear error that names the
// function, or an answer in which every day lies in the calendar. Runs in any time zone.

const MS_PER_DAY = 86_400_000;

/** A day number written as a string the way a careless caller might: past 9999 with more digits, before year 1 with a sign. */
function written(n: number): string {
  const iso = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  return iso.startsWith("+") ? iso.slice(1).replace(/^0+(?=\d{5})/, "") : iso;
}

const edgeNumber = fc.oneof(
  fc.integer({ min: FIRST_DAY_NUMBER - 400, max: FIRST_DAY_NUMBER + 400 }),
  fc.integer({ min: LAST_DAY_NUMBER - 400, max: LAST_DAY_NUMBER + 400 }),
  fc.constantFrom(FIRST_DAY_NUMBER - 1, FIRST_DAY_NUMBER, LAST_DAY_NUMBER, LAST_DAY_NUMBER + 1),
  fc.integer({ min: FIRST_DAY_NUMBER - 800_000, max: LAST_DAY_NUMBER + 800_000 }),
);

/** A `Date` at some local time of a year around the edges, built from local fields so that years 0 to 99 stay themselves. */
const edgeDate = fc
  .tuple(fc.constantFrom(-5, -1, 0, 1, 2, 9998, 9999, 10_000, 12_345), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([year, month, day, hour, minute]) => {
    const date = new Date(2000, 0, 1, hour, minute);
    date.setFullYear(year, month, day);
    return date;
  });

const dayInput: fc.Arbitrary<string | Date> = fc.oneof(
  edgeNumber.map(written),
  edgeNumber.map((n) => new Date(n * MS_PER_DAY + 12 * 3_600_000)),
  edgeDate,
  fc.constantFrom("0000-01-01", "0000-12-31", "10000-01-01", "99999-12-31", "-0001-01-01", "0001-01-01", "9999-12-31", "2025-06-01"),
);

/** Every string in `value` (nested) that looks like a day, `YYYY-MM-DD` with any number of year digits. */
function daysIn(value: unknown): string[] {
  return JSON.stringify(value).match(/[+-]?\d{4,}-\d\d-\d\d/g) ?? [];
}

/** Checks that every day in an answer is a real day of the calendar. */
function expectDaysInCalendar(value: unknown): void {
  for (const day of daysIn(value)) {
    expect(isIsoDate(day), `${day} is not a day from 0001-01-01 to 9999-12-31`).toBe(true);
  }
}

const coordination = fixture("worked-coordination");
const oc2 = fixture("worked-oc2");
const rotations = [
  parseScenario(rotationDoc({ days: 1 }, "9999-12-01")),
  parseScenario(rotationDoc({ years: 1 }, "9990-01-01")),
  parseScenario(rotationDoc({ months: 1 }, "9950-01-31")),
  parseScenario(rotationDoc({ years: 10 }, "0001-01-31")),
  parseScenario(rotationDoc({ years: 9998 }, "0001-06-01")),
];
const scenario = fc.constantFrom<Scenario>(coordination, oc2, ...rotations);
const FN = /^(resolve|representationMatrix|analyseScenario|findPitfalls|compareScenarios|changePoints|representationTimeline|matrixTimeline|compareOverPeriod|applyChange): /;

/** A plain Error naming the function, a ScenarioError, or an answer with every day in the calendar. */
function expectClear(work: () => unknown): void {
  const outcome = typedOutcome(work, [ScenarioError], FN);
  if (outcome.ok) expectDaysInCalendar(outcome.value);
}

describe("days at the ends of the calendar, through every entry point", () => {
  it("answers a day, or refuses it clearly, on one day", async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario,
        dayInput,
        fuzzCase((s, on) => {
          const cell = s === coordination || s === oc2 ? { theme: "curriculum", region: "west", sector: "vo" } : { theme: "t", region: "nl", sector: "vo" };
          expectClear(() => resolve(s, { ...cell, on }));
          expectClear(() => representationMatrix(s, { on }));
          expectClear(() => analyseScenario(s, { on }));
          expectClear(() => findPitfalls(s, { on }));
          expectClear(() => compareScenarios([s, coordination], { on }));
        }),
      ),
      budget(300),
    );
  });

  it("answers a period, or refuses it clearly", async () => {
    await fc.assert(
      fc.asyncProperty(
        scenario,
        dayInput,
        dayInput,
        fuzzCase((s, from, until) => {
          const cell = s === coordination || s === oc2 ? { theme: "curriculum", region: "west", sector: "vo" } : { theme: "t", region: "nl", sector: "vo" };
          expectClear(() => changePoints(s, { from, until }));
          expectClear(() => representationTimeline(s, { ...cell, from, until }));
          expectClear(() => matrixTimeline(s, { from, until }));
          expectClear(() => compareOverPeriod([s, coordination], { from, until }));
        }),
      ),
      budget(300),
    );
  });

  it("applies a change that carries a day, or refuses it with a ScenarioError", async () => {
    await fc.assert(
      fc.asyncProperty(
        edgeNumber.map(written),
        fuzzCase((on) => {
          expectClear(() => applyChange(coordination, { type: "revoke-mandate", id: "m1", on }));
          expectClear(() => applyChange(coordination, { type: "dissolve-organisation", id: "fvov", on }));
        }),
      ),
      budget(300),
    );
  });

  it("parses a scenario whose days lie at the edges, or lists the day that is wrong", () => {
    fc.assert(
      fc.property(edgeNumber.map(written), fc.constantFrom({ days: 1 }, { years: 1 }, { months: 7 }), (startingOn, every) => {
        const outcome = typedOutcome(() => parseScenario(rotationDoc(every, startingOn)), [ScenarioError]);
        expect(outcome.ok).toBe(isIsoDate(startingOn));
        if (!outcome.ok && outcome.error instanceof ScenarioError) expect(outcome.error.issues.map((i) => i.path.join("."))).toEqual(["model.rules.0.then.rotate.startingOn"]);
      }),
    );
  });
});
