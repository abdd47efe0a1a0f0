// Counts in sentences, written the way each language groups digits, and the figures of tables and pictures.
import { readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { english } from "../../src/index.js";
import { dutch } from "../../src/locale/nl/index.js";
import { plainNumbers } from "../../src/locale/format.js";

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

describe("figures of tables and pictures", () => {
  it("write a fixed number of decimals with each language's separator", () => {
    expect(english.numbers.fixed(1 / 3, 3)).toBe("0.333");
    expect(dutch.numbers.fixed(1 / 3, 3)).toBe("0,333");
    expect(plainNumbers.fixed(0.5, 3)).toBe("0.500");
  });

  it("round a tally's figures to at most two decimals and drop trailing zeros", () => {
    expect(plainNumbers.rounded(7)).toBe("7");
    expect(plainNumbers.rounded(2.5)).toBe("2.5");
    expect(plainNumbers.rounded(2 / 3)).toBe("0.67");
    expect(plainNumbers.rounded(10.001)).toBe("10");
    expect(dutch.numbers.rounded(2.25)).toBe("2,25");
  });

  it("are the only place src/ formats a number's decimals", () => {
    const root = fileURLToPath(new URL("../../src", import.meta.url));
    const offenders = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.startsWith(`locale${sep}`) && file !== join("report", "svg-kit.ts"))
      .filter((file) => /toFixed|toLocaleString|Intl\.NumberFormat|Math\.round\([^)]*\* 100\) \/ 100/.test(readFileSync(join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
