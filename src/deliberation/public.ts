/** Public exports of the deliberation part; src/council.ts (`beroepsgroep/council`) re-exports this list. */
export type { ApprovalBallot, Ballot, Election, GradeBallot, RankingBallot, RankingEntry, ScoreBallot } from "./election.js";
export { tally } from "./tally.js";
export { tallyMethods, type Seed, type TallyMethod, type TallyOptions } from "./tally-options.js";
export type {
  MeritProfile,
  PairwiseTable,
  RankedPair,
  RoundTie,
  RoundTransfer,
  TallyResult,
  TallyRound,
  TieBreak,
} from "./tally-result.js";
export { TallyError, type TallyIssue } from "./tally-error.js";
export { lotOrder } from "./lot.js";
export { apportion, type ApportionMethod, type ApportionOptions, type Apportionment, type AwardedSeat } from "./apportion.js";
export { deliberate, type DeliberateOptions } from "./deliberate.js";
export type {
  Council,
  CouncilBallot,
  CouncilGroup,
  CouncilOption,
  Deliberation,
  GroupKind,
  GroupRef,
  Participant,
  RequirementCheck,
  RequirementResult,
  SupportRequirement,
} from "./council.js";
