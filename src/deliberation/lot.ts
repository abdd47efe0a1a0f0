import { show } from "../internal/show.js";
import { shuffledPositions } from "./prng.js";
import type { Seed } from "./tally-options.js";

/**
 * The order in which a seeded lot places the candidates; every tie a method cannot break goes
 * to whoever comes first here. Anyone can redo the draw: the seed gives a 32-bit state (a
 * number as it is, a string by 32-bit FNV-1a over its UTF-16 code units); each draw adds
 * 0x9e3779b9 to the state and applies the murmur3 finaliser; a whole number below k is a draw
 * modulo k, redrawn while it falls at or above the largest multiple of k under 2^32; the
 * candidates are shuffled by Fisher-Yates from the last position down.
 *
 * @param seed - a whole number from 0 to 2^32 - 1, or a string
 * @param candidates - the candidates in the election's order
 * @returns the candidates in lot order, most favoured first
 * @throws Error starting `lotOrder:` for a seed that is not a whole number in range or a string
 * @example
 * ```ts
 * lotOrder(2025, ["a", "b", "c"]).length; // => 3
 * lotOrder("lerarenberaad", ["a", "b"]).toString() === lotOrder("lerarenberaad", ["a", "b"]).toString(); // => true
 * ```
 * @category Deliberation
 */
export function lotOrder(seed: Seed, candidates: readonly string[]): string[] {
  checkSeed(seed, "lotOrder: the seed");
  const given: unknown = candidates;
  if (!Array.isArray(given)) throw new Error(`lotOrder: the candidates must be a list of ids, got ${show(given)}`);
  const index = given.findIndex((c) => typeof c !== "string");
  if (index >= 0) throw new Error(`lotOrder: candidates[${index}] must be an id (a string), got ${show(given[index])}`);
  return shuffledPositions(seed, candidates.length).map((i) => candidates[i] as string);
}

/** A drawn lot over candidate positions: its order and each position's place in it. */
export interface Lot {
  readonly seed: Seed;
  readonly order: readonly number[];
  readonly place: Int32Array;
}

/** Draws the lot for n candidates. */
/**
 * Refuses a seed that is neither a whole number from 0 to 2^32 - 1 nor a string.
 * @throws Error starting with `what`, which names the function and the option
 */
export function checkSeed(seed: unknown, what: string): asserts seed is Seed {
  if (typeof seed === "string" || (typeof seed === "number" && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) return;
  throw new Error(`${what} must be a whole number from 0 to 4294967295 or a string, got ${show(seed)}`);
}

export function drawLot(seed: Seed, n: number): Lot {
  const order = shuffledPositions(seed, n);
  const place = new Int32Array(n);
  order.forEach((candidate, i) => {
    place[candidate] = i;
  });
  return { seed, order, place };
}
