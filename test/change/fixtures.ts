/**
 * Fixtures of the change tests: the worked examples, one per governance model, a helper that
 * expects a refusal, and random changes for the property tests.
 */
import { expect } from "vitest";
import { ScenarioError } from "../../src/index.js";
import { type Change, type History } from "../../src/change-entry.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import { doc, fixtureJson } from "../fixtures/load.js";
import fc from "fast-check";

export type WorldName = "coordination" | "oc2" | "alternative";

/** The alternative model used in the tests: an assignment, a deferral to mandates and a rotating chair. */
export const alternativeModel = {
  kind: "alternative",
  name: "Rotating chair",
  rules: [
    { id: "r1", when: { themes: ["curriculum"], sectors: ["mbo"] }, then: { assign: { lead: "bvmbo", members: ["aob"] } } },
    { id: "r2", when: { themeKind: "labour" }, then: { mandates: { grants: ["statute"] } } },
    { id: "r3", then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: "2026-01-01" } } },
  ],
} as const;

/** The raw JSON of a test world. */
export function worldJson(name: WorldName): Record<string, any> {
  if (name === "oc2") return doc("worked-oc2");
  const json = doc("worked-coordination");
  if (name === "alternative") json["model"] = structuredClone(alternativeModel);
  return json;
}

/** A parsed (deeply frozen) test world. */
export function world(name: WorldName): Scenario {
  return parseScenario(worldJson(name));
}

/** Runs `fn`, expects a ScenarioError, and returns it. */
export function refusal(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return error as ScenarioError;
  }
  throw new Error("expected a ScenarioError, but nothing was thrown");
}

// Arbitraries. Random changes for the property tests. The pools mix ids that exist in the test worlds with ones that do not (yet), so that sequences contain valid changes, changes that a later one makes valid, and changes that are refused.

const existing = ["aob", "cnvo", "fvov", "bvmbo", "oc2", "lg-noord"];
const organisations = [...existing, "n1", "n2", "zz"];
const newOrganisations = ["n1", "n2", "n3"];
const mandates = ["m1", "m2", "m3", "m4", "m5", "m6", "d1", "s1", "g1", "g2", "g3"];
const newMandates = ["g1", "g2", "g3"];
const themes = ["curriculum", "lerarenopleiding", "bekwaamheid", "bevoegdheden", "cao"];
const regions = ["nl", "noord", "oost", "zuid", "west"];
const sectors = ["po", "vo", "mbo"];
const rules = ["r1", "r2", "r3", "q1", "q2"];

/** Days around the worked examples' dates. */
export const days = ["2024-06-01", "2025-01-01", "2025-06-01", "2026-01-01", "2026-03-01", "2026-06-01", "2027-01-01"];

const day = fc.constantFrom(...days);
const pick = (pool: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...pool);
/** Mostly ids from `pool`, now and then one that only a later change may add. */
const mostly = (pool: readonly string[], extra: string): fc.Arbitrary<readonly string[]> =>
  fc.oneof({ arbitrary: fc.subarray([...pool], { minLength: 1, maxLength: 2 }), weight: 6 }, { arbitrary: fc.constant([extra]), weight: 1 });
const holder = fc.oneof({ arbitrary: pick(existing), weight: 6 }, { arbitrary: pick(organisations), weight: 1 });

const scope = fc.record({
  themes: fc.oneof(fc.constant("all" as const), mostly(themes, "t1")),
  regions: mostly(regions, "r1"),
  sectors: fc.oneof(fc.constant("all" as const), mostly(sectors, "ho")),
});

const grant = fc.oneof(
  fc.constant({ by: "agreement" as const, agreement: "a1" }),
  fc.constant({ by: "statute" as const }),
  fc.record({ by: fc.constant("delegation" as const), from: pick(organisations) }),
);

const role = fc.constantFrom("lead" as const, "member" as const);

const mandate = fc.record(
  { id: pick(newMandates), holder, role, scope, validFrom: day, validUntil: fc.constantFrom("2026-06-01", "2027-01-01", "2028-01-01"), grant },
  { requiredKeys: ["id", "holder", "role", "scope", "validFrom", "grant"] },
);

const organisation = fc.record(
  {
    id: pick(newOrganisations),
    name: fc.constantFrom("Nieuw", "Samen"),
    kind: fc.constantFrom("union" as const, "learning-community" as const),
    sectors: fc.subarray([...sectors, "ho"], { maxLength: 2 }),
    founded: day,
  },
  { requiredKeys: ["id", "name", "kind", "sectors"] },
);

const models = (): fc.Arbitrary<Change> => {
  const coordination = (fixtureJson("worked-coordination") as { model: unknown }).model;
  const oc2 = (fixtureJson("worked-oc2") as { model: unknown }).model;
  // The same coordination under another agreement id strands every mandate granted by "a1".
  const renamed = { ...(coordination as object), agreement: { id: "a2", signedOn: "2025-01-01", signatories: ["aob", "cnvo", "fvov", "bvmbo"] } };
  return fc.constantFrom(coordination, renamed, oc2, alternativeModel).map((model) => ({ type: "set-model", model }) as Change);
};

