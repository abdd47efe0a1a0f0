/**
 * Shared pieces of the fuzz suite: mutations of valid documents, the per-case time
 * budget, and the check that every failure is one of the library's typed errors.
 */
import fc from "fast-check";
import { expect } from "vitest";

/** The time one case may take, and the time a whole property may take, in milliseconds. */
export const CASE_BUDGET_MS = 5_000;
export const PROPERTY_BUDGET_MS = 50_000;

/**
 * fast-check settings for a fuzz property of `numRuns` cases. Each case has a time
 * budget (the `timeout` plugin, which can fire because every case ends by yielding to the
 * event loop, see {@link fuzzCase}); the whole property must finish inside its own budget
 * (`interruptAfterTimeLimit`), and running out of time is a failure, not a quiet early stop.
 */
export function budget<T>(numRuns: number, caseMs = CASE_BUDGET_MS, propertyMs = PROPERTY_BUDGET_MS): fc.Parameters<T> {
  return { numRuns, plugins: [fc.timeout(caseMs), fc.interruptAfterTimeLimit(propertyMs, { failOnInterrupt: true })] };
}

/**
 * Wraps a synchronous check as an asynchronous fast-check predicate that yields once
 * afterwards: a case that ran past its budget then loses the race against
 * fast-check's timer, which an entirely synchronous property would never let fire.
 */
export function fuzzCase<T extends unknown[]>(check: (...args: T) => void): (...args: T) => Promise<void> {
  return async (...args: T) => {
    check(...args);
    await new Promise<void>((done) => setImmediate(done));
  };
}

/** The library's error types a fuzz case may see, by name, for messages. */
export type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs `work` and returns its result, or the error it threw when that error is one of
 * `allowed` (and never a TypeError or RangeError, which would come from inside the
 * library rather than from a check of the input).
 */
export function typedOutcome<T>(work: () => T, allowed: readonly ErrorClass[], programmerError?: RegExp): { ok: true; value: T } | { ok: false; error: Error } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(RangeError);
    const typed = allowed.some((kind) => error instanceof kind);
    // A documented programmer error: a plain Error whose message names the function.
    const plain = programmerError !== undefined && (error as Error).constructor === Error && programmerError.test((error as Error).message);
    if (!typed && !plain) throw error;
    return { ok: false, error: error as Error };
  }
}

/** Copies `doc` with the value at `path` (indexes into keys, taken modulo their count) replaced, or removed when `value` is `REMOVE`. */
export function mutateAt(doc: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || doc === null || typeof doc !== "object") return value;
  const keys = Object.keys(doc);
  const key = keys[(path[0] ?? 0) % Math.max(keys.length, 1)];
  if (key === undefined) return value;
  const copy: Record<string, unknown> = Array.isArray(doc) ? ([...doc] as unknown as Record<string, unknown>) : { ...(doc as Record<string, unknown>) };
  const inner = mutateAt((doc as Record<string, unknown>)[key], path.slice(1), value);
  if (inner === REMOVE) {
    if (Array.isArray(copy)) (copy as unknown as unknown[]).splice(Number(key), 1);
    else Reflect.deleteProperty(copy, key);
  } else {
    copy[key] = inner;
  }
  return copy;
}

/** Marks a mutation that removes the value at its path. */
export const REMOVE: unique symbol = Symbol("remove");

/** Values that tend to break code that trusts its input: wrong types, edge numbers, odd strings. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, -0, 1.5, 1e308, -1e308, Number.NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, "", " ", "all", "__proto__", "constructor", "2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31", "1e3", [], {}, [[]], { __proto__: null }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/**
 * Mutations of the valid documents from `valid`: one to three values replaced by
 * `nastyValue`s or removed, at paths that reach up to six levels down.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const edit = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.oneof({ arbitrary: nastyValue, weight: 4 }, { arbitrary: fc.constant(REMOVE), weight: 1 }));
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([doc, edits]) => edits.reduce<unknown>((d, [path, value]) => mutateAt(d, path, value), doc));
}

/** Any JavaScript value, including the odd ones (null prototypes, boxed values, sparse arrays, bigints). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  withObjectString: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
});
