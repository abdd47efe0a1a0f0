// Counts in findings, written the way each language groups digits.
import { describe, expect, it } from "vitest";
import { countEn, countNl } from "../../src/analysis/format.js";

describe("number formats", () => {
  it("group every three digits, in each language's way", () => {
    expect(countEn(1_234_567_890)).toBe("1,234,567,890");
    expect(countNl(1_234_567_890)).toBe("1.234.567.890");
    expect(countEn(999)).toBe("999");
  });

  it("keep the sign and the fraction with the other separator", () => {
    expect(countEn(-1_234.5)).toBe("-1,234.5");
    expect(countNl(-1_234.5)).toBe("-1.234,5");
    expect(countEn(0)).toBe("0");
  });
});
