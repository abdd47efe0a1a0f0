/** Freezes a value and everything reachable from it, and returns it with a readonly type. */
export function deepFreeze<T>(value: T): T {
  // Object.isFrozen holds for every primitive and for null, so only open objects, arrays and
  // functions are walked; a value already frozen is where the walk stops, cycles included.
  // A stack, not recursion: a hand-built value may be nested deeper than the call stack allows.
  const open: unknown[] = [value];
  while (open.length > 0) {
    const next = open.pop();
    if (Object.isFrozen(next)) continue;
    Object.freeze(next);
    const record = next as Record<string, unknown>;
    for (const key of Object.keys(record)) open.push(record[key]);
  }
  return value;
}
