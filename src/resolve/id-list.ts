import { show } from "../internal/show.js";

/**
 * Reads one list-of-ids option of a query (`themes`, `regions`, `sectors`): left out
 * is `undefined`; anything else must be an array with no id given twice. A string
 * would otherwise be read letter by letter, and a repeated id would make repeated
 * cells and count them twice.
 * @throws Error starting `fn:` naming the option, and what was received or the repeated id
 */
export function idListOption<T>(given: readonly T[] | undefined, option: string, fn: string): readonly T[] | undefined {
  // Callers from plain JavaScript may pass anything.
  const value: unknown = given;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Error(`${fn}: '${option}' must be a list of ids, received ${show(value)}`);
  const seen = new Set<unknown>();
  for (const id of value as readonly unknown[]) {
    if (seen.has(id)) throw new Error(`${fn}: '${option}' names ${show(id)} more than once`);
    seen.add(id);
  }
  return given;
}
