// Fractional transfers and weights make sums inexact in the last bits; two totals this close are one total.
const RELATIVE = 1e-9;

/** Whether two totals are equal up to rounding. */
export function same(a: number, b: number): boolean {
  if (a === b) return true;
  // An infinite ratio is equal only to itself.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  // Relative to the larger of the two, so that weights of any size, 1e-10 or 1e300, compare alike.
  return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b));
}

/** Whether `a` is greater than `b` by more than rounding. */
export function above(a: number, b: number): boolean {
  return a > b && !same(a, b);
}

/** The sum of a list of numbers (Infinity when it overflows; callers that add weights refuse that). */
export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
