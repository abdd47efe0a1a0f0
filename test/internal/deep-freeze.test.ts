import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../src/internal/deep-freeze.js";

const DEPTH = 200_000;

interface Link {
  readonly depth: number;
  readonly child?: Link;
  readonly items: unknown[];
}

/** Objects nested `depth` levels deep, each holding the next and an array of its own. */
function nested(depth: number): Link {
  let inner: Link = { depth: depth - 1, items: [] };
  for (let d = depth - 2; d >= 0; d--) inner = { depth: d, child: inner, items: [d] };
  return inner;
}

/** Every object and array reachable from `value`, each once, cycles included; walked with a stack. */
function reachable(value: unknown): object[] {
  const seen = new Set<object>();
  const open = [value];
  for (let next = open.pop(); next !== undefined; next = open.pop()) {
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    for (const key of Object.keys(next)) open.push((next as Record<string, unknown>)[key]);
  }
  return [...seen];
}

describe("deepFreeze", () => {
  it(`freezes every level of a value nested ${DEPTH} levels deep, without running out of stack`, () => {
    const value = nested(DEPTH);
    expect(deepFreeze(value)).toBe(value);
    const all = reachable(value);
    expect(all).toHaveLength(2 * DEPTH);
    expect(all.filter((o) => !Object.isFrozen(o))).toEqual([]);
  });

  it("freezes a value that contains itself, through an object and through an array, and stops", () => {
    const a: Record<string, unknown> = { name: "a" };
    const b: Record<string, unknown> = { name: "b", back: a };
    const list: unknown[] = [a, b];
    a["self"] = a;
    a["list"] = list;
    list.push(list);
    expect(deepFreeze(a)).toBe(a);
    for (const o of [a, b, list]) expect(Object.isFrozen(o)).toBe(true);
    expect(reachable(a)).toHaveLength(3);
  });
});
