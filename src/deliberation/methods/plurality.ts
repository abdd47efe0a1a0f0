import { firstPreferences } from "../first-preferences.js";
import { allPositions, groupByScore, recordOf } from "../ranking-kit.js";
import type { Count, Counted } from "./count.js";

/** Plurality: each ballot's first place counts one vote, split equally when several share it; most votes wins. */
export function plurality({ profile }: Count): Counted {
  const { votes } = firstPreferences(profile.ranked, profile.candidates.length, () => true);
  const score = (c: number): number => votes[c] as number;
  return { ranking: groupByScore(allPositions(profile), score), totals: recordOf(profile, score) };
}
