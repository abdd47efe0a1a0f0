/**
 * One place in a ranking: a candidate id, or several ids tied at that place.
 * @category Deliberation
 */
export type RankingEntry = string | readonly string[];

/**
 * A ranked ballot: most preferred first; candidates left off are tied below every listed one.
 * @category Deliberation
 */
export interface RankingBallot {
  readonly ranking: readonly RankingEntry[];
  /** How many identical ballots this stands for, or a voter's weight; 1 when left out. */
  readonly count?: number;
}

/**
 * An approval ballot: the candidates the voter approves of.
 * @category Deliberation
 */
export interface ApprovalBallot {
  readonly approvals: readonly string[];
  /** How many identical ballots this stands for, or a voter's weight; 1 when left out. */
  readonly count?: number;
}

/**
 * A score ballot: a number per candidate, within the tally's `scoreRange`; a missing score means 0.
 * @category Deliberation
 */
export interface ScoreBallot {
  readonly scores: Readonly<Record<string, number>>;
  /** How many identical ballots this stands for, or a voter's weight; 1 when left out. */
  readonly count?: number;
}

/**
 * A grade ballot for majority judgment: a whole grade per candidate, higher is better; a missing grade is the lowest (0).
 * @category Deliberation
 */
export interface GradeBallot {
  readonly grades: Readonly<Record<string, number>>;
  /** How many identical ballots this stands for, or a voter's weight; 1 when left out. */
  readonly count?: number;
}

/**
 * A ballot in one of the four forms.
 * @category Deliberation
 */
export type Ballot = RankingBallot | ApprovalBallot | ScoreBallot | GradeBallot;

/**
 * What {@link tally} counts: the candidates standing, in a fixed order, and the ballots.
 * @category Deliberation
 */
export interface Election {
  readonly candidates: readonly string[];
  readonly ballots: readonly Ballot[];
}
