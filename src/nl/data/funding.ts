import type { FundingPeriod } from "../../model/types.js";

/**
 * The money behind the Dutch bodies and programmes, as funding periods. Every period
 * names the source that records it; an amount or FTE left out is unknown (no source
 * gives it), never zero. Where a day is not in the sources, the note says which day is
 * used and why.
 */

/** The OC: paid by the ministry throughout its life, recurring money from one funder, not one-off money. */
export const OC_FUNDING: readonly FundingPeriod[] = [
  {
    id: "oc-ocw",
    by: "OCW",
    kind: "structural",
    from: "2011-03-01",
    for: "oc",
    source: "letter",
    note:
      "Paid by the ministry throughout its life: the letter says the OC was founded 'met behulp van bekostiging door OCW', " +
      "and the Bestuursakkoord Beroepsgroep Leraren 2012-2015 (bestuursakkoord-2012) tied its work to the state secretary. " +
      "Wholly dependent on that one funder: BON's reason to leave in October 2016 (bon-leaves-oc). Recurring money, not " +
      "one-off money, so it is structural, with no end of its own before the body's (dissolved 1 January 2019): the money did " +
      "not run out, the body was wound up. Amounts and FTEs are not in the sources.",
  },
];

/** The LC: a start subsidy for po in 2020, and from December 2021 support for vo founding organisers. */
export const LC_FUNDING: readonly FundingPeriod[] = [
  {
    id: "lc-start-subsidy",
    by: "OCW",
    kind: "one-off",
    from: "2020-03-02",
    until: "2023-06-28",
    for: "lc",
    source: "letter",
    note:
      "The letter: in 2020 the minister made 'een startsubsidie' available to explore, with founding organisers, whether and " +
      "how the LC could represent the profession. The source gives the year only: the LC's official start (2 March 2020, " +
      "lc-start) is used. When the subsidy ran out is not in the sources: it is ended with the association on 28 June 2023 " +
      "(an ASSUMPTION). Amount unknown.",
  },
  {
    id: "lc-vo-subsidy",
    by: "OCW",
    kind: "one-off",
    from: "2021-12-22",
    until: "2023-06-28",
    for: "lc",
    source: "lc-vo-subsidy",
    note:
      "A start subsidy for four founding organisers of a vo department, announced on 22 December 2021 (lc-vo-subsidy, the news " +
      "date). Its end is not in the sources: ended with the association on 28 June 2023 (an ASSUMPTION). Amount unknown.",
  },
];

/** The growth-fund programme for teachers' professional development, granted on 30 June 2023. */
export const GROWTH_FUND: FundingPeriod = {
  id: "growth-fund-napl",
  by: "Nationaal Groeifonds",
  kind: "project",
  from: "2023-06-30",
  until: "2033-06-30",
  for: "Nationale aanpak professionalisering van leraren",
  source: "napl-granted-partners",
  note:
    "A bid in the letter ('de groeifondsaanvraag'), submitted by OCW on 3 February 2023 (napl-submitted), granted on 30 June " +
    "2023: EUR 73.1 million, and EUR 86.5 million more on conditions, for a ten-year programme (napl-granted, " +
    "napl-granted-partners). The yearly amount is not given, so it is left unknown rather than spread evenly; the end, ten " +
    "years after the grant, is an ASSUMPTION about the day.",
};

/**
 * What the letter asks of OCW for the exploration now: 'facilitering en ondersteuning ... in de vorm van een werkbudget en
 * FTE's'. Not granted as far as the sources show; its amount, FTEs and days are unknown. It runs here from the letter's
 * time to the day the proposed models start (an ASSUMPTION), so that each proposal shows the request.
 */
export const EXPLORATION_REQUEST: FundingPeriod = {
  id: "exploration-request",
  by: "OCW",
  kind: "project",
  from: "2024-01-01",
  until: "2026-01-01",
  for: "exploration",
  source: "letter",
  note:
    "REQUESTED, NOT GRANTED as far as the sources show: the letter asks for a working budget and FTEs so that the exploration " +
    "can be carried out properly. Amount and FTEs UNKNOWN: the letter names no figures. The days are an ASSUMPTION: the " +
    "letter is undated (written after 26 June 2023) and gives no period.",
};

/**
 * The money each proposal asks for its model: the letter wants 'bijpassende financiering' whatever model is chosen, and
 * names no figures. Recorded as structural money from OCW from the proposals' start, amount and FTEs UNKNOWN.
 */
export function proposalFunding(model: string): FundingPeriod {
  return {
    id: "letter-request",
    by: "OCW",
    kind: "structural",
    from: "2026-01-01",
    source: "letter",
    note:
      `REQUESTED, NOT GRANTED: for ${model}, the letter asks for 'bijpassende financiering' ('de facilitering van de ` +
      "gelijkwaardige rol in het stakeholder veld, met bijpassende financiering'). Amount and FTEs UNKNOWN: the letter names no " +
      "figures. Structural because the letter asks for lasting facilitation; the start day is the proposals' (an ASSUMPTION).",
  };
}
