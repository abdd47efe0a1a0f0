import { describe, expect, it } from "vitest";
import { generateSize } from "../../bench/generate.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Region, Scenario } from "../../src/model/types.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";

// The resolver shares work between cells (claims per pair, steps per claim); these check what that promises.

function deepChain(levels: number): Scenario {
  const regions: Region[] = [{ id: "r0", name: "r0", level: "national" }];
  for (let i = 1; i < levels; i++) regions.push({ id: `r${i}`, name: `r${i}`, level: "local", parent: `r${i - 1}` });
  return parseScenario({
    schemaVersion: 1,
    id: "deep",
    name: "deep",
    sectors: [],
    regions,
    themes: [{ id: "t", name: "t", kind: "professional" }],
    organisations: [
      { id: "a", name: "a", kind: "union", sectors: [] },
      { id: "b", name: "b", kind: "union", sectors: [] },
    ],
    mandates: [
      { id: "m1", holder: "a", role: "lead", scope: { themes: "all", regions: ["r0"], sectors: "all" }, validFrom: "2020-01-01", grant: { by: "agreement", agreement: "x" } },
      { id: "m2", holder: "b", role: "lead", scope: { themes: ["t"], regions: [`r${levels - 2}`], sectors: "all" }, validFrom: "2020-01-01", grant: { by: "agreement", agreement: "x" } },
    ],
    model: { kind: "coordination", parties: ["a", "b"], agreement: { id: "x", signedOn: "2020-01-01", signatories: ["a", "b"] }, fallback: "none" },
  });
}

describe("work shared between cells", () => {
  it("answers in a region tree 20,000 levels deep, from the bottom up and from the top down", () => {
    const s = deepChain(20_000);
    expect(resolve(s, { theme: "t", region: "r19999", on: "2025-01-01" }).lead).toBe("b");
    expect(resolve(s, { theme: "t", region: "r19997", on: "2025-01-01" }).lead).toBe("a");
    const fresh = deepChain(20_000);
    expect(resolve(fresh, { theme: "t", region: "r5", on: "2025-01-01" }).lead).toBe("a");
    expect(resolve(fresh, { theme: "t", region: "r19999", on: "2025-01-01" }).lead).toBe("b");
  });

  it("hands out frozen every claim and basis step that more than one answer lists, so that no caller can change another's answer", () => {
    for (const s of [fixture("worked-coordination"), fixture("worked-oc2"), parseScenario(generateSize("small", "alternative"))]) {
      const listings = new Map<object, number>();
      for (const cell of representationMatrix(s, { on: "2026-03-01" }).cells) {
        for (const step of cell.basis) {
          listings.set(step, (listings.get(step) ?? 0) + 1);
          listings.set(step.claim, (listings.get(step.claim) ?? 0) + 1);
        }
      }
      const sharedOnes = [...listings].filter(([, n]) => n > 1).map(([value]) => value);
      expect(sharedOnes.length).toBeGreaterThan(0);
      for (const value of sharedOnes) expect(Object.isFrozen(value)).toBe(true);
    }
  });

  it("gives the same answers whatever order the cells are asked in", () => {
    const s = parseScenario(generateSize("small", "coordination"));
    const forward = representationMatrix(s, { on: "2026-06-01" }).cells;
    const again = parseScenario(generateSize("small", "coordination"));
    const backward = [...again.themes].reverse().flatMap((t) =>
      [...again.regions].reverse().flatMap((r) => again.sectors.map((sector) => resolve(again, { theme: t.id, region: r.id, sector: sector.id, on: "2026-06-01" }))),
    );
    const key = (c: { theme: string; region: string; sector: string | null }): string => `${c.theme} ${c.region} ${c.sector ?? ""}`;
    const byKey = new Map(backward.map((c) => [key(c), c]));
    for (const cell of forward) expect(byKey.get(key(cell))).toEqual(cell);
  });
});
