import type { FundingRecord } from "../governance/model-rules.js";
import { rulesOf } from "../governance/models.js";
import { EXPLORATION } from "../model/schema/funding.js";
import type { FundingKind, IsoDate, Scenario } from "../model/types.js";

/**
 * The money in force on one day for one purpose. Unknown amounts stay unknown: a total is a
 * number only when every part is known.
 * @example
 * ```ts
 * const { model } = analyseScenario(scenario, { on: "2026-03-01" }).funding;
 * model.eurPerYear === null || model.unknownAmount.length === 0; // => true
 * ```
 * @category Analysis
 */
export interface FundingInForce {
  /** The ids of the periods in force, in the order recorded (the OC 2.0 `funding` field as `model.funding`). */
  readonly periods: readonly string[];
  /** The kinds of money among them, each once, in the order structural, one-off, project. */
  readonly kinds: readonly FundingKind[];
  /** Euros a year in force, or null when some period in force records no amount (or none is in force and none is recorded). */
  readonly eurPerYear: number | null;
  /** The sum of the amounts that are recorded. */
  readonly knownEurPerYear: number;
  /** FTEs in force, or null when some period in force records none. */
  readonly fte: number | null;
  /** The sum of the FTEs that are recorded. */
  readonly knownFte: number;
  /** The periods in force whose amount a year is unknown. */
  readonly unknownAmount: readonly string[];
  /** The periods in force whose FTEs are unknown. */
  readonly unknownFte: readonly string[];
}

/**
 * The funding of a scenario on one day: for the model's work and for the exploration itself.
 * @example
 * ```ts
 * const funding = analyseScenario(scenario, { on: "2026-03-01" }).funding;
 * funding.explorationRecorded === 0; // the exploration's money is not recorded
 * ```
 * @category Analysis
 */
export interface FundingAnalysis {
  /** What the model needs funded: the body's id under OC 2.0, null for the parties' joint work. */
  readonly funds: string | null;
  /** The money for the model's work. */
  readonly model: FundingInForce;
  /** The money for the exploration process (periods `for: "exploration"`). */
  readonly exploration: FundingInForce;
  /** How many periods the scenario records for the exploration, in force or not: 0 says the exploration's money is not recorded. */
  readonly explorationRecorded: number;
}

const KIND_ORDER: readonly FundingKind[] = ["structural", "one-off", "project"];

/** True when the period is in force on the day: `[from, until)`. */
export function inForceOn(record: FundingRecord, on: IsoDate): boolean {
  return record.from <= on && (record.until === undefined || on < record.until);
}

/** The periods that pay for the model's work: its own field's, then the scenario's with no `for` or a `for` naming what the model funds. */
export function modelFunding(scenario: Scenario): { readonly funds: string | null; readonly required: boolean; readonly records: readonly FundingRecord[] } {
  const funded = rulesOf(scenario.model).facts(scenario.model).funded;
  const funds = funded.organisation ?? null;
  const own = (scenario.funding ?? []).filter((p) => p.for === undefined || (funds !== null && p.for === funds));
  return { funds, required: funded.required, records: [...funded.periods, ...own] };
}

/** The periods that pay for the exploration itself. */
export function explorationFunding(scenario: Scenario): readonly FundingRecord[] {
  return (scenario.funding ?? []).filter((p) => p.for === EXPLORATION);
}

/** The money among `records` in force on the day, summed where known. */
export function fundingInForce(records: readonly FundingRecord[], on: IsoDate): FundingInForce {
  const inForce = records.filter((r) => inForceOn(r, on));
  const unknownAmount = inForce.filter((r) => r.amountEurPerYear === undefined).map((r) => r.id);
  const unknownFte = inForce.filter((r) => r.fte === undefined).map((r) => r.id);
  const knownEurPerYear = inForce.reduce((sum, r) => sum + (r.amountEurPerYear ?? 0), 0);
  const knownFte = inForce.reduce((sum, r) => sum + (r.fte ?? 0), 0);
  const nothing = inForce.length === 0;
  return {
    periods: inForce.map((r) => r.id),
    kinds: KIND_ORDER.filter((kind) => inForce.some((r) => r.kind === kind)),
    eurPerYear: nothing || unknownAmount.length > 0 ? null : knownEurPerYear,
    knownEurPerYear,
    fte: nothing || unknownFte.length > 0 ? null : knownFte,
    knownFte,
    unknownAmount,
    unknownFte,
  };
}

/** The funding of the scenario on the day, for the model's work and for the exploration. */
export function fundingOf(scenario: Scenario, on: IsoDate): FundingAnalysis {
  const { funds, records } = modelFunding(scenario);
  const exploration = explorationFunding(scenario);
  return { funds, model: fundingInForce(records, on), exploration: fundingInForce(exploration, on), explorationRecorded: exploration.length };
}
