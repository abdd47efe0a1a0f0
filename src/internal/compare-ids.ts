/** Orders ids by UTF-16 code units: stable across locales and machines. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The distinct ids, sorted with {@link compareIds}. */
export function sortedUnique(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds);
}
