// What the renderers refuse, word for word: plain JavaScript callers may pass anything, and
// each refusal names the function, the option or field, and the value received.
import { describe, expect, it } from "vitest";
import { renderTally, tally } from "../../src/council.js";
import { compareScenarios, ScenarioError } from "../../src/index.js";
import { displayNames, renderComparison, renderMatrix, renderStructure } from "../../src/report-entry.js";
import { fixture } from "../fixtures/load.js";
import { workedMatrix } from "./fixtures.js";

const { scenario, matrix } = workedMatrix();
const comparison = compareScenarios([scenario, fixture("worked-oc2")], { on: "2026-03-01", themes: ["curriculum"] });
const result = tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "b"], count: 2 }, { ranking: ["b"] }] }, { method: "irv" });

/** Each renderer with a valid first argument, so that only the options are at fault. */
const RENDERERS = {
  renderMatrix: (options: unknown) => renderMatrix(matrix, options as never),
  renderComparison: (options: unknown) => renderComparison(comparison, options as never),
  renderTally: (options: unknown) => renderTally(result, options as never),
};

describe("the options every renderer checks", () => {
  for (const [fn, render] of Object.entries(RENDERERS)) {
    it(`${fn} refuses options that are missing, not an object or incomplete`, () => {
      for (const options of [undefined, null, "svg", 3]) expect(() => render(options)).toThrow(new Error(`${fn}: options must be an object with a format`));
      expect(() => render({})).toThrow(new Error(`${fn}: format must be "markdown", "html" or "svg", received undefined`));
      expect(() => render({ format: "pdf" })).toThrow(new Error(`${fn}: format must be "markdown", "html" or "svg", received "pdf"`));
    });

    it(`${fn} takes en and nl and refuses any other locale`, () => {
      expect(render({ format: "markdown", locale: "en" })).toBe(render({ format: "markdown" }));
      expect(render({ format: "markdown", locale: "nl" })).not.toBe(render({ format: "markdown" }));
      for (const locale of ["de", "", null, "EN"]) {
        expect(() => render({ format: "svg", locale })).toThrow(new Error(`${fn}: locale must be "en" or "nl", received ${JSON.stringify(locale)}`));
      }
    });

    it(`${fn} takes heading levels 1 to 5 and refuses others`, () => {
      expect(render({ format: "markdown", headingLevel: 1 }).startsWith("# ")).toBe(true);
      expect(render({ format: "markdown", headingLevel: 5 }).startsWith("##### ")).toBe(true);
      // null counts as left out, as undefined does.
      expect(render({ format: "markdown", headingLevel: null })).toBe(render({ format: "markdown" }));
      for (const level of [0, 6, 2.5, "2", -1]) {
        expect(() => render({ format: "markdown", headingLevel: level })).toThrow(new Error(`${fn}: headingLevel must be a whole number from 1 to 5, received ${JSON.stringify(level)}`));
      }
    });

    it(`${fn} takes an id prefix that starts with a letter and refuses others`, () => {
      expect(render({ format: "svg", idPrefix: "Fig_2-b" })).toContain('id="Fig_2-b-title"');
      for (const idPrefix of ["2a", "a b", "a$", "-a", "", 7, null]) {
        expect(() => render({ format: "svg", idPrefix })).toThrow(
          new Error(`${fn}: idPrefix must start with a letter and hold only letters, digits, "_" and "-", received ${JSON.stringify(idPrefix)}`),
        );
      }
    });
  }
});

