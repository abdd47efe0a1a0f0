import { describe, expect, it } from "vitest";
import { parseScenario, representationMatrix, resolve } from "../../src/index.js";

const DEPTH = 100_000;
/** Where the mandates are listed, each for another organisation: the region at that depth and all below it. */
const LISTED = [0, 25_000, 50_000, 75_000];

/** Regions r0 <- r1 <- ... r(depth-1), each the parent of the next, and one lead mandate at each listed depth. */
function chain(depth: number): unknown {
  const organisations = LISTED.map((_, i) => ({ id: `o${i}`, name: `O${i}`, kind: "union", sectors: ["vo"] }));
  return {
    schemaVersion: 1,
    id: "chain",
    name: "A deep chain",
    sectors: [{ id: "vo", name: "VO" }],
    regions: Array.from({ length: depth }, (_, i) => (i === 0 ? { id: "r0", name: "R0", level: "national" } : { id: `r${i}`, name: `R${i}`, level: "region", parent: `r${i - 1}` })),
    themes: [{ id: "t", name: "T", kind: "professional" }],
    organisations,
    mandates: LISTED.map((d, i) => ({
      id: `m${i}`, holder: `o${i}`, role: "lead", scope: { themes: ["t"], regions: [`r${d}`], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" },
    })),
    model: { kind: "coordination", parties: organisations.map((o) => o.id), agreement: { id: "a1", signedOn: "2025-01-01", signatories: organisations.map((o) => o.id) }, fallback: "none" },
  };
}

/** The organisation of the deepest mandate listed at or above depth `d`: the most specific one. */
function expectedLead(d: number): string {
  let lead = 0;
  LISTED.forEach((listed, i) => {
    if (listed <= d) lead = i;
  });
  return `o${lead}`;
}

describe(`a region chain ${DEPTH} deep`, () => {
  const scenario = parseScenario(chain(DEPTH));

  it("parses, and resolves its deepest region to the nearest mandate above it", () => {
    const answer = resolve(scenario, { theme: "t", region: `r${DEPTH - 1}`, sector: "vo", on: "2026-06-01" });
    expect(answer.lead).toBe("o3");
    expect(answer.basis.map((step) => step.claim.specificity.region)).toEqual(expect.arrayContaining(LISTED));
  });

  it("gives every region of the matrix the lead of the deepest mandate at or above it", () => {
    const matrix = representationMatrix(scenario, { on: "2026-06-01" });
    expect(matrix.cells).toHaveLength(DEPTH);
    const wrong = matrix.cells.filter((cell, d) => cell.region !== `r${d}` || cell.lead !== expectedLead(d));
    expect(wrong).toEqual([]);
  });
});
