/**
 * Differential test against the npm package `votes` (v3) on random profiles, for every method
 * both implement under the same conventions. The profiles are complete strict rankings with an
 * odd total weight, so that no pairwise contest is tied; `votes` takes ballots as
 * `{ ranking: string[][], weight }` and the Condorcet methods a pairwise matrix.
 *
 * Left out, because the conventions differ:
 * - majority judgment: `votes` reads grades from ranking positions in six fixed categories and
 *   computes medians and breaks ties by another rule;
 * - score voting and STV: `votes` has neither;
 * - ties: `votes` settles a tied pair in ranked pairs by dropping every equal-strength edge on a
 *   cycle including losing directions, and ranks Schulze by the number of candidates beaten, so
 *   profiles whose result here is a tie are not compared for those methods.
 * Borda in `votes` gives n points for a first place (here n - 1) and Copeland 1 for a win and
 * 0.5 for a tie (here wins minus losses); the totals are compared through those offsets.
 */
import fc from "fast-check";
import {
  Approbation,
  Borda,
  Copeland,
  FirstPastThePost,
  InstantRunoff,
  RankedPairs,
  Schulze,
  TwoRoundRunoff,
  utils,
  type Ballot as VotesBallot,
} from "votes";
import { describe, expect, it } from "vitest";
import { tally, type Election } from "../../src/deliberation/public.js";
import { completeRanking, ids, pairwise } from "./fixtures.js";

interface Profile {
  readonly election: Election;
  readonly theirs: VotesBallot[];
}

const profile: fc.Arbitrary<Profile> = fc.integer({ min: 3, max: 6 }).chain((n) =>
  fc.array(fc.tuple(completeRanking(ids(n)), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 30 }).map((rows) => {
    const total = rows.reduce((s, [, w]) => s + w, 0);
    // An odd total weight: no pairwise tie is possible between complete strict rankings.
    const weights = rows.map(([, w], i) => (i === 0 && total % 2 === 0 ? w + 1 : w));
    const election: Election = { candidates: ids(n), ballots: rows.map(([ranking], i) => ({ ranking, count: weights[i]! })) };
    const theirs = rows.map(([ranking], i) => ({ ranking: ranking.map((c) => [c]), weight: weights[i]! }));
    return { election, theirs };
  }),
);

const sets = (ranking: readonly (readonly string[])[]): string[][] => ranking.map((g) => [...g].sort());
const runs = { numRuns: 150 };

describe("agreement with the votes package", () => {
  it("plurality: the same first-preference totals and ranking", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const ours = tally(election, { method: "plurality" });
        const other = new FirstPastThePost({ candidates: [...election.candidates], ballots: theirs });
        expect(ours.totals).toEqual(other.scores());
        expect(sets(ours.ranking)).toEqual(sets(other.ranking()));
      }),
      runs,
    );
  });

  it("Borda: totals that differ by exactly the total weight (n-1 versus n points for a first place), and the same ranking", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const ours = tally(election, { method: "borda" });
        const other = new Borda({ candidates: [...election.candidates], ballots: theirs });
        const weight = ours.voters;
        for (const [c, points] of Object.entries(other.scores())) expect(ours.totals?.[c]).toBe(points - weight);
        expect(sets(ours.ranking)).toEqual(sets(other.ranking()));
      }),
      runs,
    );
  });

  it("Copeland: wins minus losses equal twice the wins of votes minus (n - 1), and the same ranking", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const ours = tally(election, { method: "copeland" });
        const other = new Copeland(utils.matrixFromBallots(theirs, [...election.candidates]));
        const n = election.candidates.length;
        for (const [c, wins] of Object.entries(other.scores())) expect(ours.totals?.[c]).toBe(2 * wins - (n - 1));
        expect(sets(ours.ranking)).toEqual(sets(other.ranking()));
      }),
      runs,
    );
  });

  it("approval: the same totals and ranking (an approval ballot is a one-level ranking for votes)", () => {
    fc.assert(
      fc.property(profile, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 30, maxLength: 30 }), ({ election, theirs }, cuts) => {
        const approvals = election.ballots.map((b, i) => ({ approvals: ("ranking" in b ? b.ranking : []).slice(0, cuts[i]) as string[], count: b.count ?? 1 }));
        const ours = tally({ candidates: election.candidates, ballots: approvals }, { method: "approval" });
        const other = new Approbation({ candidates: [...election.candidates], ballots: approvals.map((b, i) => ({ ranking: [b.approvals], weight: theirs[i]!.weight })) });
        expect(ours.totals).toEqual(other.scores());
        expect(sets(ours.ranking)).toEqual(sets(other.ranking()));
      }),
      runs,
    );
  });

  it("instant-runoff: the same winner and the same counts in every round, when no round has a tie", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const ours = tally(election, { method: "irv" });
        fc.pre((ours.rounds ?? []).every((r) => r.tie === undefined));
        const other = new InstantRunoff({ candidates: [...election.candidates], ballots: theirs });
        const rounds = other.computeRounds();
        (ours.rounds ?? []).forEach((round, i) => {
          expect(round.counts).toEqual(rounds[i]?.roundResult.scores);
        });
        expect(ours.winners).toEqual(other.ranking()[0]);
      }),
      runs,
    );
  });

  it("two-round: the same winner, when the count has no tie", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const ours = tally(election, { method: "two-round" });
        fc.pre(!ours.tie);
        const other = new TwoRoundRunoff({ candidates: [...election.candidates], ballots: theirs });
        expect(ours.winners).toEqual(other.ranking()[0]);
        expect(ours.rounds?.[0]?.counts).toEqual(other.computeRounds()[0]?.roundResult.scores);
      }),
      runs,
    );
  });

  it("Schulze (winning votes): the same winner, when there is one", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const ours = tally(election, { method: "schulze" });
        fc.pre(!ours.tie);
        const other = new Schulze(utils.matrixFromBallots(theirs, [...election.candidates]));
        expect(ours.winners).toEqual(other.ranking()[0]);
      }),
      runs,
    );
  });

  it("ranked pairs (winning votes): the same ranking, when no two majorities are equally strong", () => {
    fc.assert(
      fc.property(profile, ({ election, theirs }) => {
        const d = pairwise(election);
        const strengths = d.flatMap((row, a) => row.filter((v, b) => a !== b && v > d[b]![a]!));
        fc.pre(new Set(strengths).size === strengths.length);
        const ours = tally(election, { method: "ranked-pairs" });
        const other = new RankedPairs(utils.matrixFromBallots(theirs, [...election.candidates]));
        expect(sets(ours.ranking)).toEqual(sets(other.ranking()));
        expect(ours.tie).toBe(false);
      }),
      runs,
    );
  });
});
