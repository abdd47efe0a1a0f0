// The small parts every renderer shares, tested at their edges: escaping, numbers and
// clipping on pictures, id prefixes, colours and their contrast, and display names.
import { describe, expect, it } from "vitest";
import { displayNames, organisationColours, OKABE_ITO } from "../../src/report-entry.js";
import { namerOf } from "../../src/report/display-names.js";
import { escapeMarkdown, escapeMermaid, escapeXml } from "../../src/report/escape.js";
import { contrastRatio, isHexColour, luminance, swatchOf } from "../../src/report/palette.js";
import { checkIdPrefix, clip, num, svgDocument } from "../../src/report/svg-kit.js";
import { fixture, world } from "../fixtures/load.js";

describe("escapeXml", () => {
  it("replaces each character XML forbids with U+FFFD and keeps tab, line feed and carriage return", () => {
    for (const bad of ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uFFFE", "\uFFFF"]) expect(escapeXml(`a${bad}b`)).toBe("a\uFFFDb");
    expect(escapeXml("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(escapeXml("\u0020\u007F\uFFFD\uFFFC")).toBe("\u0020\u007F\uFFFD\uFFFC");
  });

  it("keeps a surrogate pair and replaces a lone half, wherever it stands", () => {
    expect(escapeXml("\uD83D\uDE00")).toBe("\uD83D\uDE00");
    expect(escapeXml("a\uD83D")).toBe("a\uFFFD");
    expect(escapeXml("\uD83Da")).toBe("\uFFFDa");
    expect(escapeXml("\uDE00a")).toBe("\uFFFDa");
    expect(escapeXml("a\uDE00")).toBe("a\uFFFD");
    expect(escapeXml("\uDE00\uD83D")).toBe("\uFFFD\uFFFD");
    expect(escapeXml("\uD83D\uD83D\uDE00")).toBe("\uFFFD\uD83D\uDE00");
  });

  it("escapes the five characters with a meaning in markup", () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  });
});

describe("escapeMarkdown", () => {
  it("turns each run of line breaks into one space", () => {
    expect(escapeMarkdown("a\r\n\nb\u2028c\u2029\u2028d")).toBe("a b c d");
  });

  it("puts a backslash before each character Markdown or inline HTML could read as syntax, and only those", () => {
    expect(escapeMarkdown("\\`*_[]<>#!|~&$")).toBe("\\\\\\`\\*\\_\\[\\]\\<\\>\\#\\!\\|\\~\\&\\$");
    expect(escapeMarkdown("a-b.c (d) e:f")).toBe("a-b.c (d) e:f");
  });
});

describe("escapeMermaid", () => {
  it("keeps letters, digits and plain punctuation and writes everything else as a numbered entity", () => {
    expect(escapeMermaid("Één, 2 (b/c) + d-e_f? g.h:i")).toBe("Één, 2 (b/c) + d-e_f? g.h:i");
    expect(escapeMermaid('a"b<c>#;')).toBe("a#34;b#60;c#62;#35;#59;");
    expect(escapeMermaid("😀")).toBe("#128512;");
  });

  it("turns each run of line breaks into one space", () => {
    expect(escapeMermaid("a\r\n\nb")).toBe("a b");
  });
});

describe("numbers, labels and documents on pictures", () => {
  it("writes integers as they are and others with at most two decimals, without trailing zeros", () => {
    expect([num(3), num(-2), num(1.5), num(1.25), num(1.255), num(2.001), num(10.001), num(0.1)]).toEqual(["3", "-2", "1.5", "1.25", "1.25", "2", "10", "0.1"]);
  });

  it("clips a label longer than the maximum to the maximum, with an ellipsis, and leaves one that fits", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcd", 3)).toBe("ab\u2026");
    expect(clip("😀😀😀", 3)).toBe("😀😀😀");
  });

  it("adds a <defs> element only when there are definitions", () => {
    const base = { id: "p", width: 10, height: 5.5, title: "T", desc: "D", lang: "nl", body: "<g/>" };
    const without = svgDocument(base);
    expect(without).not.toContain("<defs>");
    expect(without).toContain('viewBox="0 0 10 5.5"');
    expect(svgDocument({ ...base, defs: "<pattern/>" })).toContain("<defs><pattern/></defs>\n<rect");
  });

  it("takes an id prefix that starts with a letter, bg when none is given, and names the function otherwise", () => {
    expect(checkIdPrefix(undefined, "f")).toBe("bg");
    expect(checkIdPrefix("a_1-b", "f")).toBe("a_1-b");
    for (const bad of ["a$", "a b", "1a", 5]) expect(() => checkIdPrefix(bad, "f")).toThrow(/^f: idPrefix must start with a letter/);
  });
});

describe("colours", () => {
  it("accepts only a whole #rrggbb string", () => {
    expect(isHexColour("#A0b1C2")).toBe(true);
    for (const bad of ["#1234567", "x#123456", "#12345", "123456", ["#123456"], 0x123456, null]) expect(isHexColour(bad)).toBe(false);
  });

  it("computes the WCAG luminance of dark and light channels", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 10);
    // 10/255 is at or below 0.04045, so it is divided by 12.92.
    expect(luminance("#0A0A0A")).toBeCloseTo(10 / 255 / 12.92, 12);
    expect(luminance("#808080")).toBeCloseTo(((128 / 255 + 0.055) / 1.055) ** 2.4, 12);
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 10);
    expect(contrastRatio("#FFFFFF", "#000000")).toBeCloseTo(21, 10);
  });

  it("writes on a fill in black or white, whichever contrasts more", () => {
    expect(swatchOf("#ffffff")).toEqual({ fill: "#FFFFFF", text: "#000000" });
    expect(swatchOf("#000000")).toEqual({ fill: "#000000", text: "#FFFFFF" });
    expect(swatchOf("#0072b2").text).toBe("#FFFFFF");
    expect(swatchOf("#e69f00").text).toBe("#000000");
  });

  it("hands out a plain record the caller may change", () => {
    const colours = organisationColours(["aob", "cnvo"]);
    expect(Object.getOwnPropertyDescriptor(colours, "aob")).toEqual({ value: colours["aob"], enumerable: true, writable: true, configurable: true });
    colours["aob"] = "#000000";
    expect(colours["aob"]).toBe("#000000");
    delete colours["cnvo"];
    expect(Object.keys(colours)).toEqual(["aob"]);
    expect(OKABE_ITO).toContain(organisationColours(["__proto__"])["__proto__"]);
  });
});

