import { allPositions, groupByScore, recordOf } from "../ranking-kit.js";
import type { Count, Counted } from "./count.js";

/**
 * Borda count: n - 1 points for a first place down to 0 for the last; candidates sharing places
 * (including all those left off, who share the places below the listed ones) share the average
 * of those places' points. Most points wins.
 */
export function borda({ profile }: Count): Counted {
  const n = profile.candidates.length;
  const points = new Float64Array(n);
  for (const group of profile.ranked) {
    let taken = 0;
    const award = (members: readonly number[]): void => {
      // Places taken .. taken + k - 1 earn n-1-taken down to n-taken-k; their average:
      const average = n - 1 - taken - (members.length - 1) / 2;
      for (const c of members) points[c] = (points[c] as number) + average * group.weight;
      taken += members.length;
    };
    for (const level of group.levels) award(level);
    const leftOff = allPositions(profile).filter((c) => (group.levelOf[c] as number) === group.levels.length);
    if (leftOff.length > 0) award(leftOff);
  }
  const score = (c: number): number => points[c] as number;
  return { ranking: groupByScore(allPositions(profile), score), totals: recordOf(profile, score) };
}
