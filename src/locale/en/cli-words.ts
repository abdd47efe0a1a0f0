import type { CliWords } from "../cli-words.js";

/** English text of the command line. */
export const en: CliWords = {
  noPitfalls: (source, on) => `No pitfalls found in ${source} on ${on}.`,
  pitfalls: (n, source, on) => `${n} pitfalls in ${source} on ${on}:`,
  matrix: { sector: "sector", whole: "all sectors", theme: "theme", key: "▨ contested, — unrepresented", coalitionKey: "a+b a coalition leading together, * its spokesperson" },
  compare: {
    scenario: "scenario",
    cells: "cells",
    represented: "represented",
    contested: "contested",
    unrepresented: "unrepresented",
    hhi: "HHI",
    reach: "reach",
    pitfalls: "pitfalls",
    theme: "theme",
    region: "region",
    sector: "sector",
    differ: (n) => `${n} cells with a different lead`,
    key: "≠ a different answer from #0, ▨ contested, — unrepresented",
    money: "money a year",
    fte: "FTE",
    noFunding: "none",
    unknown: "unknown",
  },
  validate: {
    valid: "valid",
    invalid: "invalid",
    summary: (name, model, organisations, mandates) =>
      `${name} (${model}; ${organisations} ${organisations === 1 ? "organisation" : "organisations"}, ${mandates} ${mandates === 1 ? "mandate" : "mandates"})`,
    problems: (n) => `${n} ${n === 1 ? "problem" : "problems"}`,
  },
  tally: { tie: " (tie)", ranking: "ranking", round: (n) => `round ${n}`, totals: "totals", pairwise: "pairwise (row over column)" },
};
