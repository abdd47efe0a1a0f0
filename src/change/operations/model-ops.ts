import { castDraft } from "immer";
import type { Organisation, Scenario } from "../../model/types.js";
import type { AddChapter, AddRule, EndAgreement, RemoveRule, SetModel, SignAgreement } from "../change.js";
import { deepEqual } from "../deep-equal.js";
import { refuse } from "../refuse.js";
import { requireActiveOn } from "./active-on.js";
import { indexById, requireModel, type ScenarioDraft } from "./edit.js";
import { organisationIndex } from "./organisation-ops.js";

type ModelDraft = ScenarioDraft["model"];

// The draft's model has the kind that `requireModel` checked on the base.
type CoordinationDraft = Extract<ModelDraft, { kind: "coordination" }>;
type Oc2Draft = Extract<ModelDraft, { kind: "oc2" }>;
type AlternativeDraft = Extract<ModelDraft, { kind: "alternative" }>;

export function setModel(base: Scenario, draft: ScenarioDraft, change: SetModel): void {
  if (!deepEqual(base.model, change.model)) draft.model = castDraft(change.model);
}

/**
 * An organisation signs the agreement, joining the parties if need be. When its
 * signature is the last one missing, the agreement is in force from the later of
 * its `signedOn` and this day: it is only in force once every party has signed.
 */
export function signAgreement(base: Scenario, draft: ScenarioDraft, change: SignAgreement): void {
  const model = requireModel(change.type, base, "coordination");
  const at = organisationIndex(base, change.type, change.organisation, ["organisation"]);
  const target = draft.model as CoordinationDraft;
  const party = model.parties.includes(change.organisation);
  const signed = model.agreement.signatories.includes(change.organisation);
  if (party && signed) return;
  requireActiveOn(change.type, "signatory_not_active", base.organisations[at] as Organisation, change.on, () => ["organisation"], { who: "the signatory", when: "signing on" });
  const wasComplete = model.parties.every((p) => model.agreement.signatories.includes(p));
  if (!party) target.parties.push(change.organisation);
  if (!signed) target.agreement.signatories.push(change.organisation);
  if (!wasComplete && model.parties.every((p) => p === change.organisation || model.agreement.signatories.includes(p))) {
    if (change.on > model.agreement.signedOn) target.agreement.signedOn = change.on;
  }
}

/** Ends the agreement on a day; like revoking a mandate, ending never lengthens it. */
export function endAgreement(base: Scenario, draft: ScenarioDraft, change: EndAgreement): void {
  const { agreement } = requireModel(change.type, base, "coordination");
  if (change.on <= agreement.signedOn) {
    refuse(change.type, "end_before_signed", ["on"], `agreement "${agreement.id}" was signed on ${agreement.signedOn}; it can only end after that day, not on ${change.on}`);
  }
  if (agreement.validUntil !== undefined && agreement.validUntil <= change.on) return;
  (draft.model as CoordinationDraft).agreement.validUntil = change.on;
}

export function addChapter(base: Scenario, draft: ScenarioDraft, change: AddChapter): void {
  const model = requireModel(change.type, base, "oc2");
  const chapters = model.chapters ?? [];
  if (chapters.some((c) => c.region === change.chapter.region && c.organisation === change.chapter.organisation)) return;
  const target = draft.model as Oc2Draft;
  // A second chapter for a region is added anyway, so that validation names the rule it breaks.
  if (target.chapters === undefined) target.chapters = [change.chapter];
  else target.chapters.push(change.chapter);
}

export function addRule(base: Scenario, draft: ScenarioDraft, change: AddRule): void {
  const { rules } = requireModel(change.type, base, "alternative");
  const at = change.at ?? rules.length;
  if (at > rules.length) {
    refuse(change.type, "position_out_of_range", ["at"], `position ${at} is past the end of the ${rules.length} rules`);
  }
  const existing = indexById(rules, change.rule.id);
  if (existing >= 0 && deepEqual(rules[existing], change.rule) && (change.at === undefined || change.at === existing)) return;
  (draft.model as AlternativeDraft).rules.splice(at, 0, castDraft(change.rule));
}

export function removeRule(base: Scenario, draft: ScenarioDraft, change: RemoveRule): void {
  const { rules } = requireModel(change.type, base, "alternative");
  const at = indexById(rules, change.id);
  if (at < 0) refuse(change.type, "unknown_rule", ["id"], `rule "${change.id}" does not exist`);
  (draft.model as AlternativeDraft).rules.splice(at, 1);
}
