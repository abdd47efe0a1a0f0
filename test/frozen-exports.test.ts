import { describe, expect, it } from "vitest";
import * as councilEntry from "../src/council.js";
import * as root from "../src/index.js";
import * as reportEntry from "../src/report-entry.js";
import * as nlEntry from "../src/nl/index.js";
import * as dutchEntry from "../src/locale/nl/index.js";

/**
 * Exported zod schemas are left open: zod builds parts of a schema lazily on first use
 * and cannot work on a frozen one. Functions and classes are code, not data, and are
 * not walked either (a frozen class prototype would stop subclasses from setting `name`).
 */
const NOT_DATA = new Set(["scenarioSchema", "changeSchema"]);

/** The path of every object, array, Map or Set reachable from `value` through own data properties that is open to change. */
function openParts(name: string, value: unknown): string[] {
  const open: string[] = [];
  const seen = new Set<object>();
  const stack: [string, unknown][] = [[name, value]];
  while (stack.length > 0) {
    const [path, next] = stack.pop() as [string, unknown];
    if (next === null || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    if (next instanceof Map || next instanceof Set) open.push(`${path} (a ${next.constructor.name} can always be changed)`);
    else if (!Object.isFrozen(next)) open.push(path);
    for (const key of Reflect.ownKeys(next)) {
      // Only data properties: reading a getter could run code with side effects.
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor !== undefined && "value" in descriptor) stack.push([`${path}.${String(key)}`, descriptor.value]);
    }
  }
  return open;
}

describe("exported values", () => {
  it.each([
    ["beroepsgroep", root],
    ["beroepsgroep/council", councilEntry],
    ["beroepsgroep/report", reportEntry],
    ["beroepsgroep/nl", nlEntry],
    ["beroepsgroep/locale/nl", dutchEntry],
  ] as const)("every object, array, Map and Set reachable from an export of %s is frozen", (_entry, entry) => {
    const exported = Object.entries(entry).filter(([name, value]) => typeof value === "object" && value !== null && !NOT_DATA.has(name));
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.flatMap(([name, value]) => openParts(name, value))).toEqual([]);
  });

  it("refuses changes to the default thresholds and the pitfall ids", () => {
    expect(() => {
      (root.DEFAULT_THRESHOLDS as { minMembers: number }).minMembers = 0;
    }).toThrow(TypeError);
    expect(() => {
      (root.PITFALL_IDS as string[]).push("x");
    }).toThrow(TypeError);
    expect(root.DEFAULT_THRESHOLDS.minMembers).toBe(15_000);
  });
});
