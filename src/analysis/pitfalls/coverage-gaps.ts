import type { FindingFact } from "../finding.js";
import type { PitfallContext } from "./context.js";

/**
 * Cells nobody represents. It fires when the share of unrepresented cells
 * exceeds `maxUnrepresentedShare`; severity is high when no cell at all is
 * represented, medium otherwise. It reads only the matrix, so it means the same
 * for every model.
 */
export function coverageGaps({ analysis, matrix, thresholds }: PitfallContext): FindingFact | undefined {
  const { cells, counts, shares } = analysis.coverage;
  const share = shares.unrepresented;
  if (share <= thresholds.maxUnrepresentedShare) return undefined;
  const n = counts.unrepresented;
  return {
    id: "coverage-gaps",
    severity: n === cells ? "high" : "medium",
    evidence: {
      unrepresented: n,
      cells,
      share,
      maxUnrepresentedShare: thresholds.maxUnrepresentedShare,
      gaps: matrix.cells.filter((c) => c.status === "unrepresented").map(({ theme, region, sector }) => ({ theme, region, sector })),
    },
  };
}
