/**
 * Fixtures of the report tests: the worked matrix, a world whose ids and names would break any
 * output that forgot to escape them, and the worked example under an alternative model.
 */
import { parseScenario, representationMatrix, type RepresentationMatrix, type Scenario } from "../../src/index.js";
import { doc, fixture } from "../fixtures/load.js";

/** The coordination worked example's matrix on 2025-06-01 (represented, contested and unrepresented cells). */
export function workedMatrix(): { scenario: Scenario; matrix: RepresentationMatrix } {
  const scenario = fixture("worked-coordination");
  return { scenario, matrix: representationMatrix(scenario, { on: "2025-06-01" }) };
}

/** Ids and names that would break any output that forgot to escape them. */
export const HOSTILE = {
  org: 'x<y>&"z\'|`*_[a](b)#',
  orgName: "<script>alert(1)</script> & ]]> \u0001 | pipe\nnewline",
  theme: "th|<b>",
  themeName: "Theme </td><td> | **bold**",
  region: "r&amp;",
  regionName: "Re\"gion' <",
  sector: "s<1>",
  sectorName: "Sector \\ back`tick`",
};

/** A small world whose ids and names are hostile, with one represented, one contested and one unrepresented cell. */
export function hostileScenario(): Scenario {
  const h = HOSTILE;
  return parseScenario({
    schemaVersion: 1,
    id: "hostile",
    name: "Hostile <names>",
    sectors: [{ id: h.sector, name: h.sectorName }],
    regions: [
      { id: "nl", name: "Nederland", level: "national" },
      { id: h.region, name: h.regionName, level: "region", parent: "nl" },
    ],
    themes: [
      { id: h.theme, name: h.themeName, kind: "professional" },
      { id: "plain", name: "Plain", kind: "professional" },
    ],
    organisations: [
      { id: h.org, name: h.orgName, shortName: h.orgName, kind: "union", sectors: [h.sector] },
      { id: "other", name: "Other & Co", kind: "union", sectors: [h.sector] },
    ],
    mandates: [
      { id: "m1", holder: h.org, role: "lead", scope: { themes: [h.theme], regions: ["nl"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
      { id: "m2", holder: h.org, role: "lead", scope: { themes: ["plain"], regions: [h.region], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
      { id: "m3", holder: "other", role: "lead", scope: { themes: ["plain"], regions: [h.region], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
    ],
    model: {
      kind: "coordination",
      parties: [h.org, "other"],
      agreement: { id: "a1", signedOn: "2025-01-01", signatories: [h.org, "other"] },
      fallback: "none",
    },
  });
}

/** The coordination worked example under an alternative model: an assignment, a grant rule, an unrepresented region with a reason, largest membership and rotation. */
export function alternativeScenario(): Scenario {
  const w = doc("worked-coordination");
  w["model"] = {
    kind: "alternative",
    name: "Rotating chair",
    description: "A council's proposal",
    rules: [
      { id: "r1", when: { themes: ["curriculum"], sectors: ["mbo"] }, then: { assign: { lead: "bvmbo", members: ["aob"] } } },
      { id: "r2", when: { themeKind: "labour" }, then: { mandates: { grants: ["statute"] } } },
      { id: "r3", when: { regions: ["zuid"] }, then: { unrepresented: { reason: "no chapter yet" } } },
      { id: "r4", then: { largestMembership: { among: "all", joint: true } } },
      { id: "r5", then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: "2026-01-01" } } },
    ],
  };
  return parseScenario(w);
}

/**
 * The coordination worked example with coalitions: AOb, CNVO and FvOv lead lerarenopleiding in
 * Zuid together (spokesperson CNVO), CNVO and BVMBO lead it in West without a spokesperson, and
 * in Oost a coalition of AOb and BVMBO contends with AOb alone. From 2025-09-01 the Zuid coalition
 * takes BVMBO in and AOb speaks for it.
 */
export function coalitionScenario(): Scenario {
  const d = doc("worked-coordination");
  const coalition = (id: string, holders: string[], regions: string[], extra: Record<string, unknown> = {}) => ({
    id,
    holders,
    role: "lead",
    scope: { themes: ["lerarenopleiding"], regions, sectors: "all" },
    validFrom: "2025-01-01",
    grant: { by: "agreement", agreement: "a1" },
    ...extra,
  });
  d["mandates"].push(
    coalition("c1", ["fvov", "aob", "cnvo"], ["zuid"], { spokesperson: "cnvo", validUntil: "2025-09-01" }),
    coalition("c2", ["fvov", "aob", "cnvo", "bvmbo"], ["zuid"], { spokesperson: "aob", validFrom: "2025-09-01" }),
    coalition("c3", ["cnvo", "bvmbo"], ["west"]),
    coalition("c4", ["aob", "bvmbo"], ["oost"], { spokesperson: "aob" }),
    { id: "c5", holder: "aob", role: "lead", scope: { themes: ["lerarenopleiding"], regions: ["oost"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
  );
  return parseScenario(d);
}

/**
 * A world where an organisation's id reads like a coalition's colour key: the organisation
 * "a + b" leads the theme in Noord, the coalition of "a" and "b" leads it in Zuid (the other way
 * round when `swapped`).
 */
export function plusScenario(swapped = false): Scenario {
  const [organisationRegion, coalitionRegion] = swapped ? ["zuid", "noord"] : ["noord", "zuid"];
  const lead = (id: string, holders: string[], region: string) => ({
    id,
    ...(holders.length === 1 ? { holder: holders[0] } : { holders }),
    role: "lead",
    scope: { themes: ["t"], regions: [region], sectors: "all" },
    validFrom: "2025-01-01",
    grant: { by: "agreement", agreement: "a1" },
  });
  return parseScenario({
    schemaVersion: 1,
    id: swapped ? "plus-swapped" : "plus",
    name: swapped ? "Plus, swapped" : "Plus",
    sectors: [{ id: "po", name: "Primair onderwijs" }],
    regions: [
      { id: "nl", name: "Nederland", level: "national" },
      { id: "noord", name: "Noord", level: "region", parent: "nl" },
      { id: "zuid", name: "Zuid", level: "region", parent: "nl" },
    ],
    themes: [{ id: "t", name: "Theme", kind: "professional" }],
    organisations: ["a", "b", "a + b"].map((id) => ({ id, name: `Organisation ${id}`, kind: "union", sectors: ["po"] })),
    mandates: [lead("m1", ["a + b"], organisationRegion), lead("m2", ["a", "b"], coalitionRegion)],
    model: { kind: "coordination", parties: ["a", "b", "a + b"], agreement: { id: "a1", signedOn: "2025-01-01", signatories: ["a", "b", "a + b"] }, fallback: "none" },
  });
}
