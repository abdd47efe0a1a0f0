import type { Representation } from "../../index.js";

/** What a text table needs of an answer. */
export type AnswerCells = Pick<Representation, "status" | "lead" | "leads" | "contendingParties">;

/** True when the answer is led by a coalition, so a table's key must explain `+` and `*`. */
export function isJoint(answer: AnswerCells): boolean {
  return answer.status === "represented" && answer.leads.length > 1;
}

/**
 * An answer in one table cell: the lead's short name; a coalition's short names joined by `+`,
 * its spokesperson first and marked `*`; `▨` and the contending parties joined by `/` (a
 * coalition among them joined by `+`); or `—`.
 */
export function answerText(answer: AnswerCells, name: (id: string) => string): string {
  if (answer.status === "represented") {
    if (answer.leads.length <= 1) return name(answer.lead ?? answer.leads[0] ?? "");
    return answer.leads.map((id) => `${name(id)}${id === answer.lead ? "*" : ""}`).join("+");
  }
  if (answer.status === "contested") return `▨ ${answer.contendingParties.map((party) => party.map(name).join("+")).join("/")}`;
  return "—";
}
