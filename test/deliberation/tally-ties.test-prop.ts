import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tally, tallyMethods, type Election, type TallyOptions } from "../../src/deliberation/public.js";
import { electionFor, ids, rankingOf } from "./fixtures.js";

/** Ranked elections of 3 to 6 candidates with many low, equal counts: the ground ties grow in. */
const tieProne = fc.integer({ min: 3, max: 6 }).chain((n) => {
  const candidates = ids(n);
  const ballot = fc.tuple(rankingOf(candidates), fc.integer({ min: 1, max: 3 })).map(([ranking, count]) => ({ ranking, count }));
  return fc.array(ballot, { minLength: 1, maxLength: 12 }).map((ballots): Election => ({ candidates, ballots }));
});

const SEEDS = 48;
const key = (winners: readonly string[]): string => [...winners].sort().join(",");

describe("a tie is reported exactly when lots disagree", () => {
  for (const options of [{ method: "irv" }, { method: "stv", seats: 2 }] as const) {
    it(`${options.method}: a reported tie has two lots that elect differently; a reported outcome is what every lot elects`, () => {
      fc.assert(
        fc.property(tieProne, (election) => {
          const plain = tally(election, options);
          const lots = new Set(Array.from({ length: SEEDS }, (_, seed) => key(tally(election, { ...options, tieBreak: { seed } }).winners)));
          if (plain.tie) expect(lots.size).toBeGreaterThan(1);
          else expect([...lots]).toEqual([key(plain.winners)]);
        }),
        { numRuns: 150 },
      );
    });
  }
});

/** Scales every count of an election's ballots by `factor`. */
function scaled(election: Election, factor: number): Election {
  return { candidates: election.candidates, ballots: election.ballots.map((b) => ({ ...b, count: (b.count ?? 1) * factor })) };
}

describe("totals compare relatively", () => {
  const factor = fc.constantFrom(1e-12, 3e-10, 1e-6, 0.5, 7, 1e9, 1e200);
  for (const method of tallyMethods) {
    it(`${method}: scaling every weight by a positive factor keeps the winners and the ties`, () => {
      // The Droop quota, floor(valid / (seats + 1)) + 1, is whole by definition and so not scale-free: STV is checked with Hare's.
      const options: TallyOptions = { method, ...(method === "stv" || method === "approval" ? { seats: 2 } : {}), ...(method === "stv" ? { quota: "hare" as const } : {}) };
      fc.assert(
        fc.property(electionFor(method, 10), factor, (election, k) => {
          const base = tally(election, options);
          const big = tally(scaled(election, k), options);
          expect(big.winners).toEqual(base.winners);
          expect(big.tie).toBe(base.tie);
          expect(big.ranking).toEqual(base.ranking);
        }),
        { numRuns: 60 },
      );
    });
  }
});
