import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeXml } from "../../src/report/escape.js";
import { clip, textWidth } from "../../src/report/svg-kit.js";

// The renderers take shortcuts for plain text (no escaping needed, nothing to clip) and measure
// on char codes; these properties hold them to the rules written out the long way.

/** Text with the characters that matter here: markup, controls, wide and narrow letters, lone and paired surrogates. */
const awkward = fc.string({
  unit: fc.oneof(
    fc.constantFrom("&", "<", ">", '"', "'", "\\", "|", "*", "#", "\n", "\r", "\u2028", "\u0000", "\u0008", "\u000B", "\u001F", "\uFFFE", "\uFFFF"),
    fc.constantFrom("i", "l", ".", " ", "[", "]", "m", "W", "@", "A", "Z", "a", "z", "0", "é", "\u00A0"),
    fc.constantFrom("\uD83D", "\uDE00", "\uD83D\uDE00", "\uDBFF\uDFFF"),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
  maxLength: 40,
});

/** textWidth as a rule per code point. */
function referenceWidth(text: string, size: number): number {
  let em = 0;
  for (const char of text) {
    if (/^[iljtf.,:;'|!()[\] ]$/.test(char)) em += 0.32;
    else if (/^[mwMW@]$/.test(char)) em += 0.9;
    else if (/^[A-Z]$/.test(char)) em += 0.68;
    else em += 0.58;
  }
  return Math.ceil(em * size);
}

describe("text measures and escapes of the renderers", () => {
  it("measure a text per code point: narrow, wide, capital or other", () => {
    fc.assert(
      fc.property(awkward, fc.integer({ min: 1, max: 32 }), (text, size) => {
        expect(textWidth(text, size)).toBe(referenceWidth(text, size));
      }),
    );
  });

  it("clip a text to at most `max` code points, ending in an ellipsis only when something was cut", () => {
    fc.assert(
      fc.property(awkward, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const chars = Array.from(text);
        expect(clip(text, max)).toBe(chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`);
      }),
    );
  });

  it("escape for XML exactly as replacing forbidden characters, then &, <, >, \" and ' one after the other", () => {
    const reference = (text: string): string =>
      text
        // eslint-disable-next-line no-control-regex -- the characters XML forbids are the point
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
    fc.assert(fc.property(awkward, (text) => {
        expect(escapeXml(text)).toBe(reference(text));
      }));
  });

  it("escape for Markdown exactly as turning line breaks into spaces, then backslashing the syntax characters", () => {
    const reference = (text: string): string => text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/[\\`*_[\]<>#!|~&$]/g, (c) => `\\${c}`);
    fc.assert(fc.property(awkward, (text) => {
        expect(escapeMarkdown(text)).toBe(reference(text));
      }));
  });
});
