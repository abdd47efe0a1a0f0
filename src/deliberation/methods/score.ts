import { allPositions, groupByScore, recordOf } from "../ranking-kit.js";
import type { Count, Counted } from "./count.js";

/** Score voting: the scores are summed (a candidate left off scores 0); the highest sum wins. */
export function score({ profile }: Count): Counted {
  const totals = new Float64Array(profile.candidates.length);
  for (const group of profile.values) {
    group.values.forEach((v, c) => {
      totals[c] = (totals[c] as number) + v * group.weight;
    });
  }
  const sumOf = (c: number): number => totals[c] as number;
  return { ranking: groupByScore(allPositions(profile), sumOf), totals: recordOf(profile, sumOf) };
}
