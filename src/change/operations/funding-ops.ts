import type { FundingPeriod, Scenario } from "../../model/types.js";
import type { AddFunding, EndFunding } from "../change.js";
import { refuse } from "../refuse.js";
import { addItem, indexById, type ScenarioDraft } from "./edit.js";

/** Adds a funding period; the scenario's `funding` list is made when it is the first. */
export function addFunding(base: Scenario, draft: ScenarioDraft, change: AddFunding): void {
  const list = (draft.funding ??= []);
  addItem(base.funding ?? [], list, change.funding);
}

/** Ends a funding period on a day; a period that already ends on or before it is left as it is. */
export function endFunding(base: Scenario, draft: ScenarioDraft, change: EndFunding): void {
  const periods = base.funding ?? [];
  const at = indexById(periods, change.id);
  if (at < 0) refuse(change.type, "unknown_funding", ["id"], `funding period "${change.id}" does not exist`);
  const period = periods[at] as FundingPeriod;
  if (change.on <= period.from) {
    refuse(change.type, "end_before_start", ["on"], `funding period "${period.id}" starts on ${period.from}; it can only end after that day, not on ${change.on}`);
  }
  if (period.until !== undefined && period.until <= change.on) return;
  (draft.funding?.[at] as { until?: string }).until = change.on;
}