describe("the first argument of each renderer", () => {
  it("renderMatrix names the field of a matrix that is wrong", () => {
    const fn = "renderMatrix";
    for (const value of [null, "matrix", 3]) expect(() => renderMatrix(value as never, { format: "svg" })).toThrow(new Error(`${fn}: matrix must be a RepresentationMatrix from representationMatrix()`));
    for (const key of ["themes", "regions", "sectors", "cells"]) {
      expect(() => renderMatrix({ ...matrix, [key]: "x" }, { format: "svg" })).toThrow(new Error(`${fn}: matrix.${key} must be an array`));
    }
    expect(() => renderMatrix({ ...matrix, on: 20250601 } as never, { format: "svg" })).toThrow(new Error(`${fn}: matrix.on must be a YYYY-MM-DD string`));
  });

  it("renderComparison names the field of a comparison that is wrong, and checks maxRows", () => {
    const fn = "renderComparison";
    for (const value of [null, "comparison", 3]) expect(() => renderComparison(value as never, { format: "svg" })).toThrow(new Error(`${fn}: expected a comparison from compareScenarios()`));
    for (const key of ["scenarios", "metrics", "pitfalls", "differences", "organisations"]) {
      expect(() => renderComparison({ ...comparison, [key]: {} }, { format: "svg" })).toThrow(new Error(`${fn}: comparison.${key} must be an array`));
    }
    expect(() => renderComparison({ ...comparison, on: null } as never, { format: "svg" })).toThrow(new Error(`${fn}: comparison.on must be a YYYY-MM-DD string`));
    for (const [maxRows, shown] of [["3", '"3"'], [Number.NaN, "NaN"], [-1, "-1"], [1.5, "1.5"], [Number.NEGATIVE_INFINITY, "-Infinity"]] as const) {
      expect(() => renderComparison(comparison, { format: "markdown", maxRows: maxRows as never })).toThrow(
        new Error(`${fn}: maxRows must be a whole number of at least 0, received ${shown}`),
      );
    }
    const all = renderComparison(comparison, { format: "markdown" });
    expect(renderComparison(comparison, { format: "markdown", maxRows: Number.POSITIVE_INFINITY })).toBe(all);
    expect(renderComparison(comparison, { format: "markdown", maxRows: comparison.differences.length })).toBe(all);
    expect(comparison.differences.length).toBeGreaterThan(0);
    expect(renderComparison(comparison, { format: "markdown", maxRows: 0 })).toContain(`... and ${comparison.differences.length} more cells that differ`);
  });

  it("renderComparison checks the colours of the organisations in the differing cells, not only of those that lead somewhere", () => {
    const led = new Set(comparison.organisations.map((o) => o.organisation));
    const named = [...new Set(comparison.differences.flatMap((d) => d.outcomes.flatMap((o) => [...(o.lead === null ? [] : [o.lead]), ...o.contenders])))];
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) {
      expect(() => renderComparison(comparison, { format: "svg", colours: { [id]: "red" } })).toThrow(
        new Error(`renderComparison: the colour of ${JSON.stringify(id)} must be written #rrggbb, received "red"`),
      );
    }
    // An id named nowhere in the comparison has no colour to check.
    expect(led.has("nobody")).toBe(false);
    expect(renderComparison(comparison, { format: "svg", colours: { nobody: "red" } })).toBe(renderComparison(comparison, { format: "svg" }));
  });

  it("renderTally names the field of a result that is wrong", () => {
    const fn = "renderTally";
    for (const value of [null, "result", 3]) expect(() => renderTally(value as never, { format: "svg" })).toThrow(new Error(`${fn}: expected a result from tally()`));
    expect(() => renderTally({ ...result, method: 1 } as never, { format: "svg" })).toThrow(new Error(`${fn}: result.method must be a string`));
    expect(() => renderTally({ ...result, winners: "a" } as never, { format: "svg" })).toThrow(new Error(`${fn}: result.winners and result.ranking must be arrays`));
    expect(() => renderTally({ ...result, ranking: "a" } as never, { format: "svg" })).toThrow(new Error(`${fn}: result.winners and result.ranking must be arrays`));
    expect(() => renderTally({ ...result, rounds: {} } as never, { format: "svg" })).toThrow(new Error(`${fn}: result.rounds must be an array when present`));
  });

  it("renderStructure refuses what is not a scenario, and unknown locales and directions", () => {
    const fn = "renderStructure";
    const { model, organisations } = scenario;
    for (const value of [null, "scenario", 3, { organisations }, { model }, { model: "coordination", organisations }, { model, organisations: {} }]) {
      expect(() => renderStructure(value as never)).toThrow(ScenarioError);
      expect(() => renderStructure(value as never)).toThrow(new RegExp(`^${fn}: \\d+ problems? found`));
    }
    expect(() => renderStructure(scenario, { locale: "fr" as never })).toThrow(new Error(`${fn}: locale must be "en" or "nl", received "fr"`));
    expect(() => renderStructure(scenario, { direction: "RL" as never })).toThrow(new Error(`${fn}: direction must be "TB" or "LR", received "RL"`));
    expect(renderStructure(scenario, { locale: "en", direction: "TB" })).toBe(renderStructure(scenario));
  });

  it("displayNames names the argument that is not a scenario", () => {
    for (const value of [null, "scenario", 3, { organisations: [] }, { themes: [] }, { organisations: {}, themes: [] }]) {
      expect(() => displayNames(scenario, value as never)).toThrow(ScenarioError);
      expect(() => displayNames(scenario, value as never)).toThrow(/^displayNames: scenarios\[1\]: \d+ problems? found/);
    }
    expect(() => displayNames(null as never)).toThrow(/^displayNames: scenarios\[0\]: 1 problem found/);
  });
});