/** One random change; `set-model` turns up less often, so that sequences stay under one model for a while. */
export function changeArbitrary(): fc.Arbitrary<Change> {
  const changes: fc.Arbitrary<Change>[] = [
    organisation.map((o) => ({ type: "add-organisation", organisation: o })),
    fc.oneof(
      fc.record({ id: pick(organisations), total: fc.nat(100_000), asOf: day }).map(
        ({ id, total, asOf }): Change => ({ type: "update-organisation", id, set: { members: { total, asOf } } }),
      ),
      fc.record({ id: pick(organisations), list: fc.subarray([...sectors, "ho"], { maxLength: 2 }) }).map(
        ({ id, list }): Change => ({ type: "update-organisation", id, set: { sectors: list }, unset: ["founded"] }),
      ),
    ),
    fc.record({ id: pick(organisations), on: day }).map((c): Change => ({ type: "dissolve-organisation", ...c })),
    fc
      .record({ ids: fc.subarray(organisations, { minLength: 1, maxLength: 2 }), into: fc.oneof(pick(organisations), organisation), on: day })
      .map((c): Change => ({ type: "merge-organisations", ...c })),
    fc
      .record({ id: pick(["t1", "t2"]), parent: pick(themes) })
      .map(({ id, parent }): Change => ({ type: "add-theme", theme: { id, name: "Nieuw thema", parent } })),
    fc.constant<Change>({ type: "add-theme", theme: { id: "t1", name: "Arbeidsmarkt", kind: "labour" } }),
    fc
      .record({ id: pick(["r1", "r2"]), parent: pick(regions) })
      .map(({ id, parent }): Change => ({ type: "add-region", region: { id, name: "Nieuwe regio", level: "region", parent } })),
    fc.constantFrom<Change>({ type: "add-sector", sector: { id: "ho", name: "Hoger onderwijs" } }, { type: "add-sector", sector: { id: "ho", name: "HO" } }),
    mandate.map((m): Change => ({ type: "grant-mandate", mandate: m })),
    fc
      .record({ id: pick(mandates), set: fc.record({ role, validUntil: day, holder, scope }, { requiredKeys: [] }), drop: fc.boolean() })
      .map(({ id, set, drop }): Change => (drop && set.validUntil === undefined ? { type: "amend-mandate", id, set, unset: ["validUntil"] } : { type: "amend-mandate", id, set })),
    fc.record({ id: pick(mandates), on: day }).map((c): Change => ({ type: "revoke-mandate", ...c })),
    fc.record({ organisation: pick(organisations), on: day }).map((c): Change => ({ type: "sign-agreement", ...c })),
    day.map((on): Change => ({ type: "end-agreement", on })),
    fc.record({ region: pick([...regions, "r1"]), organisation: holder }).map((chapter): Change => ({ type: "add-chapter", chapter })),
    fc.record({ id: pick(newMandates), to: holder, scope, validFrom: day }).map((c): Change => ({ type: "delegate", ...c })),
    fc
      .record({ id: pick(["q1", "q2"]), lead: holder, where: fc.subarray(regions, { minLength: 1, maxLength: 1 }), at: fc.option(fc.nat(3), { nil: undefined }) })
      .map(({ id, lead, where, at }): Change => ({
        type: "add-rule",
        rule: { id, when: { regions: where }, then: { assign: { lead } } },
        ...(at === undefined ? {} : { at }),
      })),
    pick(rules).map((id): Change => ({ type: "remove-rule", id })),
    fc
      .record({ id: pick(["f1", "f2"]), kind: fc.constantFrom("structural" as const, "one-off" as const, "project" as const), from: day, amount: fc.option(fc.nat(3_000_000), { nil: undefined }), to: fc.option(pick([...organisations, "exploration"]), { nil: undefined }) })
      .map(({ id, kind, from, amount, to }): Change => ({
        type: "add-funding",
        funding: { id, by: "OCW", kind, from, ...(amount === undefined ? {} : { amountEurPerYear: amount }), ...(to === undefined ? {} : { for: to }) },
      })),
    fc.record({ id: pick(["f1", "f2"]), on: day }).map((c): Change => ({ type: "end-funding", ...c })),
  ];
  const amendScope = fc.record({ id: pick(mandates), scope }).map(({ id, scope: s }): Change => ({ type: "amend-mandate", id, set: { scope: s } }));
  // Mandates are what changes most in practice, so their operations come up more often.
  const mandateWork: fc.Arbitrary<Change> = fc.oneof(
    mandate.map((m): Change => ({ type: "grant-mandate", mandate: m })),
    fc.record({ id: pick(newMandates), to: holder, scope, validFrom: day }).map((c): Change => ({ type: "delegate", ...c })),
  );
  return fc.oneof(...changes.map((arbitrary) => ({ arbitrary, weight: 4 })), { arbitrary: mandateWork, weight: 12 }, { arbitrary: amendScope, weight: 4 }, { arbitrary: models(), weight: 1 });
}

/** A world to start from. */
export const worldName: fc.Arbitrary<WorldName> = fc.constantFrom("coordination", "oc2", "alternative");

/** Applies each change that is accepted, skipping the ones that are refused. */
export function applyAll(history: History, changes: readonly Change[]): History {
  let h = history;
  for (const change of changes) {
    try {
      h = h.apply(change);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
    }
  }
  return h;
}
