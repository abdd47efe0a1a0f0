import { above } from "../numbers.js";
import { pairwiseMatrix, tableOf } from "../pairwise.js";
import { allPositions, groupByScore, recordOf } from "../ranking-kit.js";
import type { Count, Counted } from "./count.js";

/** Copeland: each candidate scores its pairwise wins minus its pairwise losses; the highest score wins. */
export function copeland({ profile }: Count): Counted {
  const n = profile.candidates.length;
  const d = pairwiseMatrix(profile);
  const scores = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      const ab = d[a * n + b] as number;
      const ba = d[b * n + a] as number;
      if (above(ab, ba)) scores[a] = (scores[a] as number) + 1;
      else if (above(ba, ab)) scores[a] = (scores[a] as number) - 1;
    }
  }
  const score = (c: number): number => scores[c] as number;
  return { ranking: groupByScore(allPositions(profile), score), totals: recordOf(profile, score), pairwise: tableOf(profile, d) };
}
