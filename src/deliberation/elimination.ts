import type { Lot } from "./lot.js";
import type { HistoryRank } from "./history-rank.js";
import { sum } from "./numbers.js";
import type { RoundTie, TieBreak } from "./tally-result.js";

/** How a tie for exclusion was settled: who goes out, or that the count must stop here. */
export type Exclusion =
  | { readonly losers: readonly number[]; readonly tie?: { readonly among: readonly number[]; readonly resolvedBy: RoundTie["resolvedBy"] } }
  | { readonly stop: readonly number[] };

/** What a count knows when candidates tie for exclusion. */
export interface ExclusionInput {
  /** The candidates with the fewest votes. */
  readonly tied: readonly number[];
  /** Whether excluding them all at once cannot change who is elected. */
  readonly together: boolean;
  /** What the earlier rounds say about the tied candidates ({@link HistoryRank}). */
  readonly rank: HistoryRank;
  readonly lot: Lot | undefined;
  readonly round: number;
  readonly names: readonly string[];
  readonly breaks: TieBreak[];
  /**
   * What to do when nothing else settles the tie: `stop` ends the count there; `last` excludes
   * the last of the tied (once every way is known to elect the same).
   */
  readonly policy: "stop" | "last";
}

/**
 * Settles a tie for exclusion: all together when that cannot matter; else by the earlier rounds
 * (fewest votes in the latest round where the tied candidates differ); else by the lot (the one
 * last in lot order goes); else by the policy.
 */
export function settleExclusion(input: ExclusionInput): Exclusion {
  const { tied } = input;
  if (tied.length === 1) return { losers: tied };
  if (input.together) return { losers: tied, tie: { among: tied, resolvedBy: "all-together" } };
  const { rank } = input;
  let lowest = Number.POSITIVE_INFINITY;
  for (const c of tied) lowest = Math.min(lowest, rank[c] as number);
  const narrowed = tied.filter((c) => rank[c] === lowest);
  if (narrowed.length === 1) return { losers: narrowed, tie: { among: tied, resolvedBy: "earlier-rounds" } };
  const { lot } = input;
  if (lot !== undefined) {
    const ordered = [...narrowed].sort((a, b) => (lot.place[a] as number) - (lot.place[b] as number));
    const loser = ordered[ordered.length - 1] as number;
    input.breaks.push({
      stage: "elimination",
      round: input.round,
      among: narrowed.map((c) => input.names[c] as string),
      order: ordered.map((c) => input.names[c] as string),
    });
    return { losers: [loser], tie: { among: tied, resolvedBy: "lot" } };
  }
  if (input.policy === "last") return { losers: [narrowed[narrowed.length - 1] as number], tie: { among: tied, resolvedBy: "immaterial" } };
  return { stop: narrowed };
}

/** The sum of the tied candidates' votes. */
export function votesOf(votes: Float64Array, positions: readonly number[]): number {
  return sum(positions.map((c) => votes[c] as number));
}
