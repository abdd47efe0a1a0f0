import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseScenario, compareScenarios, PITFALL_IDS, type StatusTally } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { scenarioOnDay } from "./fixtures.js";
import { findingsInBoth } from "../fixtures/both-languages.js";

const RUNS = { numRuns: 120 };

/** Every organisation `id` belongs to through memberOf, transitively. */
function ancestors(scenario: Scenario, id: string): Set<string> {
  const byId = new Map(scenario.organisations.map((o) => [o.id, o]));
  const found = new Set<string>();
  const stack = [...(byId.get(id)?.memberOf ?? [])];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (!found.has(next)) {
      found.add(next);
      stack.push(...(byId.get(next)?.memberOf ?? []));
    }
  }
  return found;
}

describe("analysis properties", () => {
  it("the coverage counts add up to the number of cells, overall and in every breakdown", () => {
    fc.assert(
      fc.property(scenarioOnDay, ({ scenario, on }) => {
        const analysis = analyseScenario(scenario, { on });
        const { coverage } = analysis;
        expect(analysis.cells).toBe(analysis.themes.length * analysis.regions.length * analysis.sectors.length);
        const sum = (t: StatusTally) => t.counts.represented + t.counts.contested + t.counts.unrepresented;
        expect(sum(coverage)).toBe(analysis.cells);
        for (const groups of [coverage.byTheme, coverage.byRegion, coverage.bySector]) {
          for (const group of groups) expect(sum(group)).toBe(group.cells);
          expect(groups.reduce((n, g) => n + g.cells, 0)).toBe(analysis.cells);
        }
        expect(coverage.counts.contested).toBe(analysis.conflicts.length);
      }),
      RUNS,
    );
  });

  it("the HHI lies in [1/n, 1] for n distinct leads when anything is represented, and is null otherwise", () => {
    fc.assert(
      fc.property(scenarioOnDay, ({ scenario, on }) => {
        const { concentration, coverage } = analyseScenario(scenario, { on });
        expect(concentration.ledCells).toBe(coverage.counts.represented);
        if (concentration.ledCells === 0) {
          expect(concentration.hhi).toBeNull();
          return;
        }
        const n = concentration.distinctLeads;
        expect(n).toBeGreaterThan(0);
        expect(concentration.hhi).not.toBeNull();
        expect(concentration.hhi ?? 0).toBeGreaterThanOrEqual(1 / n);
        expect(concentration.hhi ?? 2).toBeLessThanOrEqual(1);
        // Each cell counts once per party, and 1/n for each of a coalition's n members: both sets of shares sum to 1.
        expect(concentration.parties.reduce((s, p) => s + p.cells, 0)).toBe(concentration.ledCells);
        expect(concentration.parties.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 9);
        expect(concentration.leads.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 9);
        expect(concentration.leads.reduce((s, l) => s + l.weight, 0)).toBeCloseTo(concentration.ledCells, 9);
      }),
      RUNS,
    );
  });

  it("comparing a scenario with itself shows no difference", () => {
    fc.assert(
      fc.property(scenarioOnDay, ({ scenario, on }) => {
        const comparison = compareScenarios([scenario, scenario], { on });
        expect(comparison.differences).toEqual([]);
        for (const summary of comparison.organisations) expect(summary.led[0]).toBe(summary.led[1]);
        expect(comparison.metrics[0]).toEqual(comparison.metrics[1]);
        expect(comparison.pitfalls[0]).toEqual(comparison.pitfalls[1]);
        expect(comparison.unshared).toEqual({ themes: [], regions: [], sectors: [] });
      }),
      RUNS,
    );
  });

  it("reach never counts an organisation twice, nor one inside a federation it also counts", () => {
    fc.assert(
      fc.property(scenarioOnDay, ({ scenario, on }) => {
        const { reach } = analyseScenario(scenario, { on });
        const counted = reach.counted.map((c) => c.organisation);
        expect(new Set(counted).size).toBe(counted.length);
        for (const id of counted) {
          const mine = ancestors(scenario, id);
          // A counted federation of a counted member would count the member twice; a cycle is the one exception.
          for (const other of counted) if (other !== id && mine.has(other)) expect(ancestors(scenario, other).has(id)).toBe(true);
        }
        const covered = reach.covered.map((c) => c.organisation);
        expect(covered.filter((id) => counted.includes(id))).toEqual([]);
        expect(reach.unknown.filter((id) => counted.includes(id) || covered.includes(id))).toEqual([]);
        expect(reach.members).toBe(reach.counted.reduce((s, c) => s + c.members, 0));
      }),
      RUNS,
    );
  });

  it("findPitfalls reports only known ids, once each, in the documented order, in both languages", () => {
    fc.assert(
      fc.property(scenarioOnDay, ({ scenario, on }) => {
        const findings = findingsInBoth(scenario, { on });
        const ids = findings.map((f) => f.id);
        expect(PITFALL_IDS.filter((id) => ids.includes(id))).toEqual(ids);
        for (const f of findings) {
          expect(["high", "medium", "low"]).toContain(f.severity);
          expect(f.message.en).not.toBe("");
          expect(f.message.nl).not.toBe("");
        }
      }),
      RUNS,
    );
  });
});
