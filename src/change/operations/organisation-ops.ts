import type { Organisation, Scenario } from "../../model/types.js";
import type { AddOrganisation, DissolveOrganisation, UpdateOrganisation } from "../change.js";
import { refuse } from "../refuse.js";
import { addItem, assignFields, indexById, type ScenarioDraft } from "./edit.js";

/** The index of an existing organisation, or the change is refused. */
export function organisationIndex(base: Scenario, type: "update-organisation" | "dissolve-organisation" | "merge-organisations" | "sign-agreement", id: string, path: (string | number)[]): number {
  const at = indexById(base.organisations, id);
  if (at < 0) refuse(type, "unknown_organisation", path, `organisation "${id}" does not exist`);
  return at;
}

export function addOrganisation(base: Scenario, draft: ScenarioDraft, change: AddOrganisation): void {
  addItem(base.organisations, draft.organisations, change.organisation);
}

export function updateOrganisation(base: Scenario, draft: ScenarioDraft, change: UpdateOrganisation): void {
  const at = organisationIndex(base, change.type, change.id, ["id"]);
  assignFields(change.type, base.organisations[at] as Organisation, draft.organisations[at] as object, change.set, change.unset);
}

/**
 * Sets an organisation's dissolution day. Restating it alters nothing; bringing a
 * later one forward is allowed; one already dissolved before the day is refused,
 * since dissolving never brings an organisation back.
 */
export function dissolveAt(base: Scenario, draft: ScenarioDraft, type: "dissolve-organisation" | "merge-organisations", at: number, on: string, path: (string | number)[]): void {
  const org = base.organisations[at] as Organisation;
  if (org.dissolved === on) return;
  if (org.dissolved !== undefined && org.dissolved < on) {
    refuse(type, "already_dissolved", path, `organisation "${org.id}" was already dissolved on ${org.dissolved}, before ${on}`);
  }
  (draft.organisations[at] as { dissolved?: string }).dissolved = on;
}

export function dissolveOrganisation(base: Scenario, draft: ScenarioDraft, change: DissolveOrganisation): void {
  const at = organisationIndex(base, change.type, change.id, ["id"]);
  dissolveAt(base, draft, change.type, at, change.on, ["on"]);
}
