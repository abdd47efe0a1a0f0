import type { Finding } from "../finding.js";
import { countEn, countNl, percentEn, percentNl } from "../format.js";
import type { PitfallContext } from "./context.js";

/**
 * Cells whose lead the claims cannot settle. It fires when the share of
 * contested cells exceeds `maxContestedShare`, with severity medium: the parties
 * can settle them, but until then no one leads. It reads only the matrix, so it
 * means the same for every model.
 */
export function contestedCells({ analysis, thresholds }: PitfallContext): Finding | undefined {
  const { cells, counts, shares } = analysis.coverage;
  const share = shares.contested;
  if (share <= thresholds.maxContestedShare) return undefined;
  const n = counts.contested;
  return {
    id: "contested-cells",
    severity: "medium",
    message: {
      en: `${countEn(n)} of ${countEn(cells)} cells (${percentEn(share)}) are contested, more than the ${percentEn(thresholds.maxContestedShare)} allowed: the parties must settle who leads there.`,
      nl: `${countNl(n)} van ${countNl(cells)} cellen (${percentNl(share)}) zijn betwist, meer dan de toegestane ${percentNl(thresholds.maxContestedShare)}: de partijen moeten daar regelen wie de leiding heeft.`,
    },
    evidence: {
      contested: n,
      cells,
      share,
      maxContestedShare: thresholds.maxContestedShare,
      conflicts: analysis.conflicts.map(({ theme, region, sector, contenders }) => ({ theme, region, sector, contenders })),
    },
  };
}
