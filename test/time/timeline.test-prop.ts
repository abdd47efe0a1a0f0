import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changePoints, compareOverPeriod, matrixTimeline, representationTimeline, resolve } from "../../src/index.js";
import type { Representation } from "../../src/index.js";
import { addDays } from "../../src/time/day-number.js";
import { daysOf, scenarioPair, timedScenario } from "./fixtures.js";

/** A representation as data, without the day it was asked for. */
function answerOf(r: Representation): string {
  return JSON.stringify({ ...r, on: undefined });
}

function sameAnswer(a: Representation, b: Representation): boolean {
  return (
    a.status === b.status &&
    a.lead === b.lead &&
    a.reason === b.reason &&
    JSON.stringify(a.leads) === JSON.stringify(b.leads) &&
    JSON.stringify(a.delegation) === JSON.stringify(b.delegation) &&
    JSON.stringify(a.contenders) === JSON.stringify(b.contenders) &&
    JSON.stringify(a.contendingParties) === JSON.stringify(b.contendingParties)
  );
}

describe("timelines over random short periods", () => {
  it("the timeline agrees with resolve on every day of the period (brute force over each day)", () => {
    fc.assert(
      fc.property(timedScenario, ({ scenario, from, until }) => {
        const timeline = matrixTimeline(scenario, { from, until });
        for (const cell of timeline.cells) {
          for (const interval of cell.intervals) {
            const query = { theme: cell.theme, region: cell.region, sector: cell.sector };
            // The interval carries the whole representation of its first day.
            expect(interval.representation).toEqual(resolve(scenario, { ...query, on: interval.from }));
            for (const day of daysOf(interval.from, interval.until)) {
              expect(sameAnswer(resolve(scenario, { ...query, on: day }), interval.representation)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("intervals tile the period exactly and adjacent intervals always differ", () => {
    fc.assert(
      fc.property(timedScenario, ({ scenario, from, until }) => {
        for (const cell of matrixTimeline(scenario, { from, until }).cells) {
          const intervals = cell.intervals;
          expect(intervals[0]?.from).toBe(from);
          expect(intervals[intervals.length - 1]?.until).toBe(until);
          intervals.forEach((interval, i) => {
            expect(interval.from < interval.until).toBe(true);
            const next = intervals[i + 1];
            if (next !== undefined) {
              expect(next.from).toBe(interval.until);
              expect(sameAnswer(interval.representation, next.representation)).toBe(false);
            }
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the timeline of one cell is that cell's row of the matrix timeline", () => {
    fc.assert(
      fc.property(timedScenario, fc.nat(), ({ scenario, from, until }, pick) => {
        const matrix = matrixTimeline(scenario, { from, until });
        const cell = matrix.cells[pick % matrix.cells.length]!;
        const single = representationTimeline(scenario, { theme: cell.theme, region: cell.region, sector: cell.sector, from, until });
        expect(single.intervals).toEqual(cell.intervals);
      }),
      { numRuns: 100 },
    );
  });

  it("every day on which any answer or its basis changes is a change point", () => {
    fc.assert(
      fc.property(timedScenario, ({ scenario, from, until }) => {
        const points = new Set(changePoints(scenario, { from, until }).map((p) => p.on));
        const sectors = scenario.sectors.length === 0 ? [null] : scenario.sectors.map((s) => s.id);
        for (const day of daysOf(addDays(from, 1), until)) {
          const before = addDays(day, -1);
          const changed = scenario.themes.some((t) =>
            scenario.regions.some((r) =>
              sectors.some((sector) => {
                const cell = { theme: t.id, region: r.id, sector };
                return answerOf(resolve(scenario, { ...cell, on: before })) !== answerOf(resolve(scenario, { ...cell, on: day }));
              }),
            ),
          );
          if (changed) expect(points.has(day), `${day} changes an answer but is no change point`).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("change points are sorted, distinct, inside the period, and each has an event", () => {
    fc.assert(
      fc.property(timedScenario, ({ scenario, from, until }) => {
        const points = changePoints(scenario, { from, until });
        points.forEach((point, i) => {
          expect(point.on >= from && point.on < until).toBe(true);
          expect(point.events.length).toBeGreaterThan(0);
          if (i > 0) expect(points[i - 1]!.on < point.on).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("comparison over a period", () => {
  it("is empty exactly when the scenarios agree on every cell on every day, and counts the days they differ", () => {
    fc.assert(
      fc.property(scenarioPair, ({ scenario, other, from, until }) => {
        const comparison = compareOverPeriod([scenario, other], { from, until });
        const differing = new Map<string, number>();
        for (const theme of comparison.themes) {
          for (const region of comparison.regions) {
            for (const sector of comparison.sectors) {
              for (const day of daysOf(from, until)) {
                const a = resolve(scenario, { theme, region, sector, on: day });
                const b = resolve(other, { theme, region, sector, on: day });
                const asSet = (ids: readonly string[]): string => [...ids].sort().join(",");
                if (a.status !== b.status || a.lead !== b.lead || asSet(a.leads) !== asSet(b.leads)) {
                  const key = `${theme}/${region}/${String(sector)}`;
                  differing.set(key, (differing.get(key) ?? 0) + 1);
                }
              }
            }
          }
        }
        expect(comparison.cells.length === 0).toBe(differing.size === 0);
        expect(new Map(comparison.cells.map((c) => [`${c.theme}/${c.region}/${String(c.sector)}`, c.days]))).toEqual(differing);
      }),
      { numRuns: 100 },
    );
  });

  it("finds nothing when a scenario is compared with itself", () => {
    fc.assert(
      fc.property(timedScenario, ({ scenario, from, until }) => {
        expect(compareOverPeriod([scenario, scenario], { from, until }).cells).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
