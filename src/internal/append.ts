/**
 * Appends `items` to `target` with a loop: `target.push(...items)` passes each item as
 * an argument and overflows the stack for long lists (some 100,000 items).
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
