import type { IssuePath } from "../../model/scenario-error.js";
import type { Organisation } from "../../model/types.js";
import type { ChangeType } from "../change.js";
import { refuse } from "../refuse.js";

/** Where a refusal points for the founding or the dissolution day that is in the way. */
export type PathOfDay = (field: "founded" | "dissolved") => IssuePath;

/**
 * Refuses a change that hands mandates or membership to an organisation on a day it
 * does not exist: founded after the day, or dissolved on or before it. Such a change
 * would leave the cells it covers unrepresented without a word. The message names the
 * organisation, the day in the way and the day of the change.
 */
export function requireActiveOn(
  type: ChangeType,
  code: string,
  org: Pick<Organisation, "id" | "founded" | "dissolved">,
  on: string,
  pathOf: PathOfDay,
  words: { readonly who: string; readonly when: string },
): void {
  if (org.founded !== undefined && org.founded > on) {
    refuse(type, code, pathOf("founded"), `${words.who} "${org.id}" is founded only on ${org.founded}, after ${words.when} ${on}`);
  }
  if (org.dissolved !== undefined && org.dissolved <= on) {
    refuse(type, code, pathOf("dissolved"), `${words.who} "${org.id}" is dissolved on ${org.dissolved}, not after ${words.when} ${on}`);
  }
}
