import type { Election } from "./election.js";
import { drawLot } from "./lot.js";
import { approval } from "./methods/approval.js";
import { borda } from "./methods/borda.js";
import { copeland } from "./methods/copeland.js";
import type { Count, Counted } from "./methods/count.js";
import { irv } from "./methods/irv.js";
import { majorityJudgment } from "./methods/majority-judgment.js";
import { plurality } from "./methods/plurality.js";
import { rankedPairs } from "./methods/ranked-pairs.js";
import { schulze } from "./methods/schulze.js";
import { score } from "./methods/score.js";
import { stv } from "./methods/stv.js";
import { twoRound } from "./methods/two-round.js";
import { readElection, type Wording } from "./read-election.js";
import { idsOf, splitByLot, winnersOf } from "./ranking-kit.js";
import { readSettings, type Settings, type TallyMethod, type TallyOptions } from "./tally-options.js";
import type { TallyResult, TieBreak } from "./tally-result.js";

const methods: Readonly<Record<TallyMethod, (count: Count) => Counted>> = {
  plurality,
  "two-round": twoRound,
  irv,
  borda,
  copeland,
  schulze,
  "ranked-pairs": rankedPairs,
  approval,
  score,
  "majority-judgment": majorityJudgment,
  stv,
};

/** The method's own findings, without the ranking and decision that the result states in its own words. */
function detailsOf(counted: Counted): Partial<TallyResult> {
  const out: { -readonly [K in keyof TallyResult]?: TallyResult[K] } = {};
  if (counted.rounds !== undefined) out.rounds = counted.rounds;
  if (counted.pairwise !== undefined) out.pairwise = counted.pairwise;
  if (counted.totals !== undefined) out.totals = counted.totals;
  if (counted.strongestPaths !== undefined) out.strongestPaths = counted.strongestPaths;
  if (counted.pairs !== undefined) out.pairs = counted.pairs;
  if (counted.merits !== undefined) out.merits = counted.merits;
  if (counted.quota !== undefined) out.quota = counted.quota;
  return out;
}

/** Counts an election under checked settings; `words` name the caller and the things voted on in error messages. */
export function countElection(election: unknown, settings: Settings, words: Wording): TallyResult {
  const profile = readElection(election, settings, words);
  const n = profile.candidates.length;
  const base = {
    method: settings.method,
    seats: settings.seats,
    voters: profile.voters,
    blank: profile.blank,
    distinctBallots: profile.distinct,
  };
  if (n === 0 || profile.voters - profile.blank <= 0) {
    // Nobody voted for anything: a valid election without a winner, and nothing for a lot to decide.
    return { ...base, winners: [], ranking: n === 0 ? [] : [[...profile.candidates]], tie: false };
  }
  const lot = settings.seed === undefined ? undefined : drawLot(settings.seed, n);
  const breaks: TieBreak[] = [];
  const counted = methods[settings.method]({ profile, settings, lot, breaks });
  const ranking = lot === undefined ? counted.ranking : splitByLot(counted.ranking, lot, profile.candidates, breaks);
  const { winners, tie } = counted.decided ?? winnersOf(ranking, Math.min(settings.seats, n));
  return {
    ...base,
    winners: idsOf(profile, winners),
    ranking: ranking.map((group) => idsOf(profile, group)),
    tie,
    ...detailsOf(counted),
    ...(lot === undefined ? {} : { lot: { seed: lot.seed, order: idsOf(profile, lot.order) }, tieBreaks: breaks }),
  };
}

/**
 * Counts an election by one of eleven well-known methods, showing every round of a
 * multi-round count, the pairwise table of the Condorcet methods and the totals.
 *
 * Ballots with identical content are grouped first (their counts summed) and each distinct
 * ballot is checked once, so that a hundred thousand ballots over a few options count in
 * little more time than it takes to read them. Ties the method cannot break are reported
 * (`tie: true`, with every tied candidate among the winners) unless `tieBreak: { seed }` asks
 * for a lot ({@link lotOrder}), which then breaks every remaining tie and is recorded in
 * `tieBreaks`. How each method breaks ties itself:
 *
 * - `plurality`, `borda`, `copeland`, `approval`, `score`: not at all, equal totals tie;
 * - `two-round`: everyone tied for second place goes to the second round; a tie there is a tie;
 * - `irv`, `stv`: a tie for exclusion goes all together when that cannot matter, else to the
 *   candidate with fewer votes in the latest earlier round where they differ; if still tied,
 *   every way is tried, and only when they elect different candidates is the result a tie;
 * - `schulze`, `ranked-pairs`: candidates neither beats share a place; ranked pairs takes
 *   equally strong majorities together (see {@link RankedPair});
 * - `majority-judgment`: equal majority grades are separated by the majority value; only
 *   identical grade distributions tie.
 *
 * @param election - the candidates and the ballots ({@link Ballot})
 * @param options - the method and its settings ({@link TallyOptions})
 * @returns the {@link TallyResult}; an election without votes has no winner
 * @throws {@link TallyError} naming every bad ballot by index and problem (unknown or
 *   repeated candidates, negative counts, scores or grades out of range, a ballot of the wrong
 *   form for the method) and every bad option
 * @example
 * ```ts
 * const result = tally(
 *   {
 *     candidates: ["memphis", "nashville", "chattanooga", "knoxville"],
 *     ballots: [
 *       { ranking: ["memphis", "nashville", "chattanooga", "knoxville"], count: 42 },
 *       { ranking: ["nashville", "chattanooga", "knoxville", "memphis"], count: 26 },
 *       { ranking: ["chattanooga", "knoxville", "nashville", "memphis"], count: 15 },
 *       { ranking: ["knoxville", "chattanooga", "nashville", "memphis"], count: 17 },
 *     ],
 *   },
 *   { method: "irv" },
 * );
 * result.winners; // => ["knoxville"]
 * result.rounds?.length; // => 3
 * ```
 * @category Deliberation
 */
export function tally(election: Election, options: TallyOptions): TallyResult {
  return countElection(election, readSettings(options, "tally"), { context: "tally", noun: "a candidate" });
}
