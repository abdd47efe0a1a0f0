import type { Representation } from "../resolve/representation.js";

/** What decides whether two days give the same answer: a representation without its basis. */
export type Answer = Pick<Representation, "status" | "lead" | "leads" | "delegation" | "contenders" | "contendingParties" | "reason">;

/** The answer of a representation, without the basis, which is what costs memory. */
export function answerOf(r: Representation): Answer {
  const { status, lead, leads, delegation, contenders, contendingParties, reason } = r;
  const answer = { status, lead, leads, delegation, contenders, contendingParties };
  return reason === undefined ? answer : { ...answer, reason };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** True when two answers are the same: status, lead, leads, delegation, contenders, contending parties and reason. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return (
    a.status === b.status &&
    a.lead === b.lead &&
    a.reason === b.reason &&
    sameList(a.leads, b.leads) &&
    sameList(a.delegation, b.delegation) &&
    sameList(a.contenders, b.contenders) &&
    a.contendingParties.length === b.contendingParties.length &&
    a.contendingParties.every((party, i) => sameList(party, b.contendingParties[i] ?? []))
  );
}
