import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinNames } from "../../src/internal/join-names.js";

describe("joinNames", () => {
  it("writes none, one, two and more names as people do", () => {
    expect(joinNames([], "and")).toBe("");
    expect(joinNames(["a"], "and")).toBe("a");
    expect(joinNames(["a", "b"], "en")).toBe("a en b");
    expect(joinNames(["a", "b", "c", "d"], "and")).toBe("a, b, c and d");
  });

  it("keeps every name in order: commas between all but the last two, the word between those", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: 2, maxLength: 8 }), (names) => {
        const joined = joinNames(names, "and");
        const tail = ` and ${names.at(-1) ?? ""}`;
        // Read back: the last name after the word, the others separated by commas before it.
        expect(joined.endsWith(tail)).toBe(true);
        expect(joined.slice(0, -tail.length).split(", ")).toEqual(names.slice(0, -1));
      }),
    );
  });
});
