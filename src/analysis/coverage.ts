import type { RepresentationMatrix } from "../resolve/matrix.js";
import type { Representation, Status } from "../resolve/representation.js";
import { shareOf } from "./format.js";

/**
 * How many cells have each status, and what share of the cells that is. A cell a coalition
 * leads is one represented cell.
 * @category Analysis
 */
export interface StatusTally {
  /** The number of cells counted. */
  readonly cells: number;
  /** Cells per status; the three counts add up to `cells`. */
  readonly counts: Readonly<Record<Status, number>>;
  /** Each count divided by `cells`; all 0 when there are no cells. */
  readonly shares: Readonly<Record<Status, number>>;
}

/** The tally of one theme's cells. @category Analysis */
export interface ThemeCoverage extends StatusTally {
  readonly theme: string;
}

/** The tally of one region's cells. @category Analysis */
export interface RegionCoverage extends StatusTally {
  readonly region: string;
}

/** The tally of one sector's cells; `null` is the profession as a whole. @category Analysis */
export interface SectorCoverage extends StatusTally {
  readonly sector: string | null;
}

/** The statuses of a matrix, overall and broken down by theme, region and sector, each in the matrix's order. @category Analysis */
export interface Coverage extends StatusTally {
  readonly byTheme: readonly ThemeCoverage[];
  readonly byRegion: readonly RegionCoverage[];
  readonly bySector: readonly SectorCoverage[];
}

type Counts = Record<Status, number>;

function tallyOf(counts: Counts): StatusTally {
  const n = counts.represented + counts.contested + counts.unrepresented;
  return {
    cells: n,
    counts,
    shares: {
      represented: shareOf(counts.represented, n),
      contested: shareOf(counts.contested, n),
      unrepresented: shareOf(counts.unrepresented, n),
    },
  };
}

/** Counts per key in one pass over the cells, with a zero count for every key of the axis. */
function countBy<K>(keys: readonly K[], cells: readonly Representation[], keyOf: (cell: Representation) => K): Map<K, Counts> {
  const out = new Map<K, Counts>(keys.map((k) => [k, { represented: 0, contested: 0, unrepresented: 0 }]));
  for (const cell of cells) {
    const counts = out.get(keyOf(cell));
    if (counts !== undefined) counts[cell.status] += 1;
  }
  return out;
}

/**
 * The coverage of a resolved matrix. A cell a coalition leads counts once, as
 * `represented`, with or without a spokesperson; how the lead is shared among a
 * coalition's members is concentration's question (see `concentrationOf`).
 */
export function coverageOf(matrix: RepresentationMatrix): Coverage {
  const { cells } = matrix;
  const all = countBy([null], cells, () => null).get(null) ?? { represented: 0, contested: 0, unrepresented: 0 };
  const byTheme = countBy(matrix.themes, cells, (c) => c.theme);
  const byRegion = countBy(matrix.regions, cells, (c) => c.region);
  const bySector = countBy(matrix.sectors, cells, (c) => c.sector);
  const zero: Counts = { represented: 0, contested: 0, unrepresented: 0 };
  return {
    ...tallyOf(all),
    byTheme: matrix.themes.map((theme) => ({ theme, ...tallyOf(byTheme.get(theme) ?? zero) })),
    byRegion: matrix.regions.map((region) => ({ region, ...tallyOf(byRegion.get(region) ?? zero) })),
    bySector: matrix.sectors.map((sector) => ({ sector, ...tallyOf(bySector.get(sector) ?? zero) })),
  };
}
