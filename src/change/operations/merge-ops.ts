import { rulesOf } from "../../governance/models.js";
import { holdersOf, withHolders } from "../../model/holders.js";
import type { Mandate, Organisation, Scenario } from "../../model/types.js";
import type { MergeOrganisations } from "../change.js";
import { refuse } from "../refuse.js";
import { requireActiveOn } from "./active-on.js";
import { addItem, indexById, type ScenarioDraft } from "./edit.js";
import { dissolveAt, organisationIndex } from "./organisation-ops.js";

/** The id under which a successor holds its copy of a merged organisation's mandate. */
export function successorMandateId(mandate: string, successor: string): string {
  return `${mandate}@${successor}`;
}

/**
 * Merges organisations into a successor. Every step is idempotent, so that
 * restating a merge alters nothing. Mandates are copied rather than moved: the old
 * ones stay on record and lapse by themselves, as a dissolved holder holds nothing.
 * Chapters, board seats and rules are left alone: they are not dated, so moving
 * them would rewrite the past; `set-model` changes them deliberately.
 */
export function mergeOrganisations(base: Scenario, draft: ScenarioDraft, change: MergeOrganisations): void {
  const { type, on } = change;
  const merging = new Set<string>();
  change.ids.forEach((id, i) => {
    if (merging.has(id)) refuse(type, "duplicate_id", ["ids", i], `organisation "${id}" is listed twice`);
    merging.add(id);
    organisationIndex(base, type, id, ["ids", i]);
  });
  const words = { who: "the successor", when: "the merger on" };
  let successor: string;
  if (typeof change.into === "string") {
    successor = change.into;
    const at = organisationIndex(base, type, successor, ["into"]);
    if (merging.has(successor)) refuse(type, "merge_into_itself", ["into"], `organisation "${successor}" cannot merge into itself`);
    requireActiveOn(type, "merge_target_not_active", base.organisations[at] as Organisation, on, () => ["into"], words);
  } else {
    // A successor that states no founding day begins on the day of the merger.
    const org: Organisation = { ...change.into, founded: change.into.founded ?? on };
    successor = org.id;
    if (merging.has(successor)) refuse(type, "merge_into_itself", ["into"], `organisation "${successor}" cannot merge into itself`);
    requireActiveOn(type, "merge_target_not_active", org, on, (field) => ["into", field], words);
    addItem(base.organisations, draft.organisations, org);
  }

  change.ids.forEach((id, i) => {
    dissolveAt(base, draft, type, indexById(base.organisations, id), on, ["ids", i]);
  });
  for (const mandate of base.mandates) {
    const holders = holdersOf(mandate);
    if (!holders.some((holder) => merging.has(holder)) || (mandate.validUntil !== undefined && mandate.validUntil <= on)) continue;
    const copy: Mandate = {
      ...withHolders(mandate, successorHolders(holders, merging, successor), mandate.spokesperson !== undefined && merging.has(mandate.spokesperson) ? successor : mandate.spokesperson),
      id: successorMandateId(mandate.id, successor),
      validFrom: mandate.validFrom > on ? mandate.validFrom : on,
    };
    addItem(base.mandates, draft.mandates, copy);
  }
  rulesOf(base.model).mergeOrganisations(base.model, draft.model, merging, successor);
}

/** A coalition's holders after a merger: each merged holder becomes the successor, named once, in the coalition's order. */
function successorHolders(holders: readonly string[], merging: ReadonlySet<string>, successor: string): string[] {
  const out: string[] = [];
  for (const holder of holders) {
    const now = merging.has(holder) ? successor : holder;
    if (!out.includes(now)) out.push(now);
  }
  return out;
}
