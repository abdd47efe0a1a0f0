import { recordFrom } from "../internal/own.js";
import type { Profile } from "./profile.js";
import type { PairwiseTable } from "./tally-result.js";

/**
 * `d[a * n + b]`: the weight of the ballots that place `a` above `b`; left-off candidates are tied below every listed one.
 * Only a listed candidate can stand above another, so each group costs its listed candidates times `n`, not `n * n`;
 * each entry still receives the groups' weights one by one in group order, so the sums are the same numbers.
 */
export function pairwiseMatrix(profile: Profile): Float64Array {
  const n = profile.candidates.length;
  const d = new Float64Array(n * n);
  for (const group of profile.ranked) {
    const level = group.levelOf;
    for (const place of group.levels) {
      for (const a of place) {
        const la = level[a] as number;
        const row = a * n;
        for (let b = 0; b < n; b++) {
          if (la < (level[b] as number)) d[row + b] = (d[row + b] as number) + group.weight;
        }
      }
    }
  }
  return d;
}

/** A square matrix as a table keyed by candidate ids, leaving out the diagonal. */
export function tableOf(profile: Profile, m: Float64Array): PairwiseTable {
  const ids = profile.candidates;
  const n = ids.length;
  return recordFrom(ids, (i) => {
    const others = ids.filter((_, j) => j !== i);
    return recordFrom(others, (k) => m[i * n + (k < i ? k : k + 1)] as number);
  });
}
