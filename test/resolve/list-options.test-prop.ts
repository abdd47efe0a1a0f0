import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, representationMatrix } from "../../src/index.js";
import { BASE } from "../fuzz/renamed-ids.js";

const scenario = parseScenario(BASE);
const on = "2025-06-01";
const ids = { themes: scenario.themes.map((t) => t.id), regions: scenario.regions.map((r) => r.id), sectors: scenario.sectors.map((s) => s.id) };

/** A non-empty list of distinct ids drawn from `ids`, in any order. */
const distinct = (ids: readonly string[]) => fc.shuffledSubarray([...ids], { minLength: 1 });

describe("list options of a matrix query", () => {
  it("give one cell per asked theme, region and sector, never the same cell twice", () => {
    fc.assert(
      fc.property(distinct(ids.themes), distinct(ids.regions), distinct(ids.sectors), (themes, regions, sectors) => {
        const matrix = representationMatrix(scenario, { on, themes, regions, sectors });
        const keys = new Set(matrix.cells.map((c) => `${c.theme}/${c.region}/${c.sector}`));
        expect(matrix.cells).toHaveLength(themes.length * regions.length * sectors.length);
        expect(keys.size).toBe(matrix.cells.length);
      }),
    );
  });

  it("refuse any list that names an id twice, naming the option and the id", () => {
    const axes = [
      ["themes", ids.themes],
      ["regions", ids.regions],
      ["sectors", ids.sectors],
    ] as const;
    const repeated = fc
      .constantFrom(...axes)
      .chain(([option, ids]) =>
        distinct(ids).chain((list) =>
          fc.tuple(fc.constant(option), fc.constant(list), fc.nat(list.length - 1), fc.nat(list.length)),
        ),
      );
    fc.assert(
      fc.property(repeated, ([option, list, from, at]) => {
        const id = list[from]!;
        const withRepeat = [...list.slice(0, at), id, ...list.slice(at)];
        expect(() => representationMatrix(scenario, { on, [option]: withRepeat })).toThrow(`representationMatrix: '${option}' names "${id}" more than once`);
      }),
    );
  });
});
