import { describe, expect, it } from "vitest";
import { clipToWidth, fittedToWidth, textWidth } from "../../src/report/svg-kit.js";

describe("clipToWidth", () => {
  it("keeps a label that fits as it is", () => {
    expect(clipToWidth("Curriculum", 11, textWidth("Curriculum", 11))).toBe("Curriculum");
  });

  it("cuts a label that does not fit to the longest start that fits with an ellipsis", () => {
    const label = "Middelbaar beroepsonderwijs";
    const max = textWidth(label, 11) - 1;
    const clipped = clipToWidth(label, 11, max);
    expect(clipped.endsWith("\u2026")).toBe(true);
    expect(label.startsWith(clipped.slice(0, -1))).toBe(true);
    expect(textWidth(clipped, 11)).toBeLessThanOrEqual(max);
    // One more character would not fit.
    expect(textWidth(`${label.slice(0, clipped.length)}\u2026`, 11)).toBeGreaterThan(max);
  });

  it("never splits a surrogate pair, and gives nothing when not even one character fits", () => {
    expect(clipToWidth("😀😀😀😀😀😀", 11, 13)).toBe("😀\u2026");
    expect(clipToWidth("😀😀😀😀😀😀", 11, 20)).toBe("😀😀\u2026");
    expect(clipToWidth("Curriculum", 11, 5)).toBe("");
  });
});

describe("fittedToWidth", () => {
  it("puts the whole label in a tooltip only when it had to clip it", () => {
    expect(fittedToWidth(0, 0, "a<b", 11, 100, "")).toBe('<text x="0" y="0">a&lt;b</text>');
    expect(fittedToWidth(0, 0, "a<b".repeat(20), 11, 100, "")).toMatch(/^<g><title>(a&lt;b){20}<\/title><text x="0" y="0">(a&lt;b)+a?(&lt;)?\u2026<\/text><\/g>$/);
  });
});
