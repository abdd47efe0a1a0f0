import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lotOrder, tally, tallyMethods, type Election, type TallyMethod, type TallyOptions, type TallyResult } from "../../src/deliberation/public.js";
import { completeRanking, electionFor, ids, pairwise, rankingOf } from "./fixtures.js";

const optionsFor = (method: TallyMethod, extra: Partial<TallyOptions> = {}): TallyOptions =>
  ({ method, ...(method === "stv" || method === "approval" ? { seats: 2 } : {}), ...extra });

/** Deep equality with a tolerance for the last bits of fractional sums. */
function close(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => close(x, b[i]));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    // Records keyed by ids that look like array indexes list those keys first, so compare keys as sets.
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** Every candidate id in a result, renamed. */
function renamed(r: TallyResult, to: (id: string) => string): TallyResult {
  const keys = <T>(rec: Readonly<Record<string, T>> | undefined, f: (v: T) => T = (v) => v): Record<string, T> | undefined =>
    rec === undefined ? undefined : Object.fromEntries(Object.entries(rec).map(([k, v]) => [to(k), f(v)]));
  const table = (t: TallyResult["pairwise"]) => keys(t, (row) => keys(row) as Record<string, number>);
  const out: Record<string, unknown> = {
    ...r,
    winners: r.winners.map(to),
    ranking: r.ranking.map((g) => g.map(to)),
    totals: keys(r.totals),
    pairwise: table(r.pairwise),
    strongestPaths: table(r.strongestPaths),
    merits: keys(r.merits),
    pairs: r.pairs?.map((p) => ({ ...p, winner: to(p.winner), loser: to(p.loser) })),
    rounds: r.rounds?.map((round) => ({
      ...round,
      counts: keys(round.counts),
      elected: round.elected.map(to),
      eliminated: round.eliminated.map(to),
      ...(round.transfer === undefined ? {} : { transfer: { ...round.transfer, from: round.transfer.from.map(to), ...(round.transfer.factors === undefined ? {} : { factors: keys(round.transfer.factors) }) } }),
      ...(round.tie === undefined ? {} : { tie: { ...round.tie, among: round.tie.among.map(to) } }),
    })),
    lot: r.lot === undefined ? undefined : { ...r.lot, order: r.lot.order.map(to) },
    tieBreaks: r.tieBreaks?.map((t) => ({ ...t, among: t.among.map(to), order: t.order.map(to) })),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as unknown as TallyResult;
}

describe("properties of tally", () => {
  it("a Condorcet winner wins under schulze, ranked-pairs and copeland", () => {
    fc.assert(
      fc.property(electionFor("schulze", 30), fc.constantFrom("winning", "margin", "ratio"), (election, strength) => {
        const d = pairwise(election);
        const n = election.candidates.length;
        const winner = election.candidates.findIndex((_, x) => election.candidates.every((_, y) => y === x || d[x]![y]! > d[y]![x]!));
        fc.pre(winner >= 0);
        const expected = [election.candidates[winner]];
        expect(tally(election, { method: "schulze", strength }).winners).toEqual(expected);
        expect(tally(election, { method: "ranked-pairs", strength }).winners).toEqual(expected);
        const copeland = tally(election, { method: "copeland" });
        expect(copeland.winners).toEqual(expected);
        expect(copeland.totals?.[expected[0]!]).toBe(n - 1);
      }),
      { numRuns: 300 },
    );
  });

  it("a candidate with more than half of the first preferences wins plurality, irv and two-round", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((n) =>
          fc.record({
            candidates: fc.constant(ids(n)),
            others: fc.array(rankingOf(ids(n)).map((ranking) => ({ ranking, count: 1 })), { maxLength: 20 }),
            favourite: fc.integer({ min: 0, max: n - 1 }),
            rest: fc.array(completeRanking(ids(n)), { maxLength: 1 }),
          }),
        ),
        ({ candidates, others, favourite, rest }) => {
          const x = candidates[favourite]!;
          const tail = rest[0]?.filter((c) => c !== x) ?? [];
          const election: Election = { candidates, ballots: [...others, { ranking: [x, ...tail], count: others.length + 1 }] };
          for (const method of ["plurality", "irv", "two-round"] as const) {
            const r = tally(election, { method });
            expect(r.winners, method).toEqual([x]);
            expect(r.tie, method).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reordering the ballots never changes a result, for every method, with or without a seed", () => {
    for (const method of tallyMethods) {
      fc.assert(
        fc.property(
          electionFor(method).chain((e) => fc.tuple(fc.constant(e), fc.shuffledSubarray([...e.ballots], { minLength: e.ballots.length, maxLength: e.ballots.length }))),
          fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
          ([election, shuffled], seed) => {
            const options = optionsFor(method, seed === undefined ? {} : { tieBreak: { seed } });
            expect(tally({ ...election, ballots: shuffled }, options)).toEqual(tally(election, options));
          },
        ),
        { numRuns: 60 },
      );
    }
  });

  it("renaming the candidates never changes a result, up to the renaming", () => {
    for (const method of tallyMethods) {
      fc.assert(
        fc.property(
          electionFor(method).chain((e) =>
            fc.tuple(fc.constant(e), fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: e.candidates.length, maxLength: e.candidates.length })),
          ),
          fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
          ([election, names], seed) => {
            const to = new Map(election.candidates.map((c, i) => [c, names[i]!]));
            const rename = (c: string): string => to.get(c) ?? c;
            const back = new Map(election.candidates.map((c, i) => [names[i]!, c]));
            const ballots = election.ballots.map((b) => {
              if ("ranking" in b) return { ...b, ranking: b.ranking.map((e) => (typeof e === "string" ? rename(e) : e.map(rename))) };
              if ("approvals" in b) return { ...b, approvals: b.approvals.map(rename) };
              if ("scores" in b) return { ...b, scores: Object.fromEntries(Object.entries(b.scores).map(([k, v]) => [rename(k), v])) };
              return { ...b, grades: Object.fromEntries(Object.entries(b.grades).map(([k, v]) => [rename(k), v])) };
            });
            const options = optionsFor(method, seed === undefined ? {} : { tieBreak: { seed } });
            const original = tally(election, options);
            const other = tally({ candidates: election.candidates.map(rename), ballots }, options);
            expect(close(renamed(other, (c) => back.get(c) ?? c), original)).toBe(true);
          },
        ),
        { numRuns: 40 },
      );
    }
  });

  it("the seed alone decides every seeded tie-break: the same seed gives the same result, and a fully tied election goes to the lot's first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.oneof(fc.nat({ max: 0xffffffff }), fc.string()), fc.integer({ min: 1, max: 5 }), (n, seed, voters) => {
        const candidates = ids(n);
        const lot = lotOrder(seed, candidates);
        const tied: Record<string, Election> = {
          ranking: { candidates, ballots: [{ ranking: [candidates], count: voters }] },
          approvals: { candidates, ballots: [{ approvals: candidates, count: voters }] },
          scores: { candidates, ballots: [{ scores: Object.fromEntries(candidates.map((c) => [c, 3])), count: voters }] },
          grades: { candidates, ballots: [{ grades: Object.fromEntries(candidates.map((c) => [c, 2])), count: voters }] },
        };
        for (const method of tallyMethods) {
          const form = method === "approval" ? "approvals" : method === "score" ? "scores" : method === "majority-judgment" ? "grades" : "ranking";
          const once = tally(tied[form]!, { method, tieBreak: { seed } });
          expect(tally(tied[form]!, { method, tieBreak: { seed } }), method).toEqual(once);
          // Multi-round counts exclude the tied candidate last in the lot, round after round, so the lot's first wins there too.
          expect(once.winners, method).toEqual([lot[0]]);
          expect(once.lot?.order, method).toEqual(lot);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("without a seed, a result names more winners than seats exactly when it is a tie", () => {
    for (const method of tallyMethods) {
      fc.assert(
        fc.property(electionFor(method), (election) => {
          const r = tally(election, optionsFor(method));
          const seats = Math.min(r.seats, election.candidates.length);
          if (r.voters - r.blank > 0) expect(r.winners.length > seats, method).toBe(r.tie);
          expect(r.ranking.flat().sort(), method).toEqual([...election.candidates].sort());
        }),
        { numRuns: 60 },
      );
    }
  });
});
