import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, Claim } from "../../src/governance/claim.js";
import { claimsFor } from "../../src/governance/claims-for.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { indexOf } from "../../src/model/scenario-index.js";
import type { Scenario } from "../../src/model/types.js";
import { explain } from "../../src/resolve/explain.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import type { Representation } from "../../src/resolve/representation.js";
import { resolveClaims } from "../../src/resolve/resolve-claims.js";
import { resolve } from "../../src/resolve/resolve.js";
import { type CellQueryDoc, cellQuery, day, reordered, scenarioDocument } from "../arbitraries.js";

/** A document with one question about it. */
const docAndQuery = scenarioDocument().chain((doc) => cellQuery(doc).map((query) => ({ doc, query })));

const runs = { numRuns: 150 };

function cellOf(query: CellQueryDoc): Cell {
  return { theme: query.theme, region: query.region, sector: query.sector ?? null, on: query.on };
}

/** The claims a model made, with the claims of the deferring claim that won (the only one whose claims are weighed). */
function considered(claims: readonly Claim[], winner: Claim | undefined): Claim[] {
  return claims.flatMap((claim) => (claim.id === winner?.id ? [claim, ...(claim.defer ?? [])] : [claim]));
}

describe("properties of resolution", () => {
  it("every generated document is valid", () => {
    fc.assert(
      fc.property(scenarioDocument(), (doc) => {
        expect(() => parseScenario(doc)).not.toThrow();
      }),
      runs,
    );
  });

  it("every cell has exactly one status, and its other fields agree with it", () => {
    fc.assert(
      fc.property(docAndQuery, ({ doc, query }) => {
        const r = resolve(parseScenario(doc), query);
        const shapes: Record<Representation["status"], boolean> = {
          represented: r.lead !== null && r.delegation.length > 0 && r.contenders.length === 0,
          contested: r.lead === null && r.delegation.length === 0 && r.contenders.length >= 2,
          unrepresented: r.lead === null && r.delegation.length === 0 && r.contenders.length === 0,
        };
        expect(Object.keys(shapes).filter((status) => status === r.status)).toEqual([r.status]);
        expect(shapes[r.status]).toBe(true);
      }),
      runs,
    );
  });

  it("the lead is set exactly when the cell is represented, and then it heads a delegation without repeats", () => {
    fc.assert(
      fc.property(docAndQuery, ({ doc, query }) => {
        const s = parseScenario(doc);
        const r = resolve(s, query);
        expect(r.lead !== null).toBe(r.status === "represented");
        if (r.lead !== null) {
          expect(r.delegation[0]).toBe(r.lead);
          expect(new Set(r.delegation).size).toBe(r.delegation.length);
          const rest = r.delegation.slice(1);
          expect(rest).toEqual([...rest].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
          // Everyone seated exists on the day.
          const index = indexOf(s);
          for (const id of r.delegation) expect(index.exists(id, r.on)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("reordering the mandates, organisations, regions, themes or sectors never changes an answer", () => {
    const arb = docAndQuery.chain(({ doc, query }) => reordered(doc).map((other) => ({ doc, other, query })));
    fc.assert(
      fc.property(arb, ({ doc, other, query }) => {
        expect(resolve(parseScenario(other), query)).toEqual(resolve(parseScenario(doc), query));
      }),
      runs,
    );
  });

  it("the matrix equals resolve cell by cell", () => {
    const arb = scenarioDocument({ maxRegions: 5, maxThemes: 4 }).chain((doc) => day().map((on) => ({ doc, on })));
    fc.assert(
      fc.property(arb, ({ doc, on }) => {
        const s = parseScenario(doc);
        const sectors = [null, ...s.sectors.map((x) => x.id)];
        const matrix = representationMatrix(s, { on, sectors });
        expect(matrix.cells).toHaveLength(s.themes.length * s.regions.length * sectors.length);
        for (const cell of matrix.cells) {
          expect(cell).toEqual(resolve(s, { theme: cell.theme, region: cell.region, sector: cell.sector, on }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the basis lists every claim the model made exactly once", () => {
    fc.assert(
      fc.property(docAndQuery, ({ doc, query }) => {
        const s = parseScenario(doc);
        const r = resolve(s, query);
        const winner = r.basis.find((step) => step.via === undefined && step.outcome.kind === "won")?.claim;
        const made = considered(claimsFor(indexOf(s), cellOf(query)), winner);
        expect(r.basis.map((step) => step.claim.id).sort()).toEqual(made.map((claim) => claim.id).sort());
        expect(new Set(r.basis.map((step) => `${step.via ?? ""}/${step.claim.id}`)).size).toBe(r.basis.length);
      }),
      runs,
    );
  });

  it("adding a claim strictly more specific than the winner, for the same lead, changes no lead", () => {
    fc.assert(
      fc.property(docAndQuery, ({ doc, query }) => {
        const s = parseScenario(doc);
        const index = indexOf(s);
        const cell = cellOf(query);
        const claims = claimsFor(index, cell);
        const before = resolveClaims(index, cell, claims);
        fc.pre(before.lead !== null);
        const winner = before.basis.find((step) => step.via === undefined && step.outcome.kind === "won")?.claim;
        if (winner === undefined) throw new Error("a represented cell has a winning claim");
        const extra: Claim = {
          id: "extra",
          role: "lead",
          holder: before.lead,
          members: [],
          tier: winner.tier,
          source: winner.source,
          specificity: { ...winner.specificity, theme: winner.specificity.theme + 1 },
          ...(winner.order === undefined ? {} : { order: winner.order }),
        };
        expect(resolveClaims(index, cell, [...claims, extra]).lead).toBe(before.lead);
      }),
      runs,
    );
  });

  it("adding a mandate strictly more specific than the winner, for the same lead, changes no lead (coordination and OC 2.0)", () => {
    const arb = scenarioDocument({ models: ["coordination", "oc2"] }).chain((doc) => cellQuery(doc).map((query) => ({ doc, query })));
    fc.assert(
      fc.property(arb, ({ doc, query }) => {
        const s = parseScenario(doc);
        const before = resolve(s, query);
        fc.pre(before.lead !== null);
        const index = indexOf(s);
        const sector = query.sector ?? null;
        const narrowest = { theme: index.themeDepth(query.theme), region: index.regionDepth(query.region), sectors: sector === null ? "all" : [sector] };
        const winners = before.basis.filter((step) => step.outcome.kind === "won").map((step) => step.claim.specificity);
        // Strictly more specific than every winning claim, or there is nothing narrower to add.
        fc.pre(
          winners.every(
            (w) => w.theme < narrowest.theme || w.region < narrowest.region || (sector !== null && (w.sectors === "all" || w.sectors.length > 1)),
          ),
        );
        const model = s.model;
        const grant =
          model.kind === "coordination" ? { by: "agreement", agreement: model.agreement.id }
          : model.kind === "oc2" && index.themeKind(query.theme) === "professional" ? { by: "delegation", from: model.body }
          : { by: "statute" };
        const added = {
          id: "zz-extra",
          holder: before.lead,
          role: "lead",
          scope: { themes: [query.theme], regions: [query.region], sectors: narrowest.sectors },
          validFrom: query.on,
          grant,
        };
        const after = resolve(parseScenario({ ...doc, mandates: [...doc.mandates, added] }), query);
        expect(after.lead).toBe(before.lead);
      }),
      runs,
    );
  });

  it("frozen input is never changed, and the same question gets the same answer", () => {
    fc.assert(
      fc.property(docAndQuery, ({ doc, query }) => {
        const text = JSON.stringify(doc);
        const s: Scenario = parseScenario(doc);
        const frozenQuery = Object.freeze({ ...query });
        const first = resolve(s, frozenQuery);
        representationMatrix(s, { on: query.on });
        const again = resolve(s, frozenQuery);
        expect(again).toEqual(first);
        expect(resolve(parseScenario(JSON.parse(text)), query)).toEqual(first);
        expect(JSON.stringify(s)).toBe(JSON.stringify(parseScenario(JSON.parse(text))));
        expect(JSON.stringify(doc)).toBe(text);
        expect(Object.isFrozen(s.mandates) && Object.isFrozen(s.model)).toBe(true);
      }),
      runs,
    );
  });

  it("every answer can be explained in both languages, one line per claim considered", () => {
    fc.assert(
      fc.property(docAndQuery, ({ doc, query }) => {
        const r = resolve(parseScenario(doc), query);
        for (const locale of ["en", "nl"] as const) {
          const lines = explain(r, { locale }).split("\n");
          expect(lines).toHaveLength(1 + (r.delegation.length > 0 ? 1 : 0) + r.basis.length);
          expect(lines.join("\n")).not.toMatch(/undefined|null|NaN|\[object|\(\)/);
        }
      }),
      runs,
    );
  });
});
