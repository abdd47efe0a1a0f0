import { compareIds } from "../internal/compare-ids.js";
import type { RepresentationMatrix } from "../resolve/matrix.js";
import { shareOf } from "./format.js";

/** One organisation's part of the lead role. @category Analysis */
export interface LeadShare {
  readonly organisation: string;
  /** The represented cells it leads. */
  readonly cells: number;
  /** `cells` divided by all represented cells, in [0, 1]. */
  readonly share: number;
}

/** How the lead role is spread over organisations. @category Analysis */
export interface Concentration {
  /** The represented cells: the cells that have a lead. */
  readonly ledCells: number;
  /** Every organisation that leads a cell, most cells first, then by id. */
  readonly leads: readonly LeadShare[];
  /**
   * The Herfindahl-Hirschman index: the sum of the squared shares, in [1/n, 1]
   * for n distinct leads; 1 means one organisation leads every represented cell.
   * Null when no cell is represented.
   */
  readonly hhi: number | null;
  /** The number of distinct organisations that lead a cell. */
  readonly distinctLeads: number;
}

/** The concentration of the lead role in a resolved matrix. */
export function concentrationOf(matrix: RepresentationMatrix): Concentration {
  const led = new Map<string, number>();
  let ledCells = 0;
  for (const cell of matrix.cells) {
    if (cell.lead === null) continue;
    ledCells += 1;
    led.set(cell.lead, (led.get(cell.lead) ?? 0) + 1);
  }
  const leads = [...led]
    .map(([organisation, cells]) => ({ organisation, cells, share: shareOf(cells, ledCells) }))
    .sort((a, b) => b.cells - a.cells || compareIds(a.organisation, b.organisation));
  return {
    ledCells,
    leads,
    // Whole counts first and one division last, so rounding cannot push the index outside [1/n, 1].
    hhi: ledCells === 0 ? null : leads.reduce((sum, lead) => sum + lead.cells * lead.cells, 0) / (ledCells * ledCells),
    distinctLeads: leads.length,
  };
}
