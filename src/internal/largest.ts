/**
 * The largest of `floor` and `values`, with a loop: `Math.max(...values)` passes each
 * value as an argument and overflows the stack for long lists (some 100,000 values).
 */
export function largest(floor: number, values: Iterable<number>): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}
