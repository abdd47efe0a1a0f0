import { holdersOf, withHolders } from "../../model/holders.js";
import type { Mandate, Scenario } from "../../model/types.js";
import type { AddCoalitionMember, ChangeType, RemoveCoalitionMember, SetSpokesperson } from "../change.js";
import { refuse } from "../refuse.js";
import { indexById, type ScenarioDraft } from "./edit.js";

type CoalitionChange = AddCoalitionMember | RemoveCoalitionMember | SetSpokesperson;

function mandateAt(base: Scenario, change: CoalitionChange): { at: number; mandate: Mandate } {
  const at = indexById(base.mandates, change.mandate);
  if (at < 0) refuse(change.type, "unknown_mandate", ["mandate"], `mandate "${change.mandate}" does not exist`);
  return { at, mandate: base.mandates[at] as Mandate };
}

/** Writes the holder fields of `next` over the draft's mandate, leaving every other field as it is. */
function writeHolders(draft: ScenarioDraft, at: number, next: Mandate): void {
  const target = draft.mandates[at] as { holder?: string; holders?: string[]; spokesperson?: string };
  delete target.holder;
  delete target.holders;
  delete target.spokesperson;
  if (next.holder !== undefined) target.holder = next.holder;
  if (next.holders !== undefined) target.holders = [...next.holders];
  if (next.spokesperson !== undefined) target.spokesperson = next.spokesperson;
}

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(", ");
}

/** An organisation joins the coalition of a mandate (a single holder's mandate becomes a coalition). */
export function addCoalitionMember(base: Scenario, draft: ScenarioDraft, change: AddCoalitionMember): void {
  const { at, mandate } = mandateAt(base, change);
  const holders = holdersOf(mandate);
  if (holders.includes(change.organisation)) {
    refuse(change.type, "already_a_holder", ["organisation"], `organisation "${change.organisation}" already holds mandate "${mandate.id}"`);
  }
  writeHolders(draft, at, withHolders(mandate, [...holders, change.organisation], mandate.spokesperson));
}

/** An organisation leaves the coalition of a mandate; one left makes it a single holder's mandate. */
export function removeCoalitionMember(base: Scenario, draft: ScenarioDraft, change: RemoveCoalitionMember): void {
  const { at, mandate } = mandateAt(base, change);
  const holders = holdersOf(mandate);
  refuseUnlessHolder(change.type, mandate, holders, change.organisation);
  if (holders.length === 1) {
    refuse(change.type, "last_holder", ["organisation"], `organisation "${change.organisation}" is the only holder of mandate "${mandate.id}"; revoke the mandate instead`);
  }
  const staying = holders.filter((id) => id !== change.organisation);
  writeHolders(draft, at, withHolders(mandate, staying, mandate.spokesperson === change.organisation ? undefined : mandate.spokesperson));
}

/** Names, or with no organisation removes, the spokesperson of a mandate's coalition. */
export function setSpokesperson(base: Scenario, draft: ScenarioDraft, change: SetSpokesperson): void {
  const { at, mandate } = mandateAt(base, change);
  if (mandate.holders === undefined) {
    refuse(change.type, "not_a_coalition", ["mandate"], `mandate "${mandate.id}" has a single holder; only a coalition has a spokesperson`);
  }
  if (change.organisation !== undefined) refuseUnlessHolder(change.type, mandate, mandate.holders, change.organisation);
  if (mandate.spokesperson === change.organisation) return;
  writeHolders(draft, at, withHolders(mandate, mandate.holders, change.organisation));
}

function refuseUnlessHolder(type: ChangeType, mandate: Mandate, holders: readonly string[], organisation: string): void {
  if (!holders.includes(organisation)) {
    refuse(type, "not_a_holder", ["organisation"], `organisation "${organisation}" does not hold mandate "${mandate.id}" (held by ${quoted(holders)})`);
  }
}
