import { describe, expect, it } from "vitest";
import { generateScenario, generateSize, SIZES, shiftDays } from "../../bench/generate.js";
import { Random } from "../../bench/random.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { resolve } from "../../src/resolve/resolve.js";
import type { Region, ScenarioDocument } from "../../src/model/types.js";

const ON = "2026-06-01";

function depthOf(regions: readonly Region[]): number {
  const parent = new Map(regions.map((r) => [r.id, r.parent]));
  let deepest = 0;
  for (const region of regions) {
    let d = 0;
    for (let at = region.parent; at !== undefined; at = parent.get(at)) d++;
    deepest = Math.max(deepest, d);
  }
  return deepest;
}

function lapsedShare(s: ScenarioDocument): number {
  return s.mandates.filter((m) => m.validUntil !== undefined && m.validUntil <= ON).length / s.mandates.length;
}

describe("generateScenario", () => {
  it("yields the same document for the same seed, and another for another seed", () => {
    const options = { model: "coordination", themes: 6, regions: 20, regionDepth: 2, regionFanOut: 5, sectors: 3, mandates: 40 } as const;
    expect(generateScenario({ ...options, seed: 4 })).toEqual(generateScenario({ ...options, seed: 4 }));
    expect(generateScenario({ ...options, seed: 4 }).mandates).not.toEqual(generateScenario({ ...options, seed: 5 }).mandates);
  });

  it.each(["coordination", "oc2", "alternative"] as const)("makes a small %s scenario that parseScenario accepts, of the asked size", (model) => {
    const s = parseScenario(generateSize("small", model));
    expect(s.model.kind).toBe(model);
    expect([s.themes.length, s.regions.length, s.sectors.length, s.mandates.length]).toEqual([10, 50, 4, 500]);
    expect(depthOf(s.regions)).toBe(SIZES.small.regionDepth);
  });

  it("makes the large scenario: 40 themes with subthemes, 400 regions four levels deep, 5 sectors, 20,000 mandates", () => {
    const s = parseScenario(generateSize("large", "coordination"));
    expect([s.themes.length, s.regions.length, s.sectors.length, s.mandates.length]).toEqual([40, 400, 5, 20_000]);
    expect(depthOf(s.regions)).toBe(4);
    expect(s.themes.filter((t) => t.parent !== undefined)).toHaveLength(30);
  });

  it("doubles mandates or regions, and nothing else, in the growth sizes", () => {
    const { mandates, regions, ...rest } = SIZES.large;
    expect(SIZES["large-2x-mandates"]).toEqual({ ...rest, regions, mandates: 2 * mandates });
    expect(SIZES["large-2x-regions"]).toEqual({ ...rest, mandates, regions: 2 * regions });
  });

  it("thins out only the mandates in the sparse large size, to a fifth", () => {
    const { mandates, ...rest } = SIZES.large;
    expect(SIZES["large-sparse"]).toEqual({ ...rest, mandates: mandates / 5 });
  });

  it.each(["coordination", "oc2", "alternative"] as const)("judges about 5 claims a cell in the sparse large %s scenario (mean over 2,000 random cells)", (model) => {
    const s = parseScenario(generateSize("large-sparse", model));
    const random = new Random(3);
    let steps = 0;
    const cells = 2_000;
    for (let i = 0; i < cells; i++) {
      const theme = random.pick(s.themes).id;
      const region = random.pick(s.regions).id;
      const sector = random.pick(s.sectors).id;
      // Every claim judged at the cell is one basis step, those weighed inside a deferring rule included.
      steps += resolve(s, { theme, region, sector, on: ON }).basis.length;
    }
    const mean = steps / cells;
    expect(mean).toBeGreaterThan(3.5);
    expect(mean).toBeLessThan(6.5);
  });

  it("lays mandates over national, regional and sector-specific scopes, over years, with a share lapsed", () => {
    const s = generateSize("small", "oc2");
    const scopes = s.mandates.map((m) => m.scope);
    expect(scopes.some((scope) => scope.regions.includes("nl"))).toBe(true);
    expect(scopes.some((scope) => scope.regions.some((r) => r !== "nl"))).toBe(true);
    expect(scopes.some((scope) => scope.sectors !== "all")).toBe(true);
    expect(scopes.some((scope) => scope.sectors === "all")).toBe(true);
    expect(lapsedShare(s)).toBeGreaterThan(0.25);
    expect(lapsedShare(s)).toBeLessThan(0.35);
    const years = new Set(s.mandates.map((m) => m.validFrom.slice(0, 4)));
    expect(years.size).toBeGreaterThan(5);
    expect(s.mandates.filter((m) => m.validFrom > ON).length).toBeGreaterThan(0);
  });

  it("gives each model its own parts: parties and an agreement, a body with chapters, rules", () => {
    const coordination = generateSize("small", "coordination").model;
    const oc2 = generateSize("small", "oc2").model;
    const alternative = generateSize("small", "alternative").model;
    expect(coordination.kind === "coordination" && coordination.parties.length >= 2).toBe(true);
    expect(oc2.kind === "oc2" && (oc2.chapters ?? []).length > 0).toBe(true);
    expect(alternative.kind === "alternative" && alternative.rules.length > 5).toBe(true);
  });

  it("builds scenarios without sectors, with every scope covering all sectors", () => {
    const s = parseScenario(generateScenario({ seed: 3, model: "alternative", themes: 3, regions: 7, regionDepth: 2, regionFanOut: 3, sectors: 0, mandates: 30 }));
    expect(s.sectors).toEqual([]);
    expect(s.mandates.every((m) => m.scope.sectors === "all")).toBe(true);
  });

  it("throws when the regions do not fit the tree", () => {
    expect(() => generateScenario({ seed: 1, model: "oc2", themes: 1, regions: 50, regionDepth: 2, regionFanOut: 3, sectors: 1, mandates: 1 })).toThrow(
      "generateScenario: 50 regions do not fit a tree of depth 2 and fan-out 3",
    );
    expect(() => generateScenario({ seed: 1, model: "oc2", themes: 1, regions: 5, regionDepth: 2, regionFanOut: 3, sectors: 1, mandates: 1, organisations: 2 })).toThrow(
      "generateScenario: at least 3 organisations",
    );
  });
});

describe("shiftDays", () => {
  it("moves calendar days across month ends, leap days and daylight-saving changes", () => {
    expect(shiftDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(shiftDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(shiftDays("2026-03-29", -1)).toBe("2026-03-28");
    expect(shiftDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(shiftDays("2026-06-01", -366)).toBe("2025-05-31");
  });
});
