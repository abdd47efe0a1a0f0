import { rulesOf } from "../../governance/models.js";
import { addMonthsThenDays, dayWithNumber, LAST_DAY } from "../../model/calendar.js";
import type { Funding, IsoDate } from "../../model/types.js";
import type { Finding, FundingReason } from "../finding.js";
import { countEn, countNl } from "../format.js";
import type { PitfallContext } from "./context.js";

/** Reasons that on their own mean the money runs out: the LC's lesson in full. */
const GRAVE: readonly FundingReason[] = ["no-funding", "ended", "ending", "no-budget", "no-fte"];

/**
 * The day `months` after `on`, and whether it lies past the end of the calendar: then the
 * horizon is the calendar's last day and takes it in, so every end of funding falls within it.
 */
function horizonOf(on: IsoDate, months: number): { day: IsoDate; beyond: boolean } {
  const day = dayWithNumber(addMonthsThenDays(on, months, 0));
  return day === undefined ? { day: LAST_DAY, beyond: true } : { day, beyond: false };
}

function reasonsFor(funding: Funding | undefined, on: IsoDate, horizon: { day: IsoDate; beyond: boolean }, minBudget: number, minFte: number): FundingReason[] {
  if (funding === undefined) return ["no-funding"];
  const reasons: FundingReason[] = [];
  if (!funding.structural) reasons.push("one-off");
  if (funding.until !== undefined && funding.until <= on) reasons.push("ended");
  else if (funding.until !== undefined && (horizon.beyond || funding.until < horizon.day)) reasons.push("ending");
  // A figure left out is unknown, not zero: only recorded figures can show too little money.
  const budget = funding.annualBudgetEur;
  if (budget === 0) reasons.push("no-budget");
  else if (budget !== undefined && budget < minBudget) reasons.push("low-budget");
  const fte = funding.fte;
  if (fte === 0) reasons.push("no-fte");
  else if (fte !== undefined && fte < minFte) reasons.push("low-fte");
  return reasons;
}

function words(reason: FundingReason, funding: Funding | undefined, minBudget: number, minFte: number, reasons: readonly FundingReason[]): { en: string; nl: string } {
  const until = funding?.until ?? "";
  switch (reason) {
    case "no-funding": return { en: "no funding is recorded", nl: "er is geen financiering vastgelegd" };
    case "one-off":
      // Say when a start subsidy runs out, unless another reason already says it.
      return funding?.until === undefined || reasons.includes("ended") || reasons.includes("ending")
        ? { en: "the funding is one-off, not structural", nl: "de financiering is eenmalig, niet structureel" }
        : { en: `the funding is one-off, not structural, and runs until ${until}`, nl: `de financiering is eenmalig, niet structureel, en loopt tot ${until}` };
    case "ended": return { en: `the funding ended on ${until}`, nl: `de financiering is geëindigd op ${until}` };
    case "ending": return { en: `the funding stops on ${until}`, nl: `de financiering stopt op ${until}` };
    case "no-budget": return { en: "there is no budget for the work", nl: "er is geen werkbudget" };
    case "low-budget": {
      const budget = funding?.annualBudgetEur ?? 0;
      return {
        en: `the budget of EUR ${countEn(budget)} a year is below EUR ${countEn(minBudget)}`,
        nl: `het budget van EUR ${countNl(budget)} per jaar is lager dan EUR ${countNl(minBudget)}`,
      };
    }
    case "no-fte": return { en: "there are no FTE for the work", nl: "er zijn geen fte voor het werk" };
    case "low-fte": {
      const fte = funding?.fte ?? 0;
      return { en: `${countEn(fte)} FTE is below ${countEn(minFte)}`, nl: `${countNl(fte)} fte is minder dan ${countNl(minFte)}` };
    }
  }
}

/**
 * The LC's lesson: too little financial strength. Only an OC 2.0 model records
 * its funding; it fires on no funding, one-off funding, funding that has ended or
 * stops within `fundingHorizonMonths`, or a recorded budget or FTE below the
 * minimum (a figure left out is unknown and fires nothing). Severity is high when
 * the money runs out: no funding, funding ended or ending, one-off funding with an
 * end date (a start subsidy), or a recorded budget or FTE of zero; medium
 * otherwise (one-off funding with no end recorded, a budget or FTE below the
 * minimum). Coordination and alternative models rest on the organisations' own
 * means and record no funding, so the pitfall does not fire for them.
 */
export function fragileFunding({ scenario, matrix, thresholds }: PitfallContext): Finding | undefined {
  // Only a body records its funding (see the model's facts).
  const model = rulesOf(scenario.model).facts(scenario.model).body;
  if (model === undefined) return undefined;
  const horizon = horizonOf(matrix.on, thresholds.fundingHorizonMonths);
  const reasons = reasonsFor(model.funding, matrix.on, horizon, thresholds.minAnnualBudgetEur, thresholds.minFte);
  if (reasons.length === 0) return undefined;
  const said = reasons.map((r) => words(r, model.funding, thresholds.minAnnualBudgetEur, thresholds.minFte, reasons));
  return {
    id: "fragile-funding",
    severity: reasons.some((r) => GRAVE.includes(r)) || (reasons.includes("one-off") && model.funding?.until !== undefined) ? "high" : "medium",
    message: {
      en: `Fragile funding: ${said.map((s) => s.en).join("; ")}. The LC was dissolved for lack of financial strength.`,
      nl: `Kwetsbare financiering: ${said.map((s) => s.nl).join("; ")}. Het LC werd opgeheven wegens een gebrek aan financiële slagkracht.`,
    },
    evidence: {
      body: model.body,
      funding: model.funding ?? null,
      reasons,
      horizon: horizon.day,
      minAnnualBudgetEur: thresholds.minAnnualBudgetEur,
      minFte: thresholds.minFte,
    },
  };
}
