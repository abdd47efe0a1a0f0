import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHOW_MAX_LENGTH, show } from "../../src/internal/show.js";

type Exotic = "bigint" | "symbol" | "revoked-proxy" | "cycle" | "throwing-getter" | "deep";

/**
 * A value JSON.stringify chokes on. Built inside the property, as fast-check itself
 * would trip over a revoked Proxy or a throwing getter if it generated them.
 */
function exoticValue(kind: Exotic, text: string, size: number): unknown {
  switch (kind) {
    case "bigint":
      return BigInt(size) * 10n ** 30n;
    case "symbol":
      return Symbol(text);
    case "revoked-proxy": {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case "cycle": {
      const cyclic: Record<string, unknown> = { [text]: size };
      cyclic["self"] = [cyclic];
      return cyclic;
    }
    case "throwing-getter":
      return Object.defineProperty({}, text, {
        enumerable: true,
        get: () => {
          throw new Error("getter");
        },
      });
    case "deep": {
      let value: unknown = [];
      for (let i = 0; i < size * 20; i += 1) value = [value];
      return value;
    }
  }
}

const anything = fc.anything({
  withBigInt: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
});
const kind = fc.constantFrom<Exotic>("bigint", "symbol", "revoked-proxy", "cycle", "throwing-getter", "deep");

function expectBrief(value: unknown): void {
  const text = show(value);
  expect(typeof text).toBe("string");
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(SHOW_MAX_LENGTH);
}

/** True when no array or object in a JSON value has more entries than show writes out, and no -0 (JSON writes it as 0). */
function plainEnough(value: unknown): boolean {
  if (value === null || typeof value !== "object") return !Object.is(value, -0);
  const entries = Object.values(value);
  return entries.length <= 8 && entries.every(plainEnough);
}

describe("show", () => {
  it("never throws and stays within its length, for any value", () => {
    fc.assert(
      fc.property(anything, (value) => {
        expectBrief(value);
      }),
    );
  });

  it("never throws and stays within its length, with values JSON cannot write anywhere inside", () => {
    fc.assert(
      fc.property(anything, kind, fc.string(), fc.nat(5000), (base, which, text, size) => {
        const exotic = exoticValue(which, text, size);
        expectBrief(exotic);
        expectBrief([base, exotic]);
        expectBrief({ base, [text]: exotic });
        expectBrief({ list: [{ inner: exotic }] });
      }),
    );
  });

  it("writes short plain JSON values exactly as JSON does", () => {
    const plain = fc.jsonValue({ maxDepth: 2 }).filter((value) => {
      const json = JSON.stringify(value);
      return json.length <= 60 && plainEnough(value);
    });
    fc.assert(fc.property(plain, (value) => show(value) === JSON.stringify(value)));
  });
});
