import type { RankedGroup } from "./profile.js";

/** The highest listed places of a ballot that hold a candidate still in the count, or none. */
export function topContinuing(group: RankedGroup, inCount: (c: number) => boolean): number[] {
  for (const level of group.levels) {
    const here = level.filter(inCount);
    if (here.length > 0) return here;
  }
  return [];
}

/**
 * First preferences among the candidates still in the count: each ballot goes to its highest
 * listed candidates still in, split equally when several share that place; a ballot that lists
 * none of them is exhausted (left-off candidates are tied below, which expresses no preference among them).
 */
export function firstPreferences(groups: readonly RankedGroup[], n: number, inCount: (c: number) => boolean): { votes: Float64Array; exhausted: number } {
  const votes = new Float64Array(n);
  let exhausted = 0;
  // As topContinuing, without building a list per ballot: this runs once per round of every count.
  for (const group of groups) {
    let held = false;
    for (const level of group.levels) {
      let k = 0;
      for (const c of level) if (inCount(c)) k++;
      if (k === 0) continue;
      const share = group.weight / k;
      for (const c of level) if (inCount(c)) votes[c] = (votes[c] as number) + share;
      held = true;
      break;
    }
    if (!held) exhausted += group.weight;
  }
  return { votes, exhausted };
}
