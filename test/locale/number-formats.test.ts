// Counts in sentences, written the way each language groups digits.
import { describe, expect, it } from "vitest";
import { english } from "../../src/index.js";
import { dutch } from "../../src/locale/nl/index.js";

describe("number formats", () => {
  it("group every three digits, in each language's way", () => {
    expect(english.numbers.count(1_234_567_890)).toBe("1,234,567,890");
    expect(dutch.numbers.count(1_234_567_890)).toBe("1.234.567.890");
    expect(english.numbers.count(999)).toBe("999");
  });

  it("keep the sign and the fraction with the other separator", () => {
    expect(english.numbers.count(-1_234.5)).toBe("-1,234.5");
    expect(dutch.numbers.count(-1_234.5)).toBe("-1.234,5");
    expect(english.numbers.count(0)).toBe("0");
  });
});
