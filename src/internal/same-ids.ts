/** True when two lists hold the same ids in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** True when two lists hold the same ids, in any order (each list without repeats). */
export function sameIdSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const wanted = new Set(a);
  return b.every((id) => wanted.has(id));
}

/** True when two lists of parties (each a list of ids) are the same, party by party and in order. */
export function sameParties(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a.length === b.length && a.every((party, i) => sameIds(party, b[i] ?? []));
}
