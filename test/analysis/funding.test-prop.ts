// Properties of funding: structural open-ended money that has started never makes
// fragile-funding fire where it did not, and an unknown amount never sums to a number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseScenario, findPitfalls } from "../../src/index.js";
import { DAYS, world } from "./fixtures.js";

const day = fc.constantFrom(...DAYS);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const period = fc.record({
  kind: fc.constantFrom("structural", "one-off", "project"),
  from: day,
  length: maybe(fc.integer({ min: 1, max: 800 })),
  amountEurPerYear: maybe(fc.constantFrom(0, 50_000, 100_000, 3_000_000)),
  fte: maybe(fc.constantFrom(0, 0.5, 1, 12)),
  for: maybe(fc.constantFrom("exploration", "aob", "oc2")),
});

type Drawn = typeof period extends fc.Arbitrary<infer T> ? T : never;

/** Adds `length` days to a day by the calendar. */
function plus(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function asPeriod(p: Drawn, i: number): Record<string, unknown> {
  return {
    id: `f${i}`,
    by: "OCW",
    kind: p.kind,
    from: p.from,
    ...(p.length === undefined ? {} : { until: plus(p.from, p.length) }),
    ...(p.amountEurPerYear === undefined ? {} : { amountEurPerYear: p.amountEurPerYear }),
    ...(p.fte === undefined ? {} : { fte: p.fte }),
    ...(p.for === undefined ? {} : { for: p.for }),
  };
}

const name = fc.constantFrom("worked-coordination" as const, "worked-oc2" as const);

function scenario(fixture: "worked-coordination" | "worked-oc2", periods: Record<string, unknown>[]) {
  return world(fixture, (d) => {
    // The oc2 fixture's own structural funding would hide every case; the property is about the periods.
    delete d.model.funding;
    d.organisations.push({ id: "oc2x", name: "Spare", kind: "other", sectors: [] });
    d.funding = periods.map((p) => (p["for"] === "oc2" && fixture === "worked-coordination" ? { ...p, for: "oc2x" } : p));
  });
}

const fires = (s: ReturnType<typeof scenario>, on: string) => findPitfalls(s, { on }).some((f) => f.id === "fragile-funding");

describe("funding properties", () => {
  it("adding a structural open-ended period in force, with enough or unknown money, never makes fragile-funding fire where it did not", () => {
    fc.assert(
      fc.property(
        name,
        fc.array(period, { maxLength: 4 }),
        day,
        maybe(fc.constantFrom(100_000, 2_000_000)),
        maybe(fc.constantFrom(1, 5)),
        (fixture, drawn, on, amount, fte) => {
          const periods = drawn.map(asPeriod);
          const before = scenario(fixture, periods);
          if (fires(before, on)) return;
          const added = {
            id: "added",
            by: "OCW",
            kind: "structural",
            from: DAYS[0],
            ...(amount === undefined ? {} : { amountEurPerYear: amount }),
            ...(fte === undefined ? {} : { fte }),
          };
          expect(fires(scenario(fixture, [...periods, added]), on)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a total of money in force is a number only when every amount in force is known", () => {
    fc.assert(
      fc.property(name, fc.array(period, { maxLength: 5 }), day, (fixture, drawn, on) => {
        const { model, exploration } = analyseScenario(scenario(fixture, drawn.map(asPeriod)), { on }).funding;
        for (const money of [model, exploration]) {
          if (money.unknownAmount.length > 0 || money.periods.length === 0) expect(money.eurPerYear).toBeNull();
          else expect(money.eurPerYear).toBe(money.knownEurPerYear);
          if (money.unknownFte.length > 0 || money.periods.length === 0) expect(money.fte).toBeNull();
        }
      }),
      { numRuns: 150 },
    );
  });
});
