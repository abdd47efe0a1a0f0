/**
 * Where a value is frozen: the paths of every object or array reachable from it that
 * is frozen, for tests that hold the library to never freezing what a caller owns.
 */
export function frozenParts(value: unknown, at = "(root)", seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [at] : [];
  return [...here, ...Object.entries(value).flatMap(([key, inner]) => frozenParts(inner, `${at}.${key}`, seen))];
}
