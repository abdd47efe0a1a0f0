import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ScenarioError } from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { indexAfter } from "../../src/model/derive-index.js";
import { indexOf, ScenarioIndex } from "../../src/model/scenario-index.js";
import type { Scenario } from "../../src/model/types.js";
import { resolveCell } from "../../src/resolve/resolve.js";
import { changeArbitrary, days, world, worldName } from "./fixtures.js";

/** What an index says about every (theme, region) pair: the covering mandates, in order, with their ranks and depths. */
function coverage(index: ScenarioIndex, scenario: Scenario): unknown[] {
  const out: unknown[] = [];
  for (const theme of scenario.themes) {
    for (const region of scenario.regions) {
      out.push(index.mandatesCovering(theme.id, region.id).map((c) => [c.mandate, c.rank, c.themeDepth, c.regionDepth]));
    }
  }
  return out;
}

describe("the index of a changed scenario, derived from the index before the change", () => {
  it("files the mandates and answers every cell as an index built afresh, after a chain of changes", () => {
    let derived = 0;
    fc.assert(
      fc.property(worldName, fc.array(changeArbitrary(), { minLength: 1, maxLength: 8 }), fc.constantFrom(...days), (name, changes, on) => {
        let scenario = world(name);
        indexOf(scenario);
        for (const change of changes) {
          let next: Scenario;
          try {
            next = applyChange(scenario, change).scenario;
          } catch (error) {
            if (error instanceof ScenarioError) continue;
            throw error;
          }
          const index = indexAfter(scenario, next);
          if (next.organisations === scenario.organisations && next.regions === scenario.regions && next.themes === scenario.themes && next !== scenario) derived++;
          // Kept for the scenario, as indexOf keeps one.
          expect(indexOf(next)).toBe(index);
          scenario = next;
        }
        const index = indexOf(scenario);
        const fresh = new ScenarioIndex(scenario);
        expect(coverage(index, scenario)).toEqual(coverage(fresh, scenario));
        for (const theme of scenario.themes) {
          for (const region of scenario.regions) {
            for (const sector of [null, ...scenario.sectors.map((s) => s.id)]) {
              const cell = { theme: theme.id, region: region.id, sector, on };
              expect(resolveCell(index, cell)).toEqual(resolveCell(fresh, cell));
            }
          }
        }
      }),
      { numRuns: 120 },
    );
    // Most chains change mandates only, so that the derivation is what is tested.
    expect(derived).toBeGreaterThan(50);
  });

  it("is not derived when the change touched more than mandates, and never built twice for one scenario", () => {
    const scenario = world("coordination");
    indexOf(scenario);
    const holder = scenario.organisations[0]?.id ?? "";
    const dissolved = applyChange(scenario, { type: "dissolve-organisation", id: holder, on: "2026-01-01" }).scenario;
    expect(dissolved.organisations).not.toBe(scenario.organisations);
    const index = indexAfter(scenario, dissolved);
    expect(index.organisations).not.toBe(indexOf(scenario).organisations);
    expect(indexAfter(scenario, dissolved)).toBe(index);
    const mandate = scenario.mandates[0];
    if (mandate === undefined) throw new Error("the fixture has mandates");
    const revoked = applyChange(scenario, { type: "revoke-mandate", id: mandate.id, on: "2025-06-01" }).scenario;
    expect(indexAfter(scenario, revoked).organisations).toBe(indexOf(scenario).organisations);
  });
});
