import type { Profile } from "./profile.js";
import type { PairwiseTable } from "./tally-result.js";

/** `d[a * n + b]`: the weight of the ballots that place `a` above `b`; left-off candidates are tied below every listed one. */
export function pairwiseMatrix(profile: Profile): Float64Array {
  const n = profile.candidates.length;
  const d = new Float64Array(n * n);
  for (const group of profile.ranked) {
    const level = group.levelOf;
    for (let a = 0; a < n; a++) {
      const la = level[a] as number;
      for (let b = 0; b < n; b++) {
        if (la < (level[b] as number)) d[a * n + b] = (d[a * n + b] as number) + group.weight;
      }
    }
  }
  return d;
}

/** A square matrix as a table keyed by candidate ids, leaving out the diagonal. */
export function tableOf(profile: Profile, m: Float64Array): PairwiseTable {
  const ids = profile.candidates;
  const n = ids.length;
  return Object.fromEntries(
    ids.map((a, i) => [a, Object.fromEntries(ids.flatMap((b, j) => (i === j ? [] : [[b, m[i * n + j] as number]])))]),
  );
}
