import { allPositions, groupByScore, recordOf } from "../ranking-kit.js";
import type { Count, Counted } from "./count.js";

/** Approval: each approval is one vote; the `seats` most-approved candidates win. */
export function approval({ profile }: Count): Counted {
  const totals = new Float64Array(profile.candidates.length);
  for (const group of profile.approvals) {
    group.approved.forEach((yes, c) => {
      if (yes === 1) totals[c] = (totals[c] as number) + group.weight;
    });
  }
  const score = (c: number): number => totals[c] as number;
  return { ranking: groupByScore(allPositions(profile), score), totals: recordOf(profile, score) };
}
