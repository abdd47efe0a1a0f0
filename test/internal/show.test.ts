import { describe, expect, it } from "vitest";
import { parseScenario, ScenarioError } from "../../src/index.js";
import { SHOW_MAX_LENGTH, show } from "../../src/internal/show.js";

function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe("show describes any value briefly", () => {
  it("cuts a value nested 100,000 levels deep after a few levels", () => {
    expect(show(nested(100_000))).toBe('{"a":{"a":{"a":{…}}}}');
  });

  it("marks a cycle instead of following it", () => {
    const cyclic: { id: string; self?: unknown } = { id: "c" };
    cyclic.self = cyclic;
    expect(show(cyclic)).toBe('{"id":"c","self":<cycle>}');
  });

  it("writes numbers JSON has no form for as themselves", () => {
    expect([NaN, Infinity, -Infinity, -0, 1e308].map(show)).toEqual(["NaN", "Infinity", "-Infinity", "-0", "1e+308"]);
  });

  it("writes a BigInt, a Symbol, a Map, a Set and an invalid Date", () => {
    expect(show(12n)).toBe("12n");
    expect(show(Symbol("s"))).toBe("Symbol(s)");
    expect(show(new Map([[1, 2]]))).toBe("Map(1)");
    expect(show(new Set())).toBe("Set(0)");
    expect(show(new Date(Number.NaN))).toBe("Invalid Date");
    expect(show(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"');
  });

  it("never calls a getter, and shows a revoked Proxy as unreadable", () => {
    let calls = 0;
    const getter = {
      get x(): never {
        calls += 1;
        throw new Error("boom");
      },
    };
    expect(show(getter)).toBe('{"x":<getter>}');
    expect(calls).toBe(0);
    expect(show(revokedProxy())).toBe("<unreadable object>");
    expect(show({ inner: revokedProxy() })).toBe('{"inner":<unreadable object>}');
  });

  it("does not call toJSON", () => {
    const value = {
      id: 1,
      toJSON(): never {
        throw new Error("boom");
      },
    };
    expect(show(value)).toMatch(/^\{"id":1,"toJSON":/);
  });

  it("cuts long strings and long lists and says how much is left out", () => {
    expect(show("x".repeat(10_000)).length).toBeLessThanOrEqual(SHOW_MAX_LENGTH);
    expect(show(Array.from({ length: 1_000_000 }, () => 1))).toBe("[1,1,1,1,1,1,1,1,… 999992 more]");
  });
});

describe("the real error is reported whatever the bad value is", () => {
  it.each([
    ["a value nested 100,000 levels deep", nested(100_000)],
    ["a BigInt", 2n],
    ["a Symbol", Symbol("v")],
    ["a revoked Proxy", revokedProxy()],
  ])("parseScenario names an unsupported schemaVersion that is %s", (_name, version) => {
    let thrown: unknown;
    try {
      parseScenario({ schemaVersion: version });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScenarioError);
    expect((thrown as ScenarioError).issues.map((issue) => issue.code)).toEqual(["unsupported_version"]);
  });
});
