import type { CouncilBallot } from "./council.js";

/**
 * A ballot as a value per option, higher meaning preferred: minus the place for a ranking
 * (options left off share the place below the last listed), 1 or 0 for approvals, the score
 * or grade (0 when missing) otherwise. Only comparisons between options are used.
 */
export function preferenceValues(ballot: CouncilBallot, options: readonly string[]): Float64Array {
  const out = new Float64Array(options.length);
  const at = new Map(options.map((o, i) => [o, i]));
  if ("ranking" in ballot) {
    out.fill(-ballot.ranking.length);
    ballot.ranking.forEach((entry, place) => {
      for (const o of typeof entry === "string" ? [entry] : entry) out[at.get(o) as number] = -place;
    });
  } else if ("approvals" in ballot) {
    for (const o of ballot.approvals) out[at.get(o) as number] = 1;
  } else {
    const values = "scores" in ballot ? ballot.scores : ballot.grades;
    for (const [o, v] of Object.entries(values)) out[at.get(o) as number] = v;
  }
  return out;
}
