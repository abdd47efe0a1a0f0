import { compareIds } from "../internal/compare-ids.js";
import { ALL_THEMES, indexOf, keepIndex, keptIndex, type MandateFiling, ScenarioIndex } from "./scenario-index.js";
import type { Mandate, Scenario } from "./types.js";

/** Calls `each` with every (theme key, region) pair a mandate is filed under. */
function eachFiling(mandate: Mandate, each: (theme: string, region: string) => void): void {
  const themes = mandate.scope.themes === "all" ? [ALL_THEMES] : mandate.scope.themes;
  for (const theme of themes) for (const region of mandate.scope.regions) each(theme, region);
}

/** The rank of one of the filing's mandates, found by its id (ids are unique in a parsed scenario). */
function rankOf(byRank: readonly Mandate[], mandate: Mandate): number {
  let low = 0;
  let high = byRank.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareIds((byRank[mid] as Mandate).id, mandate.id) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The filing of `mandates` (the mandates of a scenario changed from the one `before`
 * indexes): the mandates in id order, and the slots filed by theme and region, where only
 * the lists that a mandate added or gone is filed under are copied and changed. Mandates
 * are told apart by identity: a changed mandate is one gone and one added.
 */
function deriveFiling(was: readonly Mandate[], before: MandateFiling, mandates: readonly Mandate[]): MandateFiling {
  // A change leaves the mandates it did not touch where they were: what differs lies
  // between the longest common start and the longest common end of the two lists.
  let start = 0;
  while (start < was.length && start < mandates.length && was[start] === mandates[start]) start++;
  let end = 0;
  while (end < was.length - start && end < mandates.length - start && was[was.length - 1 - end] === mandates[mandates.length - 1 - end]) end++;
  const slotOf = (rank: number): number => (before.rankSlots === undefined ? rank : (before.rankSlots[rank] as number));
  const gone = new Uint8Array(before.byRank.length);
  const goneRanks: number[] = [];
  for (let i = start; i < was.length - end; i++) {
    const rank = rankOf(before.byRank, was[i] as Mandate);
    gone[rank] = 1;
    goneRanks.push(rank);
  }
  const added = mandates.slice(start, mandates.length - end).sort((x, y) => compareIds(x.id, y.id));
  // The mandates kept, in their order, merged with those added; an added mandate takes a new slot.
  const byRank: Mandate[] = [];
  const slots = before.slotRanks?.length ?? before.byRank.length;
  const slotRanks = new Int32Array(slots + added.length).fill(-1);
  const rankSlots = new Int32Array(mandates.length);
  let a = 0;
  const take = (mandate: Mandate, slot: number): void => {
    slotRanks[slot] = byRank.length;
    rankSlots[byRank.length] = slot;
    byRank.push(mandate);
  };
  before.byRank.forEach((mandate, rank) => {
    if (gone[rank] === 1) return;
    for (let next = added[a]; next !== undefined && compareIds(next.id, mandate.id) < 0; next = added[++a]) take(next, slots + a);
    take(mandate, slotOf(rank));
  });
  for (let next = added[a]; next !== undefined; next = added[++a]) take(next, slots + a);
  // Copy on write: a theme's table of regions, and a list, are copied once, when first changed.
  const filed = new Map(before.filed);
  const copied = new Set<object>();
  const listAt = (theme: string, region: string): number[] => {
    let byRegion = filed.get(theme);
    if (byRegion === undefined || !copied.has(byRegion)) {
      byRegion = new Map(byRegion);
      copied.add(byRegion);
      filed.set(theme, byRegion);
    }
    const table = byRegion as Map<string, readonly number[]>;
    let list = table.get(region);
    if (list === undefined || !copied.has(list)) {
      list = list === undefined ? [] : [...list];
      copied.add(list);
      table.set(region, list);
    }
    return list as number[];
  };
  for (const rank of goneRanks) {
    const slot = slotOf(rank);
    eachFiling(before.byRank[rank] as Mandate, (theme, region) => {
      const list = listAt(theme, region);
      const at = list.indexOf(slot);
      if (at >= 0) list.splice(at, 1);
    });
  }
  added.forEach((mandate, j) => {
    eachFiling(mandate, (theme, region) => {
      const list = listAt(theme, region);
      if (list[list.length - 1] !== slots + j) list.push(slots + j);
    });
  });
  return { byRank, filed, slotRanks, rankSlots };
}

/**
 * The index of `after`, a scenario changed from `before`: when the change touched only
 * mandates (the organisations, regions and themes are the same arrays, as `applyChange`
 * leaves what it did not touch) and `before` is indexed already, it is derived from the
 * index of `before`, sharing its trees and what the mandates left alone are filed under;
 * otherwise it is `indexOf(after)`. Either way it answers as an index built afresh does,
 * and it is kept for `after` as `indexOf` keeps one. Kept apart from the index itself, so
 * that an app that only resolves does not ship it.
 * @example
 * ```ts
 * import { indexAfter } from "../src/model/derive-index.js";
 * import { indexOf } from "../src/model/scenario-index.js";
 * import { applyChange } from "../src/change-entry.js";
 * import { nl } from "../src/nl/index.js";
 *
 * const before = nl.scenarios.coordination;
 * const after = applyChange(before, { type: "revoke-mandate", id: before.mandates[0]!.id, on: "2025-06-01" }).scenario;
 * indexAfter(before, after) === indexOf(after); // => true
 * ```
 */
export function indexAfter(before: Scenario, after: Scenario): ScenarioIndex {
  const known = keptIndex(after);
  if (known !== undefined) return known;
  const prior = keptIndex(before);
  if (prior === undefined || after.organisations !== before.organisations || after.regions !== before.regions || after.themes !== before.themes) return indexOf(after);
  const index = new ScenarioIndex(after, { from: prior, filing: deriveFiling(before.mandates, prior.filing, after.mandates) });
  keepIndex(after, index);
  return index;
}
