import type { Lot } from "./lot.js";
import { same } from "./numbers.js";
import type { Profile } from "./profile.js";
import type { TieBreak } from "./tally-result.js";
import { append } from "../internal/append.js";
import { recordFrom } from "../internal/own.js";

/** Candidate positions grouped by a score, best first; equal scores share a group, in candidate order. */
export function groupByScore(positions: readonly number[], score: (c: number) => number, higherFirst = true): number[][] {
  const sorted = [...positions].sort((a, b) => {
    const d = higherFirst ? score(b) - score(a) : score(a) - score(b);
    return same(score(a), score(b)) ? a - b : d;
  });
  const groups: number[][] = [];
  let last: number | undefined;
  for (const c of sorted) {
    const current = groups[groups.length - 1];
    if (current !== undefined && last !== undefined && same(score(last), score(c))) current.push(c);
    else groups.push([c]);
    last = c;
  }
  return groups;
}

/** Layers of a strict partial order: first those nobody beats, then those only the first layer beats, and so on. */
export function layers(n: number, beats: (a: number, b: number) => boolean): number[][] {
  // Kahn's order by layers: each candidate waits for everyone who beats it; O(n^2) calls of `beats`.
  const waiting = new Int32Array(n);
  const beaten: number[][] = Array.from({ length: n }, () => []);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a !== b && beats(a, b)) {
        waiting[b] = (waiting[b] as number) + 1;
        (beaten[a] as number[]).push(b);
      }
    }
  }
  const left = new Set(Array.from({ length: n }, (_, i) => i));
  const out: number[][] = [];
  while (left.size > 0) {
    const top = [...left].filter((c) => waiting[c] === 0);
    // A cycle cannot occur for the orders used here; taking everything left keeps the loop finite regardless.
    const layer = top.length > 0 ? top : [...left];
    out.push(layer);
    for (const c of layer) left.delete(c);
    for (const c of layer) for (const b of beaten[c] as number[]) waiting[b] = (waiting[b] as number) - 1;
  }
  return out;
}

/** Splits every group of a ranking by the lot and records each split. */
export function splitByLot(ranking: readonly (readonly number[])[], lot: Lot, names: readonly string[], breaks: TieBreak[]): number[][] {
  const out: number[][] = [];
  for (const group of ranking) {
    if (group.length < 2) {
      out.push([...group]);
      continue;
    }
    const ordered = [...group].sort((a, b) => (lot.place[a] as number) - (lot.place[b] as number));
    breaks.push({ stage: "ranking", among: group.map((c) => names[c] as string), order: ordered.map((c) => names[c] as string) });
    for (const c of ordered) out.push([c]);
  }
  return out;
}

/** The winners of a ranking for `seats` seats: whole groups from the top; a tie when the last group overflows. */
export function winnersOf(ranking: readonly (readonly number[])[], seats: number): { winners: number[]; tie: boolean } {
  const winners: number[] = [];
  for (const group of ranking) {
    if (winners.length >= seats) break;
    append(winners, group);
  }
  return { winners, tie: winners.length > seats };
}

/** Ids for positions. */
export function idsOf(profile: Profile, positions: readonly number[]): string[] {
  return positions.map((c) => profile.candidates[c] as string);
}

/** A record from candidate id to value, in candidate order, for the given positions (all by default). */
export function recordOf(profile: Profile, value: (c: number) => number, positions?: readonly number[]): Record<string, number> {
  const list = positions ?? profile.candidates.map((_, i) => i);
  return recordFrom(list.map((c) => profile.candidates[c] as string), (i) => value(list[i] as number));
}

/** The candidate positions 0 .. n-1. */
export function allPositions(profile: Profile): number[] {
  return profile.candidates.map((_, i) => i);
}
