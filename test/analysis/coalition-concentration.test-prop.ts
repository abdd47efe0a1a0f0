import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { concentrationOf } from "../../src/analysis/concentration.js";
import type { RepresentationMatrix } from "../../src/resolve/matrix.js";
import type { Representation } from "../../src/resolve/representation.js";

// Concentration over any mix of single leads, coalitions (with or without a spokesperson),
// contested and unrepresented cells: each cell counts once per party and 1/n per member.
const ORGS = ["a", "b", "c", "d", "e"] as const;

const answer: fc.Arbitrary<Pick<Representation, "status" | "lead" | "leads">> = fc.oneof(
  fc.constantFrom(...ORGS).map((id) => ({ status: "represented" as const, lead: id, leads: [id] })),
  fc
    .uniqueArray(fc.constantFrom(...ORGS), { minLength: 2, maxLength: 5 })
    .chain((ids) => fc.tuple(fc.constant([...ids].sort()), fc.option(fc.constantFrom(...ids), { nil: null })))
    .map(([ids, spokesperson]) => ({
      status: "represented" as const,
      lead: spokesperson,
      leads: spokesperson === null ? ids : [spokesperson, ...ids.filter((id) => id !== spokesperson)],
    })),
  fc.constant({ status: "contested" as const, lead: null, leads: [] }),
  fc.constant({ status: "unrepresented" as const, lead: null, leads: [] }),
);

function matrixOf(answers: readonly Pick<Representation, "status" | "lead" | "leads">[]): RepresentationMatrix {
  const cells = answers.map(
    (a, i): Representation => ({ ...a, theme: "t", region: `r${String(i)}`, sector: null, on: "2025-06-01", model: "coordination", delegation: a.leads, contenders: [], contendingParties: [], basis: [] }),
  );
  return { on: "2025-06-01", themes: ["t"], regions: cells.map((c) => c.region), sectors: [null], cells };
}

describe("concentration with coalitions", () => {
  it("counts every represented cell once, party shares and organisation shares each sum to 1, and the HHI stays in [1/n, 1]", () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 30 }), (answers) => {
        const c = concentrationOf(matrixOf(answers));
        const represented = answers.filter((a) => a.status === "represented").length;
        expect(c.ledCells).toBe(represented);
        expect(c.parties.reduce((s, p) => s + p.cells, 0)).toBe(represented);
        if (represented === 0) {
          expect(c.hhi).toBeNull();
          expect(c.leads).toEqual([]);
          return;
        }
        expect(c.parties.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 9);
        expect(c.leads.reduce((s, l) => s + l.share, 0)).toBeCloseTo(1, 9);
        for (const lead of c.leads) expect(lead.weight).toBeLessThanOrEqual(lead.cells);
        expect(c.distinctLeads).toBe(new Set(answers.flatMap((a) => a.leads)).size);
        expect(c.hhi ?? 0).toBeGreaterThanOrEqual(1 / c.distinctLeads);
        expect(c.hhi ?? 2).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("gives a coalition of n the same organisation shares as n cells each led by one of its members", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ORGS), { minLength: 2, maxLength: 5 }), (ids) => {
        const joint = concentrationOf(matrixOf([{ status: "represented", lead: null, leads: ids }]));
        const apart = concentrationOf(matrixOf(ids.map((id) => ({ status: "represented" as const, lead: id, leads: [id] }))));
        expect(joint.leads.map((l) => [l.organisation, l.share])).toEqual(apart.leads.map((l) => [l.organisation, l.share]));
        expect(joint.hhi).toBeCloseTo(apart.hhi ?? 0, 12);
        expect(joint.parties).toHaveLength(1);
      }),
    );
  });
});
