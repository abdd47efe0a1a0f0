import { same } from "./numbers.js";

/**
 * What the earlier rounds say about candidates who tie: each candidate's place when the rounds
 * so far are read latest first (fewer votes in the latest round where two differ is lower).
 * Candidates with equal votes in every round share a place. Place 0 is the lowest.
 */
export type HistoryRank = Int32Array;

/**
 * The places after one more round: the round's votes decide first, the places before it break
 * their ties. Only `among` (the candidates still in) are placed; the others keep their old place.
 */
export function nextRank(votes: Float64Array, rank: HistoryRank, among: readonly number[]): HistoryRank {
  const sorted = [...among].sort((a, b) => (votes[a] as number) - (votes[b] as number) || a - b);
  // Values within rounding of a class's lowest value join that class, so that the classes never overlap.
  const cls = new Map<number, number>();
  let start = Number.NaN;
  let k = -1;
  for (const c of sorted) {
    const v = votes[c] as number;
    if (k < 0 || !same(v, start)) {
      k++;
      start = v;
    }
    cls.set(c, k);
  }
  const order = [...among].sort((a, b) => (cls.get(a) as number) - (cls.get(b) as number) || (rank[a] as number) - (rank[b] as number));
  const out = Int32Array.from(rank);
  let place = -1;
  let prev = -1;
  for (const c of order) {
    if (prev < 0 || cls.get(c) !== cls.get(prev) || rank[c] !== rank[prev]) place++;
    out[c] = place;
    prev = c;
  }
  return out;
}
