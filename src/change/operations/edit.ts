import { castDraft, type Draft } from "immer";
import { modelOfKind } from "../../governance/models.js";
import type { GovernanceModel, Scenario } from "../../model/types.js";
import type { ChangeType } from "../change.js";
import { deepEqual } from "../deep-equal.js";
import { refuse } from "../refuse.js";

/** The draft an operation edits; it reads the frozen base, so that finding an item never makes proxies. */
export type ScenarioDraft = Draft<Scenario>;

/** The index of the item with this id, or -1. */
export function indexById(list: readonly { readonly id: string }[], id: string): number {
  return list.findIndex((item) => item.id === id);
}

/**
 * Appends an item unless an equal one with its id is there already (then nothing
 * changes). One with the same id but other content is appended anyway, so that
 * validation names the broken rule (`duplicate_id`) at its place.
 */
export function addItem<T extends { readonly id: string }>(base: readonly T[], draft: Draft<T>[], item: T): void {
  const at = indexById(base, item.id);
  if (at >= 0 && deepEqual(base[at], item)) return;
  draft.push(castDraft(item));
}

/**
 * Writes the fields of `set` that differ and deletes the fields of `unset` that are
 * present, so that an update that restates what is there alters nothing.
 */
export function assignFields(
  type: ChangeType,
  base: object,
  draft: object,
  set: object | undefined,
  unset: readonly string[] | undefined,
): void {
  const before = base as Record<string, unknown>;
  const target = draft as Record<string, unknown>;
  for (const key of unset ?? []) {
    if (set !== undefined && key in set) {
      refuse(type, "conflicting_update", ["unset"], `"${key}" cannot be both set and unset`);
    }
  }
  for (const [key, value] of Object.entries(set ?? {})) {
    if (!deepEqual(before[key], value)) target[key] = value;
  }
  for (const key of unset ?? []) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the key is one of a fixed set of optional fields
    if (key in before) delete target[key];
  }
}

/**
 * The model in force when it is of the kind the operation needs; otherwise the change is refused.
 * Operations that belong to one model (sign or end its agreement, add a chapter, delegate,
 * add or remove a rule) name the kind they edit; the lookup itself is the governance table's.
 */
export function requireModel<K extends GovernanceModel["kind"]>(
  type: ChangeType,
  scenario: Scenario,
  kind: K,
): Extract<GovernanceModel, { kind: K }> {
  const model = modelOfKind(scenario.model, kind);
  if (model === undefined) {
    refuse(type, "wrong_model", ["type"], `needs the ${kind} model, but the scenario's model is "${scenario.model.kind}"`);
  }
  return model;
}
