import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion } from "../../src/deliberation/public.js";

const weights = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 })
  .chain((names) =>
    fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: names.length, maxLength: names.length }).map((ws) => Object.fromEntries(names.map((n, i) => [n, ws[i]!]))),
  );
const methods = ["largest-remainder", "dhondt", "sainte-lague"] as const;
const total = (seats: Readonly<Record<string, number>>): number => Object.values(seats).reduce((s, v) => s + v, 0);

describe("properties of apportion", () => {
  it("gives exactly `seats` seats, or the certain ones plus the tied seats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), weights, fc.constantFrom(...methods), (seats, w, method) => {
        const r = apportion(seats, w, { method });
        expect(total(r.allocation) + (r.tied?.seats ?? 0)).toBe(seats);
        expect(r.tie).toBe(r.tied !== undefined);
        if (r.tied !== undefined) expect(r.tied.among.length).toBeGreaterThan(r.tied.seats);
      }),
      { numRuns: 400 },
    );
  });

  it("with a seed, always gives exactly `seats` seats", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), weights, fc.constantFrom(...methods), fc.nat(), (seats, w, method, seed) => {
        const r = apportion(seats, w, { method, tieBreak: { seed } });
        expect(r.tie).toBe(false);
        expect(total(r.allocation)).toBe(seats);
      }),
      { numRuns: 300 },
    );
  });

  it("largest remainder respects quota: every party gets its exact quota rounded down or up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), weights, fc.nat(), (seats, w, seed) => {
        const sum = Object.values(w).reduce((s, v) => s + v, 0);
        fc.pre(sum > 0);
        const r = apportion(seats, w, { method: "largest-remainder", tieBreak: { seed } });
        for (const [party, weight] of Object.entries(w)) {
          const quota = (weight * seats) / sum;
          const got = r.allocation[party]!;
          expect(got).toBeGreaterThanOrEqual(Math.floor(quota + 1e-9));
          expect(got).toBeLessThanOrEqual(Math.ceil(quota - 1e-9));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the order in which parties are listed does not change their seats, without a tie", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), weights, fc.constantFrom(...methods), (seats, w, method) => {
        const reversed = Object.fromEntries(Object.entries(w).reverse());
        const a = apportion(seats, w, { method });
        const b = apportion(seats, reversed, { method });
        expect(b.tie).toBe(a.tie);
        for (const party of Object.keys(w)) expect(b.allocation[party]).toBe(a.allocation[party]);
      }),
      { numRuns: 300 },
    );
  });
});
