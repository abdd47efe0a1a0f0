import { compareIds } from "../internal/compare-ids.js";
import { ownValue } from "../internal/own.js";
import { perIndex } from "../model/per-index.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { Cell } from "./claim.js";

/** Members an organisation counts in the cell's sector: its `bySector` figure, else its total; 0 when unknown. */
export function membersIn(index: ScenarioIndex, organisation: string, sector: string | null): number {
  const members = index.organisations.get(organisation)?.members;
  if (members === undefined) return 0;
  return (sector === null ? undefined : ownValue(members.bySector, sector)) ?? members.total;
}

/** The candidates that can take part on the cell: they exist on the day and serve its sector. */
export function eligible(index: ScenarioIndex, candidates: Iterable<string>, cell: Cell): string[] {
  const out: string[] = [];
  for (const id of candidates) {
    const org = index.organisations.get(id);
    if (org === undefined || !index.exists(id, cell.on)) continue;
    if (cell.sector !== null && !org.sectors.includes(cell.sector)) continue;
    out.push(id);
  }
  return out.sort(compareIds);
}

/**
 * The eligible candidate with most members in the cell's sector. Ties go to
 * the smallest id (by UTF-16 code units), so the answer never depends on order.
 */
export function largestMembership(
  index: ScenarioIndex,
  candidates: Iterable<string>,
  cell: Cell,
): { organisation: string; members: number; eligible: string[] } | undefined {
  const pool = eligible(index, candidates, cell);
  let best: { organisation: string; members: number } | undefined;
  for (const id of pool) {
    const members = membersIn(index, id, cell.sector);
    if (best === undefined || members > best.members) best = { organisation: id, members };
  }
  return best === undefined ? undefined : { ...best, eligible: pool };
}

/** What {@link largestMembership} finds. */
export type LargestMembership = ReturnType<typeof largestMembership>;

/** Each index's answers by pool, day and sector. */
const largestByPool = perIndex(() => new Map<string, Map<string, Map<string | null, LargestMembership>>>());

/**
 * {@link largestMembership} for a named pool of candidates, worked out once per
 * scenario, pool, day and sector: the answer does not depend on the theme or region.
 */
export function sharedLargestMembership(index: ScenarioIndex, pool: string, candidates: () => Iterable<string>, cell: Cell): LargestMembership {
  const byPool = largestByPool(index);
  let byDay = byPool.get(pool);
  if (byDay === undefined) byPool.set(pool, (byDay = new Map<string, Map<string | null, LargestMembership>>()));
  let bySector = byDay.get(cell.on);
  if (bySector === undefined) byDay.set(cell.on, (bySector = new Map<string | null, LargestMembership>()));
  if (bySector.has(cell.sector)) return bySector.get(cell.sector);
  const best = largestMembership(index, candidates(), cell);
  bySector.set(cell.sector, best);
  return best;
}
