import { describe, expect, it } from "vitest";
import { english } from "../../src/index.js";
import { dutch } from "../../src/locale/nl/index.js";

/** Every path of keys in a catalogue, down to its words and sentence functions. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((key) => keyPaths((value as Record<string, unknown>)[key], prefix === "" ? key : `${prefix}.${key}`));
}

describe("language catalogues", () => {
  it("English and Dutch hold the same keys, every one of them filled", () => {
    expect(keyPaths(dutch)).toEqual(keyPaths(english));
    for (const path of keyPaths(english)) {
      const word = path.split(".").reduce<unknown>((part, key) => (part as Record<string, unknown>)[key], dutch);
      expect(word === "" || word === undefined, path).toBe(false);
    }
  });

  it("each language writes numbers its own way, with one formatter", () => {
    expect(english.numbers.count(1_234_567.5)).toBe("1,234,567.5");
    expect(dutch.numbers.count(1_234_567.5)).toBe("1.234.567,5");
    expect(english.numbers.percent(0.125)).toBe("12.5%");
    expect(dutch.numbers.percent(0.125)).toBe("12,5%");
    expect(english.numbers.figure(2.5)).toBe("2.50");
    expect(dutch.numbers.figure(2.5)).toBe("2,50");
    expect(dutch.numbers.figure(3)).toBe("3");
  });

  it("the dataset's short names are not the language's: dutch is a catalogue with code nl", () => {
    expect(dutch.code).toBe("nl");
    expect(english.code).toBe("en");
    expect(Object.isFrozen(dutch)).toBe(true);
  });
});
