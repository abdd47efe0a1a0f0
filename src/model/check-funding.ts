import type { MeaningCheck } from "./check-meaning.js";
import { EXPLORATION } from "./schema/funding.js";
import type { FundingPeriod } from "./types.js";

/**
 * True when a `for` is written like an id (lower-case letters and digits, joined by single
 * `-`, `_` or `.`): it must then name an organisation, unless it is `"exploration"`. A
 * programme's name with a capital or a space is free text and names no one.
 */
export function isIdLike(text: string): boolean {
  return /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(text);
}

/** The meaning of the scenario's funding periods: unique ids, ordered dates, what `for` names, and the source. */
export function checkFunding(periods: readonly FundingPeriod[] | undefined, c: MeaningCheck): void {
  if (periods === undefined) return;
  c.unique(periods, ["funding"], "funding period");
  periods.forEach((period, i) => {
    const owner = `funding period "${period.id}"`;
    const path = ["funding", i];
    c.interval(period.from, period.until, [...path, "until"], owner, "from");
    if (period.for !== undefined && period.for !== EXPLORATION && isIdLike(period.for)) {
      c.ref("organisation", period.for, [...path, "for"], `${owner} (a "for" written like an id must name an organisation, or be "exploration")`);
    }
    if (period.source !== undefined) c.ref("source", period.source, [...path, "source"], owner);
  });
}
