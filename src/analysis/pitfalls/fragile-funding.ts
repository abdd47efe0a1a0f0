import { rulesOf } from "../../governance/models.js";
import { addMonthsThenDays, dayWithNumber, LAST_DAY } from "../../model/calendar.js";
import type { Funding, IsoDate } from "../../model/types.js";
import type { FindingFact, FundingReason } from "../finding.js";
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
export function fragileFunding({ scenario, matrix, thresholds }: PitfallContext): FindingFact | undefined {
  // Only a body records its funding (see the model's facts).
  const model = rulesOf(scenario.model).facts(scenario.model).body;
  if (model === undefined) return undefined;
  const horizon = horizonOf(matrix.on, thresholds.fundingHorizonMonths);
  const reasons = reasonsFor(model.funding, matrix.on, horizon, thresholds.minAnnualBudgetEur, thresholds.minFte);
  if (reasons.length === 0) return undefined;
  return {
    id: "fragile-funding",
    severity: reasons.some((r) => GRAVE.includes(r)) || (reasons.includes("one-off") && model.funding?.until !== undefined) ? "high" : "medium",
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
