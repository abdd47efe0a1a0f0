import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateScenario, type ModelKind } from "../../bench/generate.js";
import { naiveContext, naiveMatrix, naiveResolve } from "../../bench/naive.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import type { Representation } from "../../src/resolve/representation.js";
import { resolve } from "../../src/resolve/resolve.js";

const DAYS = ["2019-05-01", "2022-03-01", "2024-12-31", "2025-01-01", "2026-06-01", "2027-08-15", "2029-02-28"];

/** Random scenarios of every model: small trees, few organisations, overlapping mandates, edge cases on or off. */
const scenarios = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    model: fc.constantFrom<ModelKind>("coordination", "oc2", "alternative"),
    themes: fc.integer({ min: 1, max: 6 }),
    regionDepth: fc.integer({ min: 1, max: 3 }),
    regionFanOut: fc.integer({ min: 1, max: 4 }),
    regionPick: fc.nat(),
    sectors: fc.integer({ min: 0, max: 3 }),
    organisations: fc.integer({ min: 3, max: 7 }),
    mandates: fc.integer({ min: 0, max: 30 }),
    edgeCases: fc.boolean(),
    days: fc.subarray(DAYS, { minLength: 1, maxLength: 3 }),
  })
  .map(({ regionPick, days, ...o }) => {
    let most = 1;
    for (let d = 1, level = 1; d <= o.regionDepth; d++) most += level *= o.regionFanOut;
    const scenario = parseScenario(generateScenario({ ...o, regions: 1 + (regionPick % most) }));
    return { scenario, days };
  });

type Answer = Pick<Representation, "theme" | "region" | "sector" | "status" | "lead" | "delegation" | "contenders">;

function show(cells: readonly Answer[]): string[] {
  return cells.map((c) => JSON.stringify([c.theme, c.region, c.sector, c.status, c.lead, c.delegation, c.contenders]));
}

describe("the naive reading of DOMAIN.md as an oracle", () => {
  it("agrees with representationMatrix on the status, lead, delegation and contenders of every cell, for all three models", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarios, ({ scenario, days }) => {
        for (const on of days) {
          const real = representationMatrix(scenario, { on }).cells;
          for (const cell of real) seen.add(`${scenario.model.kind} ${cell.status}`);
          expect(show(real)).toEqual(show(naiveMatrix(scenario, on)));
        }
      }),
      { numRuns: 200 },
    );
    // The comparison means something only if the random worlds reach every answer under every model.
    for (const model of ["coordination", "oc2", "alternative"]) {
      for (const status of ["represented", "contested", "unrepresented"]) expect(seen).toContain(`${model} ${status}`);
    }
  });

  it("agrees with resolve on questions about the profession as a whole (no sector)", () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), fc.nat(), ({ scenario, days }, t, r) => {
        const theme = scenario.themes[t % scenario.themes.length]?.id ?? "";
        const region = scenario.regions[r % scenario.regions.length]?.id ?? "";
        const ctx = naiveContext(scenario);
        for (const on of days) {
          const real = resolve(scenario, { theme, region, on });
          const naive = naiveResolve(ctx, { theme, region, sector: null, on });
          expect([real.status, real.lead, real.delegation, real.contenders]).toEqual([naive.status, naive.lead, naive.delegation, naive.contenders]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
