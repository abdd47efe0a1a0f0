import type { Scenario } from "./types.js";

/**
 * The scenarios this library made itself: checked whole, deeply frozen, owned by no
 * caller. Private to this module, so nothing outside the library can add to it; a
 * WeakSet, so that a scenario no one holds any more is not kept alive by it.
 */
const parsed = new WeakSet<object>();

/**
 * Records that the library made this scenario and checked it; only for a value that
 * is valid, deeply frozen and not shared with any caller (the output of the parser,
 * or of a change applied to such a scenario and checked).
 */
export function markParsed<T extends Scenario>(scenario: T): T {
  parsed.add(scenario);
  return scenario;
}

/**
 * True only for a scenario recorded by {@link markParsed}. Never decided by the
 * value's shape or by `Object.isFrozen`: anyone can freeze an object.
 */
export function isParsed(value: unknown): value is Scenario {
  return typeof value === "object" && value !== null && parsed.has(value);
}
