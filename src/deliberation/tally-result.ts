import type { Seed, TallyMethod } from "./tally-options.js";

/**
 * A square table over the candidates: `table[a][b]` is the weight of the ballots that
 * rank `a` above `b` (for `pairwise`) or the strength of the strongest path (for `strongestPaths`).
 * @category Deliberation
 */
export type PairwiseTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * How a tie met during a count was settled, or that it was not.
 *
 * - `all-together`: the tied candidates were excluded at once because their order could not matter;
 * - `earlier-rounds`: the candidate with fewer votes in the latest earlier round where they differ went out;
 * - `lot`: the seeded lot decided;
 * - `immaterial`: every way of breaking the tie elects the same candidates, so the count went on (the last listed went out);
 * - `unresolved`: the ways of breaking the tie elect different candidates; the count stops and the result is a tie.
 * @category Deliberation
 */
export interface RoundTie {
  readonly among: readonly string[];
  readonly resolvedBy: "all-together" | "earlier-rounds" | "lot" | "immaterial" | "unresolved";
}

/**
 * What moved into a round's counts: a surplus of elected candidates, or the ballots of excluded ones.
 * @category Deliberation
 */
export interface RoundTransfer {
  readonly kind: "surplus" | "elimination";
  readonly from: readonly string[];
  /** For a surplus: the share of each ballot's value that moved on (surplus / votes). */
  readonly factors?: Readonly<Record<string, number>>;
}

/**
 * One count of a multi-round method.
 * @category Deliberation
 */
export interface TallyRound {
  /** 1 for the first count. */
  readonly round: number;
  /** The votes of every candidate still in the count (for STV also those already elected). */
  readonly counts: Readonly<Record<string, number>>;
  /** The value of the ballots that no longer count for anyone. */
  readonly exhausted: number;
  /** Candidates elected in this round. */
  readonly elected: readonly string[];
  /** Candidates excluded in this round. */
  readonly eliminated: readonly string[];
  /** What moved into these counts from the previous round. */
  readonly transfer?: RoundTransfer;
  /** A tie met in this round and how it was settled. */
  readonly tie?: RoundTie;
}

/**
 * One majority considered by ranked pairs, in the order they were considered.
 * @category Deliberation
 */
export interface RankedPair {
  readonly winner: string;
  readonly loser: string;
  /** Ballots ranking the winner above the loser. */
  readonly for: number;
  /** Ballots ranking the loser above the winner. */
  readonly against: number;
  /** The strength used to order the pairs (winning votes, margin or ratio). */
  readonly strength: number;
  /**
   * `locked`; `cycle` when it would close a cycle with pairs locked before it; `tied-cycle` when it
   * closes a cycle only together with pairs of the same strength, so that no order among them is preferred.
   */
  readonly status: "locked" | "cycle" | "tied-cycle";
}

/**
 * A candidate's grades under majority judgment.
 * @category Deliberation
 */
export interface MeritProfile {
  /** The weight of each grade, lowest grade first. */
  readonly distribution: readonly number[];
  /** The majority grade: the lower median. */
  readonly majorityGrade: number;
  /** Share of the weight strictly above the majority grade. */
  readonly above: number;
  /** Share of the weight strictly below the majority grade. */
  readonly below: number;
}

/**
 * A tie that the seeded lot broke.
 * @category Deliberation
 */
export interface TieBreak {
  /** Where: the final `ranking`, an `elimination` in a round, or the order of equally strong `pairs`. */
  readonly stage: "ranking" | "elimination" | "pairs";
  readonly round?: number;
  readonly among: readonly string[];
  /** The tied candidates in lot order (for an elimination: the one excluded last). */
  readonly order: readonly string[];
}

/**
 * The result of {@link tally}.
 * @category Deliberation
 */
export interface TallyResult {
  readonly method: TallyMethod;
  /** The elected candidates; more than `seats` exactly when `tie` is true; empty when no ballot named anyone. */
  readonly winners: readonly string[];
  /** Every candidate, best first; candidates the method cannot separate share a group. */
  readonly ranking: readonly (readonly string[])[];
  /** True when the method cannot separate the winners and no tie-break was asked for. */
  readonly tie: boolean;
  readonly seats: number;
  /** The total weight of the ballots cast. */
  readonly voters: number;
  /** The weight of ballots that name no candidate (an empty ranking or no approvals); they count for nobody. */
  readonly blank: number;
  /** How many different ballots there were, after grouping identical ones. */
  readonly distinctBallots: number;
  /** Every count of a multi-round method (`two-round`, `irv`, `stv`). */
  readonly rounds?: readonly TallyRound[];
  /** The pairwise preferences (`copeland`, `schulze`, `ranked-pairs`). */
  readonly pairwise?: PairwiseTable;
  /** Per candidate: votes, points, approvals, score sums, Copeland scores, or the majority grade. */
  readonly totals?: Readonly<Record<string, number>>;
  /** `schulze`: the strength of the strongest path between each pair. */
  readonly strongestPaths?: PairwiseTable;
  /** `ranked-pairs`: every majority, strongest first, and whether it was locked. */
  readonly pairs?: readonly RankedPair[];
  /** `majority-judgment`: each candidate's merit profile. */
  readonly merits?: Readonly<Record<string, MeritProfile>>;
  /** `stv`: the quota. */
  readonly quota?: number;
  /** The lot drawn from the seed, when a tie-break was asked for. */
  readonly lot?: { readonly seed: Seed; readonly order: readonly string[] };
  /** Every tie the lot broke. */
  readonly tieBreaks?: readonly TieBreak[];
}
