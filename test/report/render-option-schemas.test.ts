// The renderers' options are checked by one zod schema per renderer: each bad option is
// refused naming the function, the option and what it received, whatever its type.
import { describe, expect, it } from "vitest";
import { renderTally, tally } from "../../src/council.js";
import { compareScenarios, matrixTimeline } from "../../src/index.js";
import { displayNames, renderComparison, renderMatrix, renderStructure, renderTimeline } from "../../src/report-entry.js";
import { fixture } from "../fixtures/load.js";
import { workedMatrix } from "./fixtures.js";

const { scenario, matrix } = workedMatrix();
const comparison = compareScenarios([scenario, fixture("worked-oc2")], { on: "2026-03-01", themes: ["curriculum"] });
const result = tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "b"], count: 2 }, { ranking: ["b"] }] }, { method: "irv" });
const timeline = matrixTimeline(scenario, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum"] });

/** Each renderer with a valid first argument and the smallest valid options, so that only the options added are at fault. */
const RENDERERS = {
  renderMatrix: { render: (options: unknown) => renderMatrix(matrix, options as never), base: { format: "svg" } },
  renderComparison: { render: (options: unknown) => renderComparison(comparison, options as never), base: { format: "svg" } },
  renderTally: { render: (options: unknown) => renderTally(result, options as never), base: { format: "svg" } },
  renderTimeline: { render: (options: unknown) => renderTimeline(timeline, options as never), base: {} },
  renderStructure: { render: (options: unknown) => renderStructure(scenario, options as never), base: {} },
} as const;

/** The options each renderer takes, as its "unknown option" message lists them. */
const KNOWN: Record<keyof typeof RENDERERS, string> = {
  renderMatrix: "format, locale, headingLevel, idPrefix, standalone, names, colours",
  renderComparison: "format, locale, headingLevel, idPrefix, standalone, names, colours, maxRows",
  renderTally: "format, locale, headingLevel, idPrefix, standalone, names, colours",
  renderTimeline: "width, title, locale, idPrefix, names, colours",
  renderStructure: "locale, direction, on",
};

describe("every renderer checks its options with one schema", () => {
  for (const [fn, { render, base }] of Object.entries(RENDERERS) as [keyof typeof RENDERERS, (typeof RENDERERS)[keyof typeof RENDERERS]][]) {
    it(`${fn} refuses an unknown option, naming it and the options there are`, () => {
      expect(() => render({ ...base, heading: 2 })).toThrow(new Error(`${fn}: unknown option "heading"; the options are ${KNOWN[fn]}`));
      expect(() => render({ ...base, a: 1, b: 2 })).toThrow(new Error(`${fn}: unknown options "a", "b"; the options are ${KNOWN[fn]}`));
    });

    it(`${fn} refuses a "__proto__" key read from JSON as an unknown option, and does not take options from it`, () => {
      const options: unknown = JSON.parse(`{${fn === "renderTimeline" || fn === "renderStructure" ? "" : '"format":"svg",'}"__proto__":{"locale":"xx"}}`);
      expect(() => render(options)).toThrow(new Error(`${fn}: unknown option "__proto__"; the options are ${KNOWN[fn]}`));
    });

    it(`${fn} takes frozen options and leaves them as they were`, () => {
      const options = Object.freeze({ ...base, locale: "en" });
      expect(render(options)).toBe(render(base));
      expect(options).toEqual({ ...base, locale: "en" });
    });

    it(`${fn} refuses a Date, an array or a Map as its options`, () => {
      for (const options of [new Date(0), [], new Map()]) expect(() => render(options)).toThrow(new RegExp(`^${fn}: options must be an object`));
    });

    it(`${fn} refuses a locale of the wrong type, NaN or a Date, naming what it received`, () => {
      for (const [locale, shown] of [[Number.NaN, "NaN"], [3, "3"], [new Date(0), '"1970-01-01T00:00:00.000Z"'], [true, "true"]] as const) {
        expect(() => render({ ...base, locale })).toThrow(new Error(`${fn}: locale must be "en" or "nl", received ${shown}`));
      }
    });
  }

  for (const fn of ["renderMatrix", "renderComparison", "renderTally"] as const) {
    const { render } = RENDERERS[fn];
    it(`${fn} refuses a heading level, id prefix or standalone flag of the wrong type`, () => {
      expect(() => render({ format: "markdown", headingLevel: new Date(0) })).toThrow(`${fn}: headingLevel must be a whole number from 1 to 5, received "1970-01-01T00:00:00.000Z"`);
      expect(() => render({ format: "markdown", headingLevel: Number.POSITIVE_INFINITY })).toThrow(`${fn}: headingLevel must be a whole number from 1 to 5, received Infinity`);
      expect(() => render({ format: "svg", idPrefix: Number.NaN })).toThrow(`${fn}: idPrefix must start with a letter and hold only letters, digits, "_" and "-", received NaN`);
      expect(() => render({ format: "html", standalone: "yes" })).toThrow(new Error(`${fn}: standalone must be true or false, received "yes"`));
      expect(render({ format: "html", standalone: true })).toMatch(/^<!doctype html>/);
      expect(render({ format: "html", standalone: false })).toBe(render({ format: "html" }));
    });

    it(`${fn} refuses names and colours that are not tables of strings`, () => {
      expect(() => render({ format: "svg", names: "aob" })).toThrow(new Error(`${fn}: names must be display names (see displayNames()), received "aob"`));
      expect(() => render({ format: "svg", names: { aob: "AOb" } })).toThrow(new Error(`${fn}: names must be display names (see displayNames()), but "aob" holds "AOb"`));
      expect(() => render({ format: "svg", names: { themes: { curriculum: Number.NaN } } })).toThrow(new Error(`${fn}: names must be display names (see displayNames()), but "themes" holds {"curriculum":NaN}`));
      expect(() => render({ format: "svg", names: new Date(0) })).toThrow(`${fn}: names must be display names (see displayNames()), received "1970-01-01T00:00:00.000Z"`);
      expect(() => render({ format: "svg", colours: ["#000000"] })).toThrow(new Error(`${fn}: colours must be a record of #rrggbb colours by organisation id, received ["#000000"]`));
      expect(() => render({ format: "svg", colours: { aob: 0 } })).toThrow(new Error(`${fn}: colours must be a record of #rrggbb colours by organisation id, received {"aob":0}`));
      expect(render({ format: "svg", names: Object.freeze(displayNames(scenario)) })).toBe(render({ format: "svg", names: displayNames(scenario) }));
    });
  }

  it("renderComparison refuses a maxRows that is a Date or a string", () => {
    expect(() => renderComparison(comparison, { format: "svg", maxRows: new Date(0) as never })).toThrow('renderComparison: maxRows must be a whole number of at least 0, received "1970-01-01T00:00:00.000Z"');
  });

  it("renderTimeline refuses a width or title that is NaN or a Date", () => {
    expect(() => renderTimeline(timeline, { width: Number.NaN })).toThrow(new Error("renderTimeline: 'width' must be a number from 400 to 100,000, received NaN"));
    expect(() => renderTimeline(timeline, { width: new Date(0) as never })).toThrow(`renderTimeline: 'width' must be a number from 400 to 100,000, received "1970-01-01T00:00:00.000Z"`);
    expect(() => renderTimeline(timeline, { title: new Date(0) as never })).toThrow(`renderTimeline: 'title' must be a string, received "1970-01-01T00:00:00.000Z"`);
  });

  it("renderStructure refuses options that are not an object and a direction of the wrong type", () => {
    expect(() => renderStructure(scenario, null as never)).toThrow(new Error("renderStructure: options must be an object, received null"));
    expect(() => renderStructure(scenario, "LR" as never)).toThrow(new Error('renderStructure: options must be an object, received "LR"'));
    expect(() => renderStructure(scenario, { direction: Number.NaN as never })).toThrow(new Error('renderStructure: direction must be "TB" or "LR", received NaN'));
    expect(renderStructure(scenario, { direction: "LR" }).split("\n")[0]).toBe("flowchart LR");
    expect(() => renderStructure(scenario, { on: "2025-02-30" })).toThrow(/^renderStructure: 'on' must be a calendar date written YYYY-MM-DD or a Date, received /);
    expect(() => renderStructure(scenario, { on: 20250101 as never })).toThrow(/^renderStructure: 'on' must be a calendar date written YYYY-MM-DD or a Date, received /);
  });
});
