import type { CouncilWords } from "../council-words.js";
import { numbers } from "./numbers.js";

const { figure, percent } = numbers;

/** Dutch words of a council's explanation. */
export const nl: CouncilWords = {
  methods: {
    plurality: "relatieve meerderheid",
    "two-round": "twee stemrondes",
    irv: "instant-runoff (alternatieve stem)",
    borda: "de Borda-telling",
    copeland: "de methode-Copeland",
    schulze: "de Schulze-methode",
    "ranked-pairs": "ranked pairs (Tideman)",
    approval: "goedkeuringsstemming",
    score: "scorestemming",
    "majority-judgment": "meerderheidsoordeel",
    stv: "enkelvoudig overdraagbare stem (STV)",
  },
  groups: {
    all: "alle deelnemers",
    organised: "georganiseerde leraren",
    unorganised: "ongeorganiseerde leraren",
    organisation: (id) => `leden van ${id}`,
    sector: (id) => `sector ${id}`,
    region: (id) => `regio ${id}`,
  },
  per: { organisation: "elke organisatie", sector: "elke sector", region: "elke regio" },
  and: "en",
  votes: (weight) => `${figure(weight)} ${weight === 1 ? "stem" : "stemmen"}`,
  majority: (where, threshold) => `een meerderheid onder ${where}${threshold === undefined ? "" : ` (meer dan ${percent(threshold)})`}`,
  sameWinner: (where) => `dezelfde uitkomst bij ${where}`,
  turnout: (min, where) => `een opkomst van ten minste ${percent(min)} onder ${where}`,
  voters: (min, where) => `ten minste ${figure(min)} ${min === 1 ? "stem" : "stemmen"} van ${where}`,
  nothingToMeasure: "niet te meten",
  share: percent,
  against: (option) => ` tegenover ${option}`,
  count: figure,
  noGroupToCheck: "geen groep om te toetsen",
  noVotes: "Geen uitkomst: er is op geen enkele optie gestemd.",
  tie: (winners) => `Geen uitkomst: gelijke stand tussen ${winners}.`,
  outcome: (winners) => `Uitkomst: ${winners}.`,
  reachedNoOutcome: (who, ballots) => `${who} (${ballots}) kwamen niet tot een uitkomst`,
  chose: (who, ballots, winners) => `${who} (${ballots}) kozen ${winners}`,
  title: "Het lerarenberaad",
  header: (title, ballots, headcount, turnout, method) =>
    `${title}: ${ballots} van ${headcount} ${headcount === 1 ? "deelnemer" : "deelnemers"}${turnout === null ? "" : `, opkomst ${percent(turnout)}`}, geteld met ${method}.`,
  met: "gehaald",
  notMet: "niet gehaald",
  noRequirements: "De raad stelde geen eisen aan het draagvlak.",
  supported: "De uitkomst heeft het draagvlak waar de raad om vroeg.",
  notSupported: "De uitkomst heeft niet het draagvlak waar de raad om vroeg.",
};
