import { z } from "zod";
import { checkSeed, drawLot } from "./lot.js";
import { above, same, sum } from "./numbers.js";
import { zodIssuesAt } from "./rebase-issues.js";
import { TallyError } from "./tally-error.js";
import type { Seed } from "./tally-options.js";
import { largest } from "../internal/largest.js";
import { recordFrom } from "../internal/own.js";
import { show } from "../internal/show.js";

/** The most seats {@link apportion} hands out: seats are awarded one by one, and no assembly is larger. */
const MAX_SEATS = 100_000;

/**
 * The seat allocation methods of {@link apportion}.
 * @category Deliberation
 */
export type ApportionMethod = "largest-remainder" | "dhondt" | "sainte-lague";

/**
 * How {@link apportion} allocates.
 * @category Deliberation
 */
export interface ApportionOptions {
  readonly method: ApportionMethod;
  /** Give seats that parties tie for by a seeded lot ({@link lotOrder} over the parties in input order). */
  readonly tieBreak?: { readonly seed: Seed };
}

/**
 * One seat awarded by a highest-averages method, in the order awarded.
 * @category Deliberation
 */
export interface AwardedSeat {
  readonly seat: number;
  readonly party: string;
  /** The party's weight divided by its divisor when it won the seat. */
  readonly quotient: number;
}

/**
 * The result of {@link apportion}.
 * @category Deliberation
 */
export interface Apportionment {
  readonly method: ApportionMethod;
  readonly seats: number;
  /** Seats per party, in input order; when `tie` is true these are the seats that are certain. */
  readonly allocation: Readonly<Record<string, number>>;
  /** True when the last seats are tied between more parties than seats left, and no lot was asked for. */
  readonly tie: boolean;
  /** The undecided seats and the parties tied for them, one seat each at most. */
  readonly tied?: { readonly seats: number; readonly among: readonly string[] };
  /** Largest remainder: the Hare quota (total weight / seats) and each party's exact quota in seats. */
  readonly quota?: number;
  readonly quotas?: Readonly<Record<string, number>>;
  /** Highest averages: every seat in the order awarded. */
  readonly awarded?: readonly AwardedSeat[];
  /** The parties in lot order, when a tie-break was asked for. */
  readonly lot?: { readonly seed: Seed; readonly order: readonly string[] };
}

const weightsSchema = z.record(z.string().min(1), z.number().min(0));

interface Allocation {
  seats: number[];
  tied?: { seats: number; among: number[] };
  awarded?: AwardedSeat[];
}

/** Settles a tie for `open` seats among `among`: by lot when there is one, else reports it. */
function byLotOrTie(among: number[], open: number, place: Int32Array | undefined): { winners: number[]; tied?: { seats: number; among: number[] } } {
  if (among.length <= open) return { winners: among };
  if (place === undefined) return { winners: [], tied: { seats: open, among } };
  return { winners: [...among].sort((a, b) => (place[a] as number) - (place[b] as number)).slice(0, open) };
}

function largestRemainder(weights: readonly number[], seats: number, place: Int32Array | undefined): Allocation {
  const total = sum(weights);
  if (total === 0) {
    // Nobody weighs anything: every party has the same claim, so share evenly and tie the rest.
    const k = weights.length;
    const { winners, tied } = byLotOrTie(weights.map((_, i) => i), seats % k, place);
    const out = weights.map((_, i) => Math.floor(seats / k) + (winners.includes(i) ? 1 : 0));
    return { seats: out, ...(tied === undefined ? {} : { tied }) };
  }
  // Compare remainders as numerators over the common denominator `total`, exact for whole weights.
  const whole = weights.map((w) => Math.floor((w * seats) / total));
  const remainder = weights.map((w, i) => w * seats - (whole[i] as number) * total);
  let open = seats - sum(whole);
  const out = [...whole];
  const order = weights.map((_, i) => i).sort((a, b) => (remainder[b] as number) - (remainder[a] as number) || a - b);
  let k = 0;
  while (open > 0 && k < order.length) {
    const r = remainder[order[k] as number] as number;
    const group = order.slice(k).filter((i) => same(remainder[i] as number, r));
    const settled = byLotOrTie(group, open, place);
    if (settled.tied !== undefined) return { seats: out, tied: settled.tied };
    for (const i of settled.winners) out[i] = (out[i] as number) + 1;
    open -= settled.winners.length;
    k += group.length;
  }
  return { seats: out };
}

