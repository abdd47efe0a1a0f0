/**
 * Structural equality of JSON-like values: same primitives, same array items in
 * order, same object keys in any order. A key whose value is `undefined` counts as absent.
 * It walks with a stack of pairs still to compare, not by recursion, so that values nested
 * deeper than the call stack allows compare too; a pair met again (a cycle) counts as equal there.
 * That is the usual rule for comparing cyclic values (a bisimulation): the pair's own contents
 * were queued when it was first met and are still compared, so any difference is found, and two
 * cyclic values are equal exactly when they unfold into the same infinite tree.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  const met = new Map<object, Set<object>>();
  for (let pair = pending.pop(); pair !== undefined; pair = pending.pop()) {
    const [x, y] = pair;
    if (Object.is(x, y)) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    let partners = met.get(x);
    if (partners === undefined) met.set(x, (partners = new Set()));
    if (partners.has(y)) continue;
    partners.add(y);
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], y[i]]);
      continue;
    }
    const left = x as Record<string, unknown>;
    const right = y as Record<string, unknown>;
    const keys = new Set(Object.keys(left));
    for (const key of Object.keys(right)) keys.add(key);
    for (const key of keys) pending.push([left[key], right[key]]);
  }
  return true;
}
