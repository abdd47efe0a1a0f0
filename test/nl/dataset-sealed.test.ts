import { describe, expect, it } from "vitest";
import { nl } from "../../src/nl/index.js";

/** Every object and function reachable from `value` through own properties (getters read, and the getters themselves), each once. */
function reachable(value: unknown, seen = new Set<object>()): object[] {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) return [];
  seen.add(value);
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    const getter: unknown = Reflect.get(descriptor, "get");
    reachable(getter, seen);
    reachable((value as Record<string, unknown>)[key], seen);
  }
  return [...seen];
}

describe("the Dutch dataset cannot be replaced or changed", () => {
  it("refuses to redefine a scenario getter, and keeps serving the parsed scenario", () => {
    const before = nl.scenarios.coordination;
    expect(() => Object.defineProperty(nl.scenarios, "coordination", { get: () => nl.scenarios.oc2 })).toThrow(TypeError);
    expect(() => Object.defineProperty(nl.history, "oc", { value: nl.history.lc })).toThrow(TypeError);
    expect(nl.scenarios.coordination).toBe(before);
    expect(nl.scenarios.coordination.model.kind).toBe("coordination");
  });

  it("refuses to delete or overwrite any of its values", () => {
    expect(() => delete (nl as { names?: unknown }).names).toThrow(TypeError);
    expect(Reflect.deleteProperty(nl, "names")).toBe(false);
    expect(Reflect.set(nl, "document", () => undefined)).toBe(false);
    expect(Reflect.set(nl.scenarios, "oc2", nl.scenarios.coordination)).toBe(false);
    expect(Reflect.defineProperty(nl, "extra", { value: 1 })).toBe(false);
    expect(nl.names["aob"]).toBe("AOb");
  });

  it("freezes every object reachable from it, the getters and nl.document included", () => {
    const open = reachable(nl).filter((value) => !Object.isFrozen(value));
    expect(open).toEqual([]);
  });
});
