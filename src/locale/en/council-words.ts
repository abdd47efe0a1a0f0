import type { CouncilWords } from "../council-words.js";
import { numbers } from "./numbers.js";

const { figure, percent } = numbers;

/** English words of a council's explanation. */
export const en: CouncilWords = {
  methods: {
    plurality: "plurality",
    "two-round": "the two-round system",
    irv: "instant-runoff voting",
    borda: "the Borda count",
    copeland: "Copeland's method",
    schulze: "the Schulze method",
    "ranked-pairs": "ranked pairs",
    approval: "approval voting",
    score: "score voting",
    "majority-judgment": "majority judgment",
    stv: "the single transferable vote",
  },
  groups: {
    all: "all participants",
    organised: "organised teachers",
    unorganised: "unorganised teachers",
    organisation: (id) => `members of ${id}`,
    sector: (id) => `sector ${id}`,
    region: (id) => `region ${id}`,
  },
  per: { organisation: "every organisation", sector: "every sector", region: "every region" },
  and: "and",
  votes: (weight) => `${figure(weight)} ${weight === 1 ? "vote" : "votes"}`,
  majority: (where, threshold) => `a majority among ${where}${threshold === undefined ? "" : ` (more than ${percent(threshold)})`}`,
  sameWinner: (where) => `the same outcome among ${where}`,
  turnout: (min, where) => `a turnout of at least ${percent(min)} among ${where}`,
  voters: (min, where) => `at least ${figure(min)} ${min === 1 ? "vote" : "votes"} from ${where}`,
  nothingToMeasure: "nothing to measure",
  share: percent,
  against: (option) => ` against ${option}`,
  count: figure,
  noGroupToCheck: "no group to check",
  noVotes: "No outcome: no votes were cast for any option.",
  tie: (winners) => `No outcome: a tie between ${winners}.`,
  outcome: (winners) => `Outcome: ${winners}.`,
  reachedNoOutcome: (who, ballots) => `${who} (${ballots}) reached no outcome`,
  chose: (who, ballots, winners) => `${who} (${ballots}) chose ${winners}`,
  title: "The teachers' council",
  header: (title, ballots, headcount, turnout, method) =>
    `${title}: ${ballots} from ${headcount} ${headcount === 1 ? "participant" : "participants"}${turnout === null ? "" : `, turnout ${percent(turnout)}`}, counted by ${method}.`,
  met: "met",
  notMet: "not met",
  noRequirements: "The council set no support requirements.",
  supported: "The outcome has the support the council asked for.",
  notSupported: "The outcome does not have the support the council asked for.",
};
