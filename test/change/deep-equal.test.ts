import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepEqual } from "../../src/change/deep-equal.js";

describe("deepEqual", () => {
  it("tells null from an empty object, on either side", () => {
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
    expect(deepEqual(null, null)).toBe(true);
  });

  it("tells an array from an object with the same keys, on either side", () => {
    expect(deepEqual(["a"], { 0: "a" })).toBe(false);
    expect(deepEqual({ 0: "a" }, ["a"])).toBe(false);
  });

  it("counts an array's length, even when the extra item is undefined", () => {
    expect(deepEqual([1, undefined], [1])).toBe(false);
    expect(deepEqual([1, [2, 3]], [1, [2, 3]])).toBe(true);
  });

  it("treats an object key whose value is undefined as absent, and ignores key order", () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
  });

  const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it("agrees with comparing JSON texts of values with sorted keys", () => {
    const sortedJson = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v));
    fc.assert(
      // Through JSON first, so that -0 is 0 on both sides, as it is in a stored scenario.
      fc.property(fc.jsonValue().map(viaJson), fc.jsonValue().map(viaJson), (a, b) => {
        expect(deepEqual(a, b)).toBe(sortedJson(a) === sortedJson(b));
        expect(deepEqual(a, structuredClone(a))).toBe(true);
      }),
    );
  });
});
