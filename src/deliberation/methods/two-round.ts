import { firstPreferences } from "../first-preferences.js";
import { above, same } from "../numbers.js";
import { allPositions, groupByScore } from "../ranking-kit.js";
import { publishRound, type RoundDraft } from "../round-draft.js";
import type { Count, Counted } from "./count.js";
import { append } from "../../internal/append.js";

/**
 * Two-round system, counted from ranked ballots (the contingent vote): a candidate with more
 * than half of the first preferences wins at once; otherwise the two with the most first
 * preferences go to a second round (everyone tied for second place goes along), in which each
 * ballot counts for its highest-ranked finalist. The most votes in the second round wins; a tie
 * there is broken only by the lot.
 */
export function twoRound({ profile, lot, breaks }: Count): Counted {
  const n = profile.candidates.length;
  const all = allPositions(profile);
  const first = firstPreferences(profile.ranked, n, () => true);
  const score1 = (c: number): number => first.votes[c] as number;
  const byFirst = groupByScore(all, score1);
  const total = all.reduce((s, c) => s + score1(c), 0);
  const round1: RoundDraft = { counts: all.map((c) => [c, score1(c)] as const), exhausted: first.exhausted, elected: [], eliminated: [] };
  const leader = byFirst[0]?.[0] as number;
  if (n === 1 || above(score1(leader), total / 2)) {
    round1.elected.push(leader);
    return { ranking: [[leader], ...groupByScore(all.filter((c) => c !== leader), score1)], decided: { winners: [leader], tie: false }, rounds: [publishRound(profile, round1, 0)] };
  }
  // The second-highest first-preference count, and everyone at or above it.
  const ordered = [...all].sort((a, b) => score1(b) - score1(a));
  const bar = score1(ordered[1] as number);
  const finalists = all.filter((c) => score1(c) > bar || same(score1(c), bar));
  const isFinalist = new Uint8Array(n);
  for (const c of finalists) isFinalist[c] = 1;
  append(round1.eliminated, all.filter((c) => isFinalist[c] === 0));
  const second = firstPreferences(profile.ranked, n, (c) => isFinalist[c] === 1);
  const score2 = (c: number): number => second.votes[c] as number;
  let byFinal = groupByScore(finalists, score2);
  const top = byFinal[0] ?? [];
  let winners = top;
  if (top.length > 1 && lot !== undefined) {
    const ordered = [...top].sort((a, b) => (lot.place[a] as number) - (lot.place[b] as number));
    const id = (c: number): string => profile.candidates[c] as string;
    breaks.push({ stage: "ranking", round: 2, among: top.map(id), order: ordered.map(id) });
    winners = [ordered[0] as number];
    byFinal = [winners, ordered.slice(1), ...byFinal.slice(1)];
  }
  const round2: RoundDraft = {
    counts: finalists.map((c) => [c, score2(c)] as const),
    exhausted: second.exhausted,
    elected: winners.length === 1 ? [...winners] : [],
    eliminated: finalists.filter((c) => !winners.includes(c)),
    transfer: { kind: "elimination", from: round1.eliminated },
    ...(top.length > 1 ? { tie: { among: top, resolvedBy: lot === undefined ? ("unresolved" as const) : ("lot" as const) } } : {}),
  };
  const ranking = [...byFinal, ...groupByScore(all.filter((c) => isFinalist[c] === 0), score1)];
  return {
    ranking,
    decided: { winners, tie: winners.length > 1 },
    rounds: [publishRound(profile, round1, 0), publishRound(profile, round2, 1)],
  };
}
