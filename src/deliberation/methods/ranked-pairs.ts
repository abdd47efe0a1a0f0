import { above, same } from "../numbers.js";
import { pairwiseMatrix, tableOf } from "../pairwise.js";
import { layers } from "../ranking-kit.js";
import { defeatStrength } from "../strength.js";
import type { RankedPair } from "../tally-result.js";
import type { Count, Counted } from "./count.js";

interface Majority {
  readonly winner: number;
  readonly loser: number;
  readonly pro: number;
  readonly against: number;
  readonly strength: number;
  status: RankedPair["status"];
}

/** Whether `to` can be reached from `from` along the edges. */
function reaches(edges: Uint8Array, n: number, from: number, to: number): boolean {
  const seen = new Uint8Array(n);
  const stack = [from];
  seen[from] = 1;
  while (stack.length > 0) {
    const x = stack.pop() as number;
    if (x === to) return true;
    for (let y = 0; y < n; y++) {
      if (edges[x * n + y] === 1 && seen[y] === 0) {
        seen[y] = 1;
        stack.push(y);
      }
    }
  }
  return false;
}

/**
 * Ranked pairs (Tideman): majorities are taken strongest first (with winning votes, a smaller
 * opposing vote first among equal winning votes) and each is locked unless it would close a
 * cycle with those locked before. Majorities of equal strength are taken together: each is
 * locked unless it closes a cycle only with others of its class (`tied-cycle`), since no order
 * among equals is preferred; with a seeded lot they are taken one by one in lot order instead.
 * The ranking lists first the candidates no locked path reaches.
 */
export function rankedPairs({ profile, settings, lot, breaks }: Count): Counted {
  const n = profile.candidates.length;
  const d = pairwiseMatrix(profile);
  const majorities: Majority[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const pro = d[a * n + b] as number;
      const against = d[b * n + a] as number;
      if (a !== b && above(pro, against)) {
        majorities.push({ winner: a, loser: b, pro, against, strength: defeatStrength(settings.strength, pro, against), status: "locked" });
      }
    }
  }
  const secondary = settings.strength === "winning";
  const equal = (x: Majority, y: Majority): boolean => same(x.strength, y.strength) && (!secondary || same(x.against, y.against));
  majorities.sort((x, y) => {
    if (!same(x.strength, y.strength)) return y.strength - x.strength;
    if (secondary && !same(x.against, y.against)) return x.against - y.against;
    return x.winner - y.winner || x.loser - y.loser;
  });
  const locked = new Uint8Array(n * n);
  for (let start = 0; start < majorities.length; ) {
    let end = start + 1;
    while (end < majorities.length && equal(majorities[start] as Majority, majorities[end] as Majority)) end++;
    const members = majorities.slice(start, end);
    start = end;
    const open: Majority[] = [];
    for (const m of members) {
      if (reaches(locked, n, m.loser, m.winner)) m.status = "cycle";
      else open.push(m);
    }
    // Would the open majorities of this class close a cycle among themselves?
    const trial = Uint8Array.from(locked);
    for (const m of open) trial[m.winner * n + m.loser] = 1;
    const tangled = open.filter((m) => reaches(trial, n, m.loser, m.winner));
    if (tangled.length === 0) {
      for (const m of open) locked[m.winner * n + m.loser] = 1;
      continue;
    }
    if (lot !== undefined) {
      const place = (c: number): number => lot.place[c] as number;
      open.sort((x, y) => place(x.winner) - place(y.winner) || place(y.loser) - place(x.loser));
      const involved = [...new Set(tangled.flatMap((m) => [m.winner, m.loser]))];
      breaks.push({
        stage: "pairs",
        among: involved.sort((x, y) => x - y).map((c) => profile.candidates[c] as string),
        order: [...involved].sort((x, y) => place(x) - place(y)).map((c) => profile.candidates[c] as string),
      });
      for (const m of open) {
        if (reaches(locked, n, m.loser, m.winner)) m.status = "cycle";
        else locked[m.winner * n + m.loser] = 1;
      }
      continue;
    }
    for (const m of open) {
      if (tangled.includes(m)) m.status = "tied-cycle";
      else locked[m.winner * n + m.loser] = 1;
    }
  }
  const ranking = layers(n, (a, b) => reaches(locked, n, a, b));
  const pairs: RankedPair[] = majorities.map((m) => ({
    winner: profile.candidates[m.winner] as string,
    loser: profile.candidates[m.loser] as string,
    for: m.pro,
    against: m.against,
    strength: m.strength,
    status: m.status,
  }));
  return { ranking, pairwise: tableOf(profile, d), pairs };
}
