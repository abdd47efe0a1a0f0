import { below, generator } from "./prng.js";

/** Where a count run from some state ended: with its winners, or at a tie that only a choice can settle. */
export type Stop = { readonly winners: readonly number[] } | { readonly tied: readonly number[] };

/**
 * A count that can be run up to its next unresolved tie and then continued along each way out
 * of that tie. `S` is everything the rest of the count depends on.
 */
export interface Walker<S> {
  /** Runs the count on from `state` (changing it) until it ends or meets an unresolved tie. */
  run(state: S): Stop;
  /** A copy of a state stopped at a tie, with `loser` excluded as the way out. */
  branch(state: S, loser: number): S;
  /** A key equal for two stopped states exactly when the rest of their counts are the same. */
  key(state: S): string;
  /** The candidates a count from this state could still elect (a cheap bound: it may name too many, never too few). */
  electable(state: S): readonly number[];
  /** The rounds counted so far by all runs, the measure of the search's work. */
  spent(): number;
  /** The rounds of one whole count: the least a budget allows. */
  readonly scale: number;
  /** What one round costs, in candidates and ballot groups looked at: budgets are work divided by it. */
  readonly roundCost: number;
}

/** Every set of winners the ways out of a tie reach (each sorted), and whether the list is complete. */
export interface Reach {
  readonly sets: readonly (readonly number[])[];
  readonly complete: boolean;
}

// Random ways tried first: a real tie usually shows itself in a few of them.
const DIVES = 16;
// The work (rounds times their cost) spent on listing every winner of a tie known to be real.
const LIST_WORK = 2_000_000;
// The work spent on proving that a tie does not matter: some seconds on this project's machines.
const PROOF_WORK = 20_000_000;

/** A budget of work as rounds of this count: never less than one whole count. */
function roundsFor<S>(walker: Walker<S>, work: number): number {
  return Math.max(walker.scale, Math.floor(work / Math.max(1, walker.roundCost)));
}

class TooMany extends Error {}

/**
 * Every set of winners reachable from a count stopped at an unresolved tie, trying each way
 * out of each tie. States are remembered by key, so a state reached along several ways is
 * counted on once. The search first decides whether more than one set can be reached, exactly;
 * when it can (a real tie), it lists them, giving up after {@link LIST_WORK} of work
 * with `complete: false`. `undecided` is true only when even deciding took more than
 * {@link PROOF_WORK} of work (rounds times what a round costs).
 */
export function reachableWinners<S>(walker: Walker<S>, start: S, tied: readonly number[]): Reach & { readonly undecided: boolean } {
  const found = new Map<string, readonly number[]>();
  const note = (winners: readonly number[]): string => {
    const set = [...winners].sort((a, b) => a - b);
    const key = set.join(",");
    if (!found.has(key)) found.set(key, set);
    return key;
  };
  const next = generator(0x5eed);
  for (let d = 0; d < DIVES && found.size < 2; d++) {
    let state = start;
    let at = tied;
    for (;;) {
      state = walker.branch(state, at[below(next, at.length)] as number);
      const stop = walker.run(state);
      if ("winners" in stop) {
        note(stop.winners);
        break;
      }
      at = stop.tied;
    }
  }
  const memo = new Map<string, ReadonlySet<string>>();
  let listing = found.size > 1;
  let budget = walker.spent() + roundsFor(walker, listing ? LIST_WORK : PROOF_WORK);
  const electedSoFar = (): Set<number> => new Set([...found.values()].flat());
  // The keys of the winner sets reachable from a stopped state; while listing, states that cannot add a new candidate are skipped.
  const visit = (state: S, at: readonly number[]): ReadonlySet<string> => {
    const key = walker.key(state);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (listing) {
      const union = electedSoFar();
      if (walker.electable(state).every((c) => union.has(c))) return new Set();
    }
    if (walker.spent() > budget) throw new TooMany();
    const out = new Set<string>();
    // In a random order, so that a real tie shows early.
    const order = [...at];
    for (let i = order.length - 1; i > 0; i--) {
      const j = below(next, i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const loser of order) {
      const child = walker.branch(state, loser);
      const stop = walker.run(child);
      const keys = "winners" in stop ? new Set([note(stop.winners)]) : visit(child, stop.tied);
      for (const k of keys) out.add(k);
      if (!listing && found.size > 1) throw new TooMany();
    }
    if (!listing) memo.set(key, out);
    return out;
  };
  try {
    visit(start, tied);
    return { sets: [...found.values()], complete: true, undecided: false };
  } catch (error) {
    if (!(error instanceof TooMany)) throw error;
  }
  if (!listing && found.size < 2) return { sets: [...found.values()], complete: false, undecided: true };
  listing = true;
  budget = walker.spent() + roundsFor(walker, LIST_WORK);
  try {
    visit(start, tied);
    return { sets: [...found.values()], complete: true, undecided: false };
  } catch (error) {
    if (!(error instanceof TooMany)) throw error;
    return { sets: [...found.values()], complete: false, undecided: false };
  }
}
