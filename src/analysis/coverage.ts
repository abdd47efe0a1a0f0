import type { RepresentationMatrix } from "../resolve/matrix.js";
import type { Representation, Status } from "../resolve/representation.js";
import { shareOf } from "./format.js";

/** How many cells have each status, and what share of the cells that is. @category Analysis */
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

function tally(cells: readonly Representation[]): StatusTally {
  const counts = { represented: 0, contested: 0, unrepresented: 0 };
  for (const cell of cells) counts[cell.status] += 1;
  const n = cells.length;
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

/** The coverage of a resolved matrix. */
export function coverageOf(matrix: RepresentationMatrix): Coverage {
  const { cells } = matrix;
  return {
    ...tally(cells),
    byTheme: matrix.themes.map((theme) => ({ theme, ...tally(cells.filter((c) => c.theme === theme)) })),
    byRegion: matrix.regions.map((region) => ({ region, ...tally(cells.filter((c) => c.region === region)) })),
    bySector: matrix.sectors.map((sector) => ({ sector, ...tally(cells.filter((c) => c.sector === sector)) })),
  };
}
