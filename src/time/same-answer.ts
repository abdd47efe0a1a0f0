import type { Representation } from "../resolve/representation.js";

/** What decides whether two days give the same answer: a representation without its basis. */
export type Answer = Pick<Representation, "status" | "lead" | "delegation" | "contenders" | "reason">;

/** The answer of a representation, without the basis, which is what costs memory. */
export function answerOf(r: Representation): Answer {
  const { status, lead, delegation, contenders, reason } = r;
  return reason === undefined ? { status, lead, delegation, contenders } : { status, lead, delegation, contenders, reason };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** True when two answers are the same: status, lead, delegation, contenders and reason. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return (
    a.status === b.status &&
    a.lead === b.lead &&
    a.reason === b.reason &&
    sameList(a.delegation, b.delegation) &&
    sameList(a.contenders, b.contenders)
  );
}
