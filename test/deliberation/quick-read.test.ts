// quickRead takes the common, well-formed ballot in one pass and leaves everything unusual to
// the zod schema. Its key must be exact: two ballots share a key only when their content is equal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quickRead } from "../../src/deliberation/quick-key.js";
import { show } from "../../src/internal/show.js";

describe("quickRead", () => {
  it("reads a plain ballot of each form, with its count", () => {
    expect(quickRead({ ranking: ["a", "b"] })).toEqual({ form: "ranking", key: "ranking:2\u0000a\u0000b", count: 1 });
    expect(quickRead({ approvals: ["b"], count: 3 })).toEqual({ form: "approvals", key: "approvals:1\u0000b", count: 3 });
    expect(quickRead({ scores: { a: 1.5, b: -2 } })).toEqual({ form: "scores", key: 'scores:json:{"a":1.5,"b":-2}', count: 1 });
    expect(quickRead({ grades: { a: 2 }, count: 0 })).toEqual({ form: "grades", key: 'grades:json:{"a":2}', count: 0 });
    expect(quickRead({ ranking: [], count: 2.5 })).toEqual({ form: "ranking", key: "ranking:0\u0000", count: 2.5 });
  });

  it("takes an explicit count of undefined as a count left out, and an object without a prototype", () => {
    expect(quickRead({ ranking: ["a"], count: undefined })?.count).toBe(1);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { ranking: ["a"] });
    expect(quickRead(bare)?.key).toBe("ranking:1\u0000a");
  });

  it("falls back to JSON for ties and for ids holding NUL, in rankings only", () => {
    expect(quickRead({ ranking: [["a", "b"], "c"] })?.key).toBe('ranking:json:[["a","b"],"c"]');
    expect(quickRead({ ranking: ["a\u0000b"] })?.key).toBe('ranking:json:["a\\u0000b"]');
    expect(quickRead({ approvals: ["a\u0000b"] })?.key).toBe('approvals:json:["a\\u0000b"]');
    expect(quickRead({ approvals: [["a", "b"]] })).toBeUndefined();
  });

  it("leaves to the schema what is not a plain, well-formed ballot", () => {
    class Ballot {
      ranking = ["a"];
    }
    const unusual: unknown[] = [
      null,
      "a",
      3,
      [{ ranking: ["a"] }],
      new Ballot(),
      {},
      { count: 1 },
      { ranking: ["a"], approvals: ["a"] },
      { ranking: ["a"], weight: 2 },
      { ranking: ["a"], count: -1 },
      { ranking: ["a"], count: Number.NaN },
      { ranking: ["a"], count: Number.POSITIVE_INFINITY },
      { ranking: ["a"], count: "2" },
      { ranking: "a" },
      { ranking: [1] },
      { ranking: [[]] },
      { ranking: [["a", 1]] },
      { approvals: [1] },
      { scores: ["a"] },
      { scores: null },
      { scores: { a: "1" } },
      { scores: { a: Number.POSITIVE_INFINITY } },
      { grades: { a: 1.5 } },
      { grades: new Ballot() },
    ];
    for (const ballot of unusual) expect(quickRead(ballot), show(ballot)).toBeUndefined();
    // Whole-number grades and fractional scores are fine.
    expect(quickRead({ scores: { a: 1.5 } })).toBeDefined();
  });

  it("gives two rankings the same key exactly when their content is equal", () => {
    const id = fc.constantFrom("a", "b", "a\u0000b", "\u0000", "1", "b\u0000");
    const ranking = fc.array(fc.oneof(id, fc.array(id, { minLength: 1, maxLength: 2 })), { maxLength: 4 });
    fc.assert(
      fc.property(ranking, ranking, (x, y) => {
        const kx = quickRead({ ranking: x })?.key;
        const ky = quickRead({ ranking: y })?.key;
        expect(kx).toBeDefined();
        expect(kx === ky).toBe(JSON.stringify(x) === JSON.stringify(y));
      }),
      { numRuns: 500 },
    );
  });
});
