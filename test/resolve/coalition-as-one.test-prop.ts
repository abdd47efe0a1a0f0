import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Mandate, Organisation, Scenario, ScenarioDocument } from "../../src/model/types.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import type { Representation } from "../../src/resolve/representation.js";
import { queryDay, scenarioDocument } from "../arbitraries.js";

// A coalition mandate gives the same answers as its holders would if they were one
// organisation: from an arbitrary scenario, one world adds two organisations and a mandate
// they hold together, the other adds one organisation holding the same mandate alone.
// Status, the set of leads and the delegation as a set agree on every cell, reading the
// one organisation as the two. The new organisations serve no sector (the scenario has sectors, so every cell names one), so that no
// largest-membership choice or joint fallback ever weighs them: only the mandate names them.

const X = "~x";
const Y = "~y";
const XY = "~xy";

function organisation(id: string, sectors: readonly string[]): Organisation {
  return { id, name: `Organisation ${id}`, kind: "other", sectors: [...sectors] };
}

function twoWorlds(doc: ScenarioDocument, pick: number, role: "lead" | "member"): { together: Scenario; alone: Scenario } {
  const sectors: string[] = [];
  const template: Omit<Mandate, "holder" | "holders"> =
    doc.mandates.length === 0
      ? { id: "joint", role, scope: { themes: "all", regions: [doc.regions[0]?.id ?? "nl"], sectors: "all" }, validFrom: "2000-01-01", grant: { by: "agreement", agreement: "a1" } }
      : { ...(doc.mandates[pick % doc.mandates.length] as Mandate), id: "joint", role };
  const scope: Record<string, unknown> = { ...template };
  delete scope["holder"];
  delete scope["holders"];
  delete scope["spokesperson"];
  const model = doc.model;
  // Under coordination the new organisations are parties only where no fallback would weigh them.
  const parties = (ids: string[]) =>
    model.kind === "coordination" && model.fallback === "none"
      ? { ...model, parties: [...model.parties, ...ids], agreement: { ...model.agreement, signatories: [...model.agreement.signatories, ...ids] } }
      : model;
  const together = {
    ...doc,
    organisations: [...doc.organisations, organisation(X, sectors), organisation(Y, sectors)],
    mandates: [...doc.mandates, { ...scope, holders: [Y, X] }],
    model: parties([X, Y]),
  };
  const alone = {
    ...doc,
    organisations: [...doc.organisations, organisation(XY, sectors)],
    mandates: [...doc.mandates, { ...scope, holder: XY }],
    model: parties([XY]),
  };
  return { together: parseScenario(together), alone: parseScenario(alone) };
}

/** The ids as a sorted set, the one organisation read as the two. */
const asSet = (ids: readonly string[]): string[] => [...new Set(ids.flatMap((id) => (id === XY ? [X, Y] : [id])))].sort();

const seen = (r: Representation) => ({ status: r.status, leads: asSet(r.leads), delegation: asSet(r.delegation), contenders: asSet(r.contenders) });

describe("a coalition mandate", () => {
  it("answers as its holders would if they were one organisation", () => {
    fc.assert(
      fc.property(scenarioDocument({ maxRegions: 5, maxThemes: 4 }), fc.nat(), fc.constantFrom("lead" as const, "member" as const), queryDay(), (doc, pick, role, on) => {
        fc.pre(doc.sectors.length > 0);
        const { together, alone } = twoWorlds(doc, pick, role);
        const a = representationMatrix(together, { on }).cells.map(seen);
        const b = representationMatrix(alone, { on }).cells.map(seen);
        expect(a).toEqual(b);
      }),
      { numRuns: 60 },
    );
  });
});
