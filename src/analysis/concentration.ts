import { compareIds } from "../internal/compare-ids.js";
import type { RepresentationMatrix } from "../resolve/matrix.js";
import { shareOf } from "./format.js";

/**
 * One organisation's part of the lead role. A cell it leads alone counts 1; a cell a
 * coalition of n organisations leads counts 1/n for each of them, so the shares of all
 * organisations add up to 1.
 * @category Analysis
 */
export interface LeadShare {
  readonly organisation: string;
  /** The represented cells it leads, alone or as a member of a coalition. */
  readonly cells: number;
  /** Its part of those cells: 1 for each cell it leads alone, 1/n for each cell a coalition of n leads. */
  readonly weight: number;
  /** `weight` divided by all represented cells, in [0, 1]. */
  readonly share: number;
}

/**
 * One party's part of the lead role: an organisation that leads alone, or a coalition,
 * each counted once per cell it leads.
 * @category Analysis
 */
export interface PartyShare {
  /** The party's organisations, sorted by id: one, or a coalition's members. */
  readonly organisations: readonly string[];
  /** The represented cells the party leads. */
  readonly cells: number;
  /** `cells` divided by all represented cells, in [0, 1]. */
  readonly share: number;
}

/**
 * How the lead role is spread over organisations and over parties.
 * @category Analysis
 */
export interface Concentration {
  /** The represented cells: the cells that have a lead, one organisation or a coalition. */
  readonly ledCells: number;
  /** Every organisation that leads a cell, alone or in a coalition: largest weight first, then most cells, then by id. */
  readonly leads: readonly LeadShare[];
  /** Every party that leads a cell (a coalition is one party): most cells first, then by its ids joined with commas. */
  readonly parties: readonly PartyShare[];
  /**
   * The Herfindahl-Hirschman index over organisations: the sum of their squared shares (a
   * coalition's cell split evenly among its members), in [1/n, 1] for n distinct leading
   * organisations; 1 means one organisation leads every represented cell alone. Null when
   * no cell is represented.
   */
  readonly hhi: number | null;
  /** The number of distinct organisations that lead a cell, alone or in a coalition. */
  readonly distinctLeads: number;
}

interface Tally {
  cells: number;
  weight: number;
}

/**
 * The concentration of the lead role in a resolved matrix. A coalition's cell is one cell
 * for the coalition as a party, and 1/n of a cell for each of its n members.
 */
export function concentrationOf(matrix: RepresentationMatrix): Concentration {
  const led = new Map<string, Tally>();
  const byParty = new Map<string, { organisations: string[]; cells: number }>();
  let ledCells = 0;
  for (const cell of matrix.cells) {
    if (cell.status !== "represented" || cell.leads.length === 0) continue;
    ledCells += 1;
    const part = 1 / cell.leads.length;
    for (const id of cell.leads) {
      let tally = led.get(id);
      if (tally === undefined) led.set(id, (tally = { cells: 0, weight: 0 }));
      tally.cells += 1;
      tally.weight += part;
    }
    const organisations = cell.leads.length === 1 ? [...cell.leads] : [...cell.leads].sort(compareIds);
    // Keyed by the list itself: ids may hold commas, so ["a,b", "c"] and ["a", "b,c"] are two parties.
    const key = JSON.stringify(organisations);
    const party = byParty.get(key);
    if (party === undefined) byParty.set(key, { organisations, cells: 1 });
    else party.cells += 1;
  }
  const leads = [...led]
    .map(([organisation, { cells, weight }]) => ({ organisation, cells, weight, share: shareOf(weight, ledCells) }))
    .sort((a, b) => b.weight - a.weight || b.cells - a.cells || compareIds(a.organisation, b.organisation));
  const parties = [...byParty]
    .sort(([ka, a], [kb, b]) => b.cells - a.cells || compareIds(a.organisations.join(","), b.organisations.join(",")) || compareIds(ka, kb))
    .map(([, { organisations, cells }]) => ({ organisations, cells, share: shareOf(cells, ledCells) }));
  return { ledCells, leads, parties, hhi: hhiOf(leads, ledCells), distinctLeads: leads.length };
}

/**
 * The index from the weights: squared weights summed, one division last. With coalitions the
 * weights are fractions, so the result is held to [1/n, 1], where rounding could push it out.
 */
function hhiOf(leads: readonly LeadShare[], ledCells: number): number | null {
  if (ledCells === 0 || leads.length === 0) return null;
  const raw = leads.reduce((sum, lead) => sum + lead.weight * lead.weight, 0) / (ledCells * ledCells);
  return Math.min(1, Math.max(1 / leads.length, raw));
}
