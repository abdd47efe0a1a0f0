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

/** Locks `winner` over `loser` in a transitive closure (`closure[x * n + y]`: a locked path leads from x to y). */
function lock(closure: Uint8Array, n: number, winner: number, loser: number): void {
  if (closure[winner * n + loser] === 1) return;
  const from = [winner];
  const to = [loser];
  for (let x = 0; x < n; x++) {
    if (closure[x * n + winner] === 1) from.push(x);
    if (closure[loser * n + x] === 1) to.push(x);
  }
  for (const x of from) for (const y of to) if (x !== y) closure[x * n + y] = 1;
}

/** The open majorities that lie on a cycle of the locked paths together with all the open majorities (strongly connected components). */
function tangledOf(closure: Uint8Array, n: number, open: readonly Majority[]): Set<Majority> {
  const extra: number[][] = Array.from({ length: n }, () => []);
  for (const m of open) (extra[m.winner] as number[]).push(m.loser);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  const onStack = new Uint8Array(n);
  let counter = 0;
  let components = 0;
  const connect = (v: number): void => {
    index[v] = counter;
    low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    const visit = (w: number): void => {
      if (index[w] === -1) {
        connect(w);
        low[v] = Math.min(low[v] as number, low[w] as number);
      } else if (onStack[w] === 1) low[v] = Math.min(low[v] as number, index[w] as number);
    };
    for (let w = 0; w < n; w++) if (closure[v * n + w] === 1) visit(w);
    for (const w of extra[v] as number[]) visit(w);
    if (low[v] === index[v]) {
      for (;;) {
        const w = stack.pop() as number;
        onStack[w] = 0;
        component[w] = components;
        if (w === v) break;
      }
      components++;
    }
  };
  for (let v = 0; v < n; v++) if (index[v] === -1) connect(v);
  return new Set(open.filter((m) => component[m.winner] === component[m.loser]));
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
  const reaches = (from: number, to: number): boolean => locked[from * n + to] === 1;
  for (let start = 0; start < majorities.length; ) {
    let end = start + 1;
    while (end < majorities.length && equal(majorities[start] as Majority, majorities[end] as Majority)) end++;
    const members = majorities.slice(start, end);
    start = end;
    const open: Majority[] = [];
    for (const m of members) {
      if (reaches(m.loser, m.winner)) m.status = "cycle";
      else open.push(m);
    }
    // Would the open majorities of this class close a cycle among themselves? (One alone cannot: it was checked above.)
    const tangled = open.length < 2 ? new Set<Majority>() : tangledOf(locked, n, open);
    if (tangled.size === 0) {
      for (const m of open) lock(locked, n, m.winner, m.loser);
      continue;
    }
    if (lot !== undefined) {
      const place = (c: number): number => lot.place[c] as number;
      open.sort((x, y) => place(x.winner) - place(y.winner) || place(y.loser) - place(x.loser));
      const involved = [...new Set([...tangled].flatMap((m) => [m.winner, m.loser]))];
      breaks.push({
        stage: "pairs",
        among: involved.sort((x, y) => x - y).map((c) => profile.candidates[c] as string),
        order: [...involved].sort((x, y) => place(x) - place(y)).map((c) => profile.candidates[c] as string),
      });
      for (const m of open) {
        if (reaches(m.loser, m.winner)) m.status = "cycle";
        else lock(locked, n, m.winner, m.loser);
      }
      continue;
    }
    for (const m of open) {
      if (tangled.has(m)) m.status = "tied-cycle";
      else lock(locked, n, m.winner, m.loser);
    }
  }
  const ranking = layers(n, reaches);
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
