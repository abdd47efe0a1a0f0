// Properties of the teachers reached, checked against worlds built from people: each
// person belongs to some organisations and is a teacher or not, so the true number of
// teachers reached is known and the bounds must hold it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reachOf } from "../../src/analysis/reach.js";
import type { MembershipOverlap, Organisation, Scenario } from "../../src/model/types.js";
import type { Representation } from "../../src/resolve/representation.js";

const ON = "2026-06-01";
const IDS = ["a", "b", "c", "d", "e"];

interface People {
  /** Each person: the organisations they belong to, and whether they teach. */
  readonly people: readonly { readonly in: readonly boolean[]; readonly teaches: boolean }[];
  /** Which organisations say how many of their members teach. */
  readonly teacherFigure: readonly boolean[];
  /** Which pairs (i < j, in order) have an overlap figure. */
  readonly pairFigure: readonly boolean[];
  /** The population, as a share of the true count above or below it. */
  readonly population: number | null;
}

const pairs = IDS.flatMap((a, i) => IDS.slice(i + 1).map((b) => [a, b] as const));

const people: fc.Arbitrary<People> = fc.record({
  people: fc.array(fc.record({ in: fc.array(fc.boolean(), { minLength: IDS.length, maxLength: IDS.length }), teaches: fc.boolean() }), { maxLength: 40 }),
  teacherFigure: fc.array(fc.boolean(), { minLength: IDS.length, maxLength: IDS.length }),
  pairFigure: fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }),
  population: fc.option(fc.integer({ min: 0, max: 60 })),
});

/** The scenario the people give: every organisation in one sector, so that any two may overlap. */
function worldOf(p: People, withPairs = p.pairFigure): Scenario {
  const organisations: Organisation[] = IDS.map((id, i) => {
    const members = p.people.filter((x) => x.in[i]);
    const teachers = members.filter((x) => x.teaches).length;
    return { id, name: id, kind: "union", sectors: ["vo"], members: { total: members.length, asOf: "2025-01-01", ...(p.teacherFigure[i] === true ? { teachers } : {}) } };
  });
  const overlaps: MembershipOverlap[] = pairs.flatMap(([a, b], k) => {
    if (withPairs[k] !== true) return [];
    const [i, j] = [IDS.indexOf(a), IDS.indexOf(b)];
    return [{ organisations: [a, b], members: p.people.filter((x) => x.in[i] && x.in[j]).length, asOf: "2025-01-01" }];
  });
  const model = { kind: "coordination", parties: [], agreement: { id: "x", signedOn: "2025-01-01", signatories: [] }, fallback: "none" };
  return { organisations, overlaps, model, ...(p.population === null ? {} : { population: { teachers: p.population, asOf: "2025-01-01" } }) } as unknown as Scenario;
}

const everyone = [{ delegation: IDS } as unknown as Representation];

function trulyReached(p: People): number {
  return p.people.filter((x) => x.teaches && x.in.some(Boolean)).length;
}

describe("the teachers reached", () => {
  it("hold the true number of teachers reached between the bounds (up to the population)", () => {
    fc.assert(
      fc.property(people, (p) => {
        const { lower, upper } = reachOf(worldOf(p), ON, everyone).teachersReached;
        const truth = Math.min(trulyReached(p), p.population ?? Number.POSITIVE_INFINITY);
        if (lower !== null) expect(lower).toBeLessThanOrEqual(truth);
        expect(upper).not.toBeNull();
        expect(upper ?? 0).toBeGreaterThanOrEqual(truth);
      }),
    );
  });

  it("keep lower at most upper, and upper at most the population and the sum of the figures", () => {
    fc.assert(
      fc.property(people, (p) => {
        const reach = reachOf(worldOf(p), ON, everyone);
        const { lower, upper } = reach.teachersReached;
        if (lower !== null && upper !== null) expect(lower).toBeLessThanOrEqual(upper);
        expect(upper ?? 0).toBeLessThanOrEqual(reach.members);
        if (p.population !== null) expect(upper ?? 0).toBeLessThanOrEqual(p.population);
      }),
    );
  });

  it("never grow when an overlap figure is added", () => {
    fc.assert(
      fc.property(people, fc.nat({ max: pairs.length - 1 }), (p, k) => {
        const without = p.pairFigure.map((on, i) => on && i !== k);
        const withIt = p.pairFigure.map((on, i) => on || i === k);
        const before = reachOf(worldOf(p, without), ON, everyone).teachersReached.upper ?? 0;
        const after = reachOf(worldOf(p, withIt), ON, everyone).teachersReached.upper ?? 0;
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it("count each organisation once however often its coalition's cells name it", () => {
    fc.assert(
      fc.property(people, fc.array(fc.subarray(IDS, { minLength: 2 }), { minLength: 1, maxLength: 6 }), (p, coalitions) => {
        const cells = coalitions.map((delegation) => ({ delegation: [...delegation, ...delegation] }) as unknown as Representation);
        const reach = reachOf(worldOf(p), ON, cells);
        const ids = reach.counted.map((c) => c.organisation);
        expect(ids).toEqual([...new Set(coalitions.flat())].sort());
        const once = reachOf(worldOf(p), ON, coalitions.map((delegation) => ({ delegation }) as unknown as Representation));
        expect(reach.teachersReached).toEqual(once.teachersReached);
      }),
    );
  });
});
