/** Freezes a value and everything reachable from it, and returns it with a readonly type. */
export function deepFreeze<T>(value: T): T {
  // Object.isFrozen holds for every primitive and for null, so only open objects, arrays and
  // functions are walked; a value already frozen is where the walk stops, cycles included.
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
