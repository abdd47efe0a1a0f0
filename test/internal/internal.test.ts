import { describe, expect, it } from "vitest";
import { compareIds, sortedUnique } from "../../src/internal/compare-ids.js";
import { deepFreeze } from "../../src/internal/deep-freeze.js";
import { show } from "../../src/internal/show.js";

describe("compareIds", () => {
  it("orders by UTF-16 code units, with equal ids equal", () => {
    expect(compareIds("a", "b")).toBe(-1);
    expect(compareIds("b", "a")).toBe(1);
    expect(compareIds("a", "a")).toBe(0);
    // Upper case sorts before lower case, and no locale puts "é" between them.
    expect(["é", "b", "B", "a"].sort(compareIds)).toEqual(["B", "a", "b", "é"]);
  });

  it("sortedUnique drops repeats and sorts", () => {
    expect(sortedUnique(["b", "a", "b", "c", "a"])).toEqual(["a", "b", "c"]);
    expect(sortedUnique([])).toEqual([]);
  });
});

describe("deepFreeze", () => {
  it("freezes everything reachable and returns the same value", () => {
    const value = { list: [{ id: "a" }], nested: { deeper: { id: "b" } } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(Object.isFrozen(value.nested.deeper)).toBe(true);
  });

  it("leaves primitives and null as they are", () => {
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze("x")).toBe("x");
  });

  it("freezes functions it reaches, and what hangs on them", () => {
    const tagged = Object.assign(() => 1, { tags: ["a"] });
    deepFreeze({ tagged });
    expect(Object.isFrozen(tagged)).toBe(true);
    expect(Object.isFrozen(tagged.tags)).toBe(true);
  });

  it("stops at values already frozen, so cycles through them end", () => {
    const cyclic: { self?: unknown; id: string } = { id: "c" };
    cyclic.self = cyclic;
    Object.freeze(cyclic);
    expect(() => deepFreeze({ holder: cyclic })).not.toThrow();
    const open: { self?: unknown } = {};
    open.self = open;
    expect(Object.isFrozen(deepFreeze(open))).toBe(true);
  });
});

describe("show", () => {
  it("shows a value as JSON, and undefined and functions by their type", () => {
    expect(show("2026-02-30")).toBe('"2026-02-30"');
    expect(show({ id: 1 })).toBe('{"id":1}');
    expect(show(undefined)).toBe("undefined");
    expect(show(() => 1)).toBe("() => 1");
  });
});