function highestAverages(weights: readonly number[], seats: number, divisor: (s: number) => number, names: readonly string[], place: Int32Array | undefined, scale: number): Allocation {
  const out = weights.map(() => 0);
  const awarded: AwardedSeat[] = [];
  let open = seats;
  while (open > 0) {
    // Compare w_a / d_a with w_b / d_b by cross-multiplying, exact for whole weights.
    const quotient = (i: number): number => (weights[i] as number) / scale / divisor(out[i] as number);
    const better = (a: number, b: number): boolean => above((weights[a] as number) * divisor(out[b] as number), (weights[b] as number) * divisor(out[a] as number));
    let best = 0;
    for (let i = 1; i < weights.length; i++) if (better(i, best)) best = i;
    const group = weights.map((_, i) => i).filter((i) => !better(best, i));
    const settled = byLotOrTie(group, open, place);
    if (settled.tied !== undefined) return { seats: out, tied: settled.tied, awarded };
    const q = quotient(best);
    for (const i of settled.winners) {
      out[i] = (out[i] as number) + 1;
      awarded.push({ seat: seats - open + 1, party: names[i] as string, quotient: q });
      open--;
    }
  }
  return { seats: out, awarded };
}

/**
 * Allocates seats in proportion to weights (votes, members): by largest remainder with the
 * Hare quota, by D'Hondt or by Sainte-Laguë; for organs such as an advisory council of 50
 * seats "in proportion to membership". A tie for the last seats is reported, not settled,
 * unless a seeded lot is asked for.
 *
 * @param seats - the number of seats, a whole number from 0 to 100,000 (seats are awarded one by one)
 * @param weights - each party's weight, in the order parties are listed
 * @param options - `{ method, tieBreak? }`
 * @returns the seats per party, and the tied seats if any
 * @throws Error starting `apportion:` for a bad seat count, options object, method or tie-break seed, or seats without parties
 * @throws {@link TallyError} for a negative, non-numeric weight, an empty party name, or weights whose sum overflows
 * @example
 * ```ts
 * apportion(8, { A: 100000, B: 80000, C: 30000, D: 20000 }, { method: "dhondt" }).allocation;
 * // => { A: 4, B: 3, C: 1, D: 0 }
 * apportion(1, { A: 1, B: 1 }, { method: "sainte-lague" }).tied;
 * // => { seats: 1, among: ["A", "B"] }
 * ```
 * @category Deliberation
 */
export function apportion(seats: number, weights: Readonly<Record<string, number>>, options: ApportionOptions): Apportionment {
  if (typeof seats !== "number" || !Number.isInteger(seats) || seats < 0 || seats > MAX_SEATS) {
    throw new Error(`apportion: seats must be a whole number from 0 to ${MAX_SEATS}, got ${show(seats)}`);
  }
  const given: unknown = options;
  if (typeof given !== "object" || given === null) throw new Error(`apportion: options must be an object such as { method: "dhondt" }, got ${show(given)}`);
  const method: unknown = options.method;
  if (method !== "largest-remainder" && method !== "dhondt" && method !== "sainte-lague") {
    throw new Error(`apportion: the method must be "largest-remainder", "dhondt" or "sainte-lague", got ${show(method)}`);
  }
  const parsed = weightsSchema.safeParse(weights);
  if (!parsed.success) throw new TallyError(zodIssuesAt(parsed.error, weights, ["weights"]), "apportion");
  // Read the caller's own properties: a party named "__proto__" or "constructor" is a party like any other.
  const names = Object.keys(weights);
  const values = names.map((p) => Object.getOwnPropertyDescriptor(weights, p)?.value as number);
  if (!Number.isFinite(sum(values))) {
    throw new TallyError([{ code: "weights_too_large", path: ["weights"], message: "weights: the weights add up to more than the largest number this count can hold (about 1.8e308)" }], "apportion");
  }
  // Cross-multiplied comparisons multiply a weight by up to 2 * seats + 1: bring large weights down by a power of two, which is exact.
  const scale = 2 ** -Math.max(0, Math.ceil(Math.log2(largest(1, values)) + Math.log2(2 * seats + 2)) - 1000);
  const scaled = values.map((w) => w * scale);
  const seed = options.tieBreak?.seed;
  if (options.tieBreak !== undefined) checkSeed(seed, "apportion: options.tieBreak.seed");
  const lot = seed === undefined ? undefined : drawLot(seed, names.length);
  if (names.length === 0 && seats > 0) throw new Error(`apportion: there are no parties to give ${seats} seats to`);
  const result: Allocation =
    method === "largest-remainder"
        ? largestRemainder(scaled, seats, lot?.place)
        : highestAverages(scaled, seats, method === "dhondt" ? (s) => s + 1 : (s) => 2 * s + 1, names, lot?.place, scale);
  const total = sum(values);
  const scaledTotal = sum(scaled);
  return {
    method,
    seats,
    allocation: recordFrom(names, (i) => result.seats[i] ?? 0),
    tie: result.tied !== undefined,
    ...(result.tied === undefined ? {} : { tied: { seats: result.tied.seats, among: result.tied.among.map((i) => names[i] as string) } }),
    ...(method === "largest-remainder" && total > 0 && seats > 0
      ? { quota: total / seats, quotas: recordFrom(names, (i) => ((scaled[i] as number) * seats) / scaledTotal) }
      : {}),
    ...(result.awarded === undefined ? {} : { awarded: result.awarded }),
    ...(lot === undefined ? {} : { lot: { seed: lot.seed, order: lot.order.map((i) => names[i] as string) } }),
  };
}
