import type { Representation } from "../resolve/representation.js";

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** True when two representations give the same answer: status, lead, delegation, contenders and reason. */
export function sameAnswer(a: Representation, b: Representation): boolean {
  return (
    a.status === b.status &&
    a.lead === b.lead &&
    a.reason === b.reason &&
    sameList(a.delegation, b.delegation) &&
    sameList(a.contenders, b.contenders)
  );
}
