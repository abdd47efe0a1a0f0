import type { FindingFact } from "../finding.js";
import type { PitfallContext } from "./context.js";

/**
 * Cells whose lead the claims cannot settle. It fires when the share of
 * contested cells exceeds `maxContestedShare`, with severity medium: the parties
 * can settle them, but until then no one leads. It reads only the matrix, so it
 * means the same for every model. Each conflict lists its contending parties: a
 * coalition is one party, so a coalition and one of its own members are two.
 */
export function contestedCells({ analysis, thresholds }: PitfallContext): FindingFact | undefined {
  const { cells, counts, shares } = analysis.coverage;
  const share = shares.contested;
  if (share <= thresholds.maxContestedShare) return undefined;
  const n = counts.contested;
  return {
    id: "contested-cells",
    severity: "medium",
    evidence: {
      contested: n,
      cells,
      share,
      maxContestedShare: thresholds.maxContestedShare,
      conflicts: analysis.conflicts.map(({ theme, region, sector, contenders, parties }) => ({ theme, region, sector, contenders, parties })),
    },
  };
}
