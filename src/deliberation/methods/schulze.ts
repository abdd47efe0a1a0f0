import { above } from "../numbers.js";
import { pairwiseMatrix, tableOf } from "../pairwise.js";
import { layers } from "../ranking-kit.js";
import { defeatStrength } from "../strength.js";
import type { Count, Counted } from "./count.js";

/**
 * Schulze: a link a -> b has the strength of a's defeat of b (0 when a does not win the pair);
 * a path is as strong as its weakest link; a beats b when a's strongest path to b is stronger
 * than b's to a. This relation is transitive, and the ranking lists first those nobody beats.
 */
export function schulze({ profile, settings }: Count): Counted {
  const n = profile.candidates.length;
  const d = pairwiseMatrix(profile);
  const p = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const ab = d[a * n + b] as number;
      const ba = d[b * n + a] as number;
      if (a !== b && above(ab, ba)) p[a * n + b] = defeatStrength(settings.strength, ab, ba);
    }
  }
  // Widest paths (Floyd-Warshall with min for a path and max over paths).
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      for (let k = 0; k < n; k++) {
        if (k === i || k === j) continue;
        const via = Math.min(p[j * n + i] as number, p[i * n + k] as number);
        if (via > (p[j * n + k] as number)) p[j * n + k] = via;
      }
    }
  }
  const ranking = layers(n, (a, b) => above(p[a * n + b] as number, p[b * n + a] as number));
  return { ranking, pairwise: tableOf(profile, d), strongestPaths: tableOf(profile, p) };
}