describe("display names", () => {
  const coordination = fixture("worked-coordination");

  it("lets an earlier scenario's name win over a later one's for the same id", () => {
    const renamed = world((d) => {
      d.organisations = d.organisations.map((o: { id: string }) => (o.id === "aob" ? { ...o, name: "Later name", shortName: "LATER" } : o));
    }, "worked-oc2");
    expect(displayNames(coordination, renamed).organisations?.["aob"]).toBe("AOb");
    expect(displayNames(renamed, coordination).organisations?.["aob"]).toBe("LATER");
    expect(displayNames(renamed, coordination).organisationNames?.["aob"]).toBe("Later name");
  });

  it("hands out plain records whose entries the caller may replace or remove", () => {
    const names = displayNames(coordination);
    const themes = names.themes as Record<string, string>;
    expect(Object.getOwnPropertyDescriptor(themes, "curriculum")).toEqual({ value: "Curriculum", enumerable: true, writable: false, configurable: true });
    delete themes["curriculum"];
    expect(Object.keys(themes)).not.toContain("curriculum");
  });

  it("looks a name up in the first set that has it, falling back to the short name and then to the id", () => {
    const namer = namerOf({ themes: { t: "First" } }, { themes: { t: "Second", u: "Only second" }, organisations: { o: "O-short" }, candidates: { c: "Cand" } });
    expect(namer.theme("t")).toBe("First");
    expect(namer.theme("u")).toBe("Only second");
    expect(namer.theme("v")).toBe("v");
    expect(namer.organisationName("o")).toBe("O-short");
    expect(namer.candidate("o")).toBe("O-short");
    expect(namer.candidate("c")).toBe("Cand");
    expect(namer.candidate("x")).toBe("x");
    expect(namerOf(undefined).region("r")).toBe("r");
    expect(namerOf({ sectors: { constructor: "no" } }).sector("toString")).toBe("toString");
  });
});
