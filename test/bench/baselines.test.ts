import { describe, expect, it } from "vitest";
import { casbinBaseline, casbinClaimants } from "../../bench/casbin.js";
import { buildFloor, floorPlan } from "../../bench/floor.js";
import { generateScenario } from "../../bench/generate.js";
import { naiveCells } from "../../bench/naive.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { holdersOf } from "../../src/model/holders.js";

function small(seed: number, model: "coordination" | "oc2" | "alternative", sectors = 3): Scenario {
  return parseScenario(generateScenario({ seed, model, themes: 4, regions: 13, regionDepth: 2, regionFanOut: 3, sectors, mandates: 40, edgeCases: true }));
}

/** Holders of the mandates whose scope covers the cell and that are in force on its day, read straight from the document. */
function holdersCovering(s: Scenario, cell: { theme: string; region: string; sector: string | null; on: string }): string[] {
  const up = (id: string, list: readonly { id: string; parent?: string }[]): string[] => {
    const chain: string[] = [];
    for (let at: string | undefined = id; at !== undefined; at = list.find((x) => x.id === at)?.parent) chain.push(at);
    return chain;
  };
  const themes = up(cell.theme, s.themes);
  const regions = up(cell.region, s.regions);
  const holders = s.mandates
    .filter((m) => m.scope.themes === "all" || m.scope.themes.some((t) => themes.includes(t)))
    .filter((m) => m.scope.regions.some((r) => regions.includes(r)))
    .filter((m) => m.scope.sectors === "all" || (cell.sector !== null && m.scope.sectors.includes(cell.sector)))
    .filter((m) => m.validFrom <= cell.on && (m.validUntil === undefined || cell.on < m.validUntil))
    .flatMap((m) => holdersOf(m));
  return [...new Set(holders)].sort();
}

describe("the floor baseline", () => {
  it("builds output equal to the real matrix, in new objects", () => {
    for (const model of ["coordination", "oc2", "alternative"] as const) {
      const cells = representationMatrix(small(9, model), { on: "2026-06-01" }).cells;
      const floor = buildFloor(floorPlan(cells));
      expect(floor).toEqual(cells);
      expect(floor[0]).not.toBe(cells[0]);
      expect(floor[0]?.basis).not.toBe(cells[0]?.basis);
      expect(floor[0]?.delegation).not.toBe(cells[0]?.delegation);
    }
  });
});

describe("the casbin baseline", () => {
  it("finds, with one enforce per organisation, the holders of the mandates that cover a cell and are in force", async () => {
    for (const [seed, sectors, on] of [[1, 3, "2026-06-01"], [2, 0, "2024-01-01"]] as const) {
      const s = small(seed, "coordination", sectors);
      const baseline = await casbinBaseline(s);
      for (const cell of naiveCells(s, on)) expect(casbinClaimants(baseline, cell).sort()).toEqual(holdersCovering(s, cell));
    }
  });
});
