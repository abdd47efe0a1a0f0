import type { Mandate, Scenario } from "../../model/types.js";
import type { AmendMandate, Delegate, GrantMandate, RevokeMandate } from "../change.js";
import { refuse } from "../refuse.js";
import { requireActiveOn } from "./active-on.js";
import { addItem, assignFields, indexById, requireModel, type ScenarioDraft } from "./edit.js";

function mandateIndex(base: Scenario, type: "amend-mandate" | "revoke-mandate", id: string): number {
  const at = indexById(base.mandates, id);
  if (at < 0) refuse(type, "unknown_mandate", ["id"], `mandate "${id}" does not exist`);
  return at;
}

/**
 * Refuses a mandate whose holder, an organisation of the scenario, does not exist on the
 * mandate's first day. An unknown holder is left to validation, which names it.
 */
function requireHolderActive(base: Scenario, type: "grant-mandate" | "delegate", holder: string, validFrom: string, path: (string | number)[]): void {
  const org = base.organisations[indexById(base.organisations, holder)];
  if (org === undefined) return;
  requireActiveOn(type, "holder_not_active", org, validFrom, () => path, { who: "the holder", when: "the mandate's first day" });
}

export function grantMandate(base: Scenario, draft: ScenarioDraft, change: GrantMandate): void {
  const { mandate } = change;
  if (mandate.holders === undefined) {
    if (mandate.holder !== undefined) requireHolderActive(base, change.type, mandate.holder, mandate.validFrom, ["mandate", "holder"]);
  } else {
    mandate.holders.forEach((holder, i) => {
      requireHolderActive(base, change.type, holder, mandate.validFrom, ["mandate", "holders", i]);
    });
  }
  addItem(base.mandates, draft.mandates, change.mandate);
}

export function amendMandate(base: Scenario, draft: ScenarioDraft, change: AmendMandate): void {
  const at = mandateIndex(base, change.type, change.id);
  assignFields(change.type, base.mandates[at] as Mandate, draft.mandates[at] as object, change.set, change.unset);
}

/**
 * Ends a mandate's validity on a day. Revoking never lengthens a mandate: one
 * that already ends on or before the day is left as it is.
 */
export function revokeMandate(base: Scenario, draft: ScenarioDraft, change: RevokeMandate): void {
  const at = mandateIndex(base, change.type, change.id);
  const mandate = base.mandates[at] as Mandate;
  if (change.on <= mandate.validFrom) {
    refuse(change.type, "revoke_before_start", ["on"], `mandate "${mandate.id}" starts on ${mandate.validFrom}; it can only be revoked after that day, not on ${change.on}`);
  }
  if (mandate.validUntil !== undefined && mandate.validUntil <= change.on) return;
  (draft.mandates[at] as { validUntil?: string }).validUntil = change.on;
}

/** The OC 2.0 body delegates: a mandate granted by delegation from the body. */
export function delegate(base: Scenario, draft: ScenarioDraft, change: Delegate): void {
  const model = requireModel(change.type, base, "oc2");
  requireHolderActive(base, change.type, change.to, change.validFrom, ["to"]);
  const mandate: Mandate = {
    id: change.id,
    holder: change.to,
    role: change.role ?? "lead",
    scope: change.scope,
    validFrom: change.validFrom,
    ...(change.validUntil === undefined ? {} : { validUntil: change.validUntil }),
    grant: { by: "delegation", from: model.body },
    ...(change.sources === undefined ? {} : { sources: change.sources }),
    ...(change.note === undefined ? {} : { note: change.note }),
  };
  addItem(base.mandates, draft.mandates, mandate);
}
