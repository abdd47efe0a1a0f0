import { compareIds } from "../internal/compare-ids.js";
import { ownValue } from "../internal/own.js";
import { perIndex } from "../model/per-index.js";
import { membersOn, sectorsOn } from "../model/organisation-facts.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import type { Cell } from "./claim.js";

/**
 * Members an organisation counts in the sector on a day (see `membersOn`): its `bySector`
 * figure, else its total; undefined when its membership is unknown on the day.
 */
export function membersIn(index: ScenarioIndex, organisation: string, sector: string | null, on: IsoDate): number | undefined {
  const org = index.organisations.get(organisation);
  const members = org === undefined ? undefined : membersOn(org, on);
  if (members === undefined) return undefined;
  return (sector === null ? undefined : ownValue(members.bySector, sector)) ?? members.total;
}

/** The candidates that can take part on the cell: they exist on the day and serve its sector. */
export function eligible(index: ScenarioIndex, candidates: Iterable<string>, cell: Cell): string[] {
  const out: string[] = [];
  for (const id of candidates) {
    const org = index.organisations.get(id);
    if (org === undefined || !index.exists(id, cell.on)) continue;
    if (cell.sector !== null && !sectorsOn(org, cell.on).includes(cell.sector)) continue;
    out.push(id);
  }
  return out.sort(compareIds);
}

/**
 * The eligible candidate with most members in the cell's sector, by the figures in force
 * on `figuresOn` (the cell's day unless asked otherwise, which the time layer does to see
 * whether a new figure changes the order). Ties go to the smallest id (by UTF-16 code
 * units), so the answer never depends on order. A candidate whose membership is unknown
 * on the day ranks below every known figure; when no candidate has a figure, the smallest
 * id is taken and its figure recorded as 0, as before series existed.
 */
export function largestMembership(
  index: ScenarioIndex,
  candidates: Iterable<string>,
  cell: Cell,
  figuresOn: IsoDate = cell.on,
): { organisation: string; members: number; eligible: string[] } | undefined {
  const pool = eligible(index, candidates, cell);
  let best: { organisation: string; members: number | undefined } | undefined;
  for (const id of pool) {
    const members = membersIn(index, id, cell.sector, figuresOn);
    if (best === undefined || (members !== undefined && (best.members === undefined || members > best.members))) best = { organisation: id, members };
  }
  return best === undefined ? undefined : { organisation: best.organisation, members: best.members ?? 0, eligible: pool };
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
