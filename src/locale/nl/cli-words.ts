import type { CliWords } from "../cli-words.js";

/** Dutch text of the command line. */
export const nl: CliWords = {
  noPitfalls: (source, on) => `Geen valkuilen gevonden in ${source} op ${on}.`,
  pitfalls: (n, source, on) => `${n} valkuilen in ${source} op ${on}:`,
  matrix: { sector: "sector", whole: "alle sectoren", theme: "thema", key: "▨ betwist, — niet vertegenwoordigd", coalitionKey: "a+b een coalitie die gezamenlijk leidt, * de penvoerder" },
  compare: {
    scenario: "scenario",
    cells: "cellen",
    represented: "vertegenwoordigd",
    contested: "betwist",
    unrepresented: "niet vertegenwoordigd",
    hhi: "HHI",
    reach: "bereik",
    pitfalls: "valkuilen",
    theme: "thema",
    region: "regio",
    sector: "sector",
    differ: (n) => `${n} cellen met een andere leiding`,
    key: "≠ een ander antwoord dan #0, ▨ betwist, — niet vertegenwoordigd",
    money: "geld per jaar",
    fte: "fte",
    noFunding: "geen",
    unknown: "onbekend",
  },
  validate: {
    valid: "geldig",
    invalid: "ongeldig",
    summary: (name, model, organisations, mandates) =>
      `${name} (${model}; ${organisations} ${organisations === 1 ? "organisatie" : "organisaties"}, ${mandates} ${mandates === 1 ? "mandaat" : "mandaten"})`,
    problems: (n) => `${n} ${n === 1 ? "probleem" : "problemen"}`,
  },
  tally: { tie: " (gelijke stand)", ranking: "rangorde", round: (n) => `ronde ${n}`, totals: "totalen", pairwise: "paarsgewijs (rij tegen kolom)" },
};
