import type { Representation } from "./representation.js";
import { sameIds, sameParties } from "../internal/same-ids.js";

/** What decides whether two representations give the same answer: a representation without its basis (and its cell). */
export type Answer = Pick<Representation, "status" | "lead" | "leads" | "delegation" | "contenders" | "contendingParties" | "reason">;

/** The answer of a representation, without the basis, which is what costs memory. */
export function answerOf(r: Representation): Answer {
  const { status, lead, leads, delegation, contenders, contendingParties, reason } = r;
  const answer = { status, lead, leads, delegation, contenders, contendingParties };
  return reason === undefined ? answer : { ...answer, reason };
}

/**
 * True when two answers are the same: status, lead (the spokesperson of a coalition), the
 * leading organisations, delegation, contending parties and reason. A coalition that gains or
 * loses a member, or changes its spokesperson, gives a different answer, and so does a cell left
 * unrepresented for another reason. The one test of sameness for the time lines (a new interval),
 * `impactOf` and `updateMatrix` (a changed cell).
 */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return (
    a.status === b.status &&
    a.lead === b.lead &&
    a.reason === b.reason &&
    sameIds(a.leads, b.leads) &&
    sameIds(a.delegation, b.delegation) &&
    sameIds(a.contenders, b.contenders) &&
    sameParties(a.contendingParties, b.contendingParties)
  );
}
