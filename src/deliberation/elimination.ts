import type { Lot } from "./lot.js";
import { same, sum } from "./numbers.js";
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
  /** The counts of the earlier rounds, oldest first. */
  readonly history: readonly Float64Array[];
  readonly lot: Lot | undefined;
  readonly round: number;
  readonly names: readonly string[];
  readonly breaks: TieBreak[];
  /** The next forced choice while exploring the ways a tie can go, if any. */
  readonly forced: () => number | undefined;
  /** `stop` to end the count at an unresolved tie; `last` to exclude the last of the tied (used once every way is known to elect the same). */
  readonly policy: "stop" | "last";
}

/**
 * Settles a tie for exclusion: all together when that cannot matter; else by the earlier rounds
 * (fewest votes in the latest round where the tied candidates differ); else by the lot (the one
 * last in lot order goes); else by a forced choice or the policy.
 */
export function settleExclusion(input: ExclusionInput): Exclusion {
  const { tied } = input;
  if (tied.length === 1) return { losers: tied };
  if (input.together) return { losers: tied, tie: { among: tied, resolvedBy: "all-together" } };
  let narrowed = [...tied];
  for (let r = input.history.length - 1; r >= 0 && narrowed.length > 1; r--) {
    const counts = input.history[r] as Float64Array;
    const least = Math.min(...narrowed.map((c) => counts[c] as number));
    narrowed = narrowed.filter((c) => same(counts[c] as number, least));
  }
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
  const forced = input.forced();
  if (forced !== undefined) return { losers: [forced], tie: { among: tied, resolvedBy: "immaterial" } };
  if (input.policy === "last") return { losers: [narrowed[narrowed.length - 1] as number], tie: { among: tied, resolvedBy: "immaterial" } };
  return { stop: narrowed };
}

/** The sum of the tied candidates' votes. */
export function votesOf(votes: Float64Array, positions: readonly number[]): number {
  return sum(positions.map((c) => votes[c] as number));
}
