import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueOn } from "../../src/model/dated.js";
import { resolve } from "../../src/index.js";
import { addDays } from "../../src/time/day-number.js";
import { ruled } from "../time/fixtures.js";

/** Sorted, non-overlapping periods built from gaps and lengths, the last one maybe open-ended. */
const periods = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 40 }), value: fc.integer() }), { minLength: 0, maxLength: 8 })
  .chain((parts) => fc.boolean().map((open) => ({ parts, open })))
  .map(({ parts, open }) => {
    let day = "2020-01-01";
    return parts.map((p, i) => {
      const from = addDays(day, p.gap);
      const until = addDays(from, p.length);
      day = until;
      return open && i === parts.length - 1 ? { from, value: p.value } : { from, until, value: p.value };
    });
  });

describe("valueOn", () => {
  it("agrees with a linear scan of the periods on every day", () => {
    fc.assert(
      fc.property(periods, fc.integer({ min: -5, max: 400 }), (dated, offset) => {
        const on = addDays("2020-01-01", offset);
        const scan = dated.find((p) => p.from <= on && (p.until === undefined || on < p.until))?.value;
        expect(valueOn(dated, on)).toBe(scan);
      }),
    );
  });
});

describe("a single figure and a one-item series", () => {
  it("give the same answers on every day from the figure's asOf on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom("po", "vo", "mbo", null), (total, offset, sector) => {
        const asOf = "2024-01-01";
        const on = addDays(asOf, offset);
        const figure = { total, asOf };
        const single = ruled({ largestMembership: { among: ["aob", "cnvo", "fvov"] } }, (d) => (d.organisations[1].members = figure));
        const series = ruled({ largestMembership: { among: ["aob", "cnvo", "fvov"] } }, (d) => (d.organisations[1].members = [figure]));
        const query = { theme: "curriculum", region: "nl", sector, on };
        expect(resolve(series, query)).toEqual(resolve(single, query));
      }),
      { numRuns: 60 },
    );
  });

  it("differ before the series' first figure, where the series is unknown and ranks below any figure", () => {
    const among = (members: unknown) =>
      ruled({ largestMembership: { among: ["cnvo", "fvov"] } }, (d) => {
        d.organisations[1].members = members;
        d.organisations[2].members = { total: 10, asOf: "2024-01-01" };
      });
    const query = { theme: "curriculum", region: "nl", sector: "vo", on: "2023-06-01" };
    expect(resolve(among({ total: 50_000, asOf: "2024-01-01" }), query).lead).toBe("cnvo");
    expect(resolve(among([{ total: 50_000, asOf: "2024-01-01" }]), query).lead).toBe("fvov");
  });
});
