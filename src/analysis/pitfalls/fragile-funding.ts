import type { FundingRecord } from "../../governance/model-rules.js";
import { rulesOf } from "../../governance/models.js";
import { addMonthsThenDays, dayWithNumber, LAST_DAY } from "../../model/calendar.js";
import type { IsoDate } from "../../model/types.js";
import type { FindingFact, FundingReason } from "../finding.js";
import { type FundingInForce, fundingInForce, modelFunding } from "../funding.js";
import type { PitfallContext } from "./context.js";

/** Reasons that on their own mean the money runs out: the LC's lesson in full. */
const GRAVE: readonly FundingReason[] = ["no-funding", "ended", "not-started", "ending", "no-budget", "no-fte"];

/**
 * The day `months` after `on`, and whether it lies past the end of the calendar: then the
 * horizon is the calendar's last day and takes it in, so every end of funding falls within it.
 */
function horizonOf(on: IsoDate, months: number): { day: IsoDate; beyond: boolean } {
  const day = dayWithNumber(addMonthsThenDays(on, months, 0));
  return day === undefined ? { day: LAST_DAY, beyond: true } : { day, beyond: false };
}

/**
 * The first day with no money, following periods that start before the money in force ends
 * (a period that takes over on the day another ends continues it); undefined when open-ended.
 */
function coverEnd(records: readonly FundingRecord[], on: IsoDate): IsoDate | undefined {
  let end: IsoDate = on;
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of records) {
      if (r.from > end || (r.until !== undefined && r.until <= end)) continue;
      if (r.until === undefined) return undefined;
      end = r.until;
      grew = true;
    }
  }
  return end;
}

interface Assessment {
  readonly reasons: FundingReason[];
  /** The money looked at: in force on the day, or, when every period has ended, on the last day there was any. */
  readonly money: FundingInForce;
  readonly endsOn: IsoDate | null;
  readonly endedOn: IsoDate | null;
  readonly startsOn: IsoDate | null;
}

/** The reasons the kind of money and its figures give, in the order kind, end, amount, FTE. */
function moneyReasons(money: FundingInForce, end: FundingReason[], minBudget: number, minFte: number): FundingReason[] {
  const reasons: FundingReason[] = [];
  if (!money.kinds.includes("structural")) {
    if (money.kinds.includes("one-off")) reasons.push("one-off");
    if (money.kinds.includes("project")) reasons.push("project");
  }
  reasons.push(...end);
  // Only a total whose every part is known can show too little money; an unknown amount is never zero.
  if (money.eurPerYear === 0) reasons.push("no-budget");
  else if (money.eurPerYear !== null && money.eurPerYear < minBudget) reasons.push("low-budget");
  if (money.fte === 0) reasons.push("no-fte");
  else if (money.fte !== null && money.fte < minFte) reasons.push("low-fte");
  return reasons;
}

function assess(records: readonly FundingRecord[], required: boolean, on: IsoDate, horizon: { day: IsoDate; beyond: boolean }, minBudget: number, minFte: number): Assessment {
  const none = { endsOn: null, endedOn: null, startsOn: null };
  const money = fundingInForce(records, on);
  if (records.length === 0) return { ...none, money, reasons: required ? ["no-funding"] : [] };
  if (money.periods.length === 0) {
    const ended = records.filter((r) => r.until !== undefined && r.until <= on).map((r) => r.until as IsoDate);
    if (ended.length === 0) return { ...none, money, reasons: ["not-started"], startsOn: records.map((r) => r.from).reduce((a, b) => (a < b ? a : b)) };
    const endedOn = ended.reduce((a, b) => (a > b ? a : b));
    // What ended is judged as it was on its last day, so that a finding says what kind of money it was.
    const lastDay = dayWithNumber(addMonthsThenDays(endedOn, 0, -1));
    const last = lastDay === undefined ? money : fundingInForce(records, lastDay);
    return { ...none, money: last, reasons: moneyReasons(last, ["ended"], minBudget, minFte), endedOn };
  }
  const end = coverEnd(records, on);
  const ending: FundingReason[] = end !== undefined && (horizon.beyond || end < horizon.day) ? ["ending"] : [];
  return { ...none, money, reasons: moneyReasons(money, ending, minBudget, minFte), endsOn: end ?? null };
}

/**
 * The LC's lesson: too little financial strength, under every model. It reads the
 * funding periods for the model's work in force on the day (the OC 2.0 body's own
 * `funding` field is one of them; see `modelFunding`). It fires when a model that needs
 * money (OC 2.0: the body) records none; when the money has ended or has not started;
 * when only one-off or project money is in force; when the money in force runs out
 * within `fundingHorizonMonths` (periods that take over count as continuing it); or
 * when the recorded amount a year or FTE in force is zero or below the minimum (a total
 * with an unknown part is unknown and fires nothing; the evidence lists the periods
 * whose figures are missing). Coordination and alternative models rest on the parties'
 * own means unless the scenario records money for their joint work: with none recorded
 * the pitfall stays quiet. Severity is high when the money runs out (no funding, ended,
 * not started, ending, a recorded total of zero, or only non-structural money with an
 * end); medium otherwise.
 */
export function fragileFunding({ scenario, matrix, thresholds }: PitfallContext): FindingFact | undefined {
  const { funds, required, records } = modelFunding(scenario);
  const on = matrix.on;
  const horizon = horizonOf(on, thresholds.fundingHorizonMonths);
  const { reasons, money, endsOn, endedOn, startsOn } = assess(records, required, on, horizon, thresholds.minAnnualBudgetEur, thresholds.minFte);
  if (reasons.length === 0) return undefined;
  const startMoney = (reasons.includes("one-off") || reasons.includes("project")) && endsOn !== null;
  return {
    id: "fragile-funding",
    severity: reasons.some((r) => GRAVE.includes(r)) || startMoney ? "high" : "medium",
    evidence: {
      body: funds,
      funding: rulesOf(scenario.model).facts(scenario.model).body?.funding ?? null,
      periods: records,
      inForce: money,
      endsOn,
      endedOn,
      startsOn,
      reasons,
      horizon: horizon.day,
      minAnnualBudgetEur: thresholds.minAnnualBudgetEur,
      minFte: thresholds.minFte,
    },
  };
}
