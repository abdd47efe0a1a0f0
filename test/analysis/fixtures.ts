/**
 * Fixtures of the analysis tests: a worked-example fixture, copied, edited in one place and
 * parsed like any other input (the shared builders of test/fixtures), worlds far from
 * teachers or under an alternative model, and a fast-check arbitrary of small valid scenarios.
 */
import type { Scenario } from "../../src/model/types.js";
import { type Doc, type FixtureName, world as edited } from "../fixtures/load.js";
import fc from "fast-check";
import { parseScenario } from "../../src/governance/parse-scenario.js";

import { mandate as mandateDoc } from "../fixtures/load.js";
export { type Doc, mandate } from "../fixtures/load.js";

/** A fixture, edited by `edit` (when given) and parsed: the shared builder with the fixture named first. */
export function world(name: FixtureName, edit: (d: Doc) => void = () => undefined): Scenario {
  return edited(edit, name);
}

/** The worked OC 2.0 world with every kind of closeness to teachers taken away; edit it back in one place. */
export function distantOc2(edit: (d: Doc) => void = () => undefined): Scenario {
  return world("worked-oc2", (d) => {
    d["model"].chapters = [];
    d["model"].board.teacherSeats = 0;
    d["model"].assembly = { openToUnorganised: false, delegatesPerOrganisation: 1 };
    edit(d);
  });
}

/** The worked coordination world under an alternative model with the given rules. */
export function alternative(rules: Doc[]): Scenario {
  return world("worked-coordination", (d) => {
    d["model"] = { kind: "alternative", name: "Test alternative", rules };
  });
}

// Arbitraries. A small arbitrary of valid scenarios for the analysis properties: organisations with and without member figures, federation links (cycles included), a population, and each of the three models. Documents are plain JSON, parsed like any input, so a bug here shows up as a ScenarioError.

/** The days everything happens on; a query day is drawn from the same list. */
export const DAYS = ["2024-06-01", "2025-01-01", "2025-06-01", "2026-01-01", "2026-06-01", "2027-01-01"] as const;
const KINDS = ["union", "professional-association", "federation", "subject-platform", "umbrella", "learning-community", "cooperative", "other"] as const;

type Json = Record<string, unknown>;

/** The value now and then; undefined three times as often, so that most things are open-ended and in force. */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });
}

/** A day, early more often than late, so that most things have begun by the query day. */
const early = fc.oneof({ arbitrary: fc.constant<(typeof DAYS)[number]>(DAYS[0]), weight: 3 }, { arbitrary: fc.constantFrom(...DAYS), weight: 2 });

/** A day, and now and then a later one. */
const span = fc.tuple(fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: DAYS.length - 1 }), weight: 2 }), rarely(fc.integer({ min: 1, max: DAYS.length - 1 }))).map(([from, length]) => {
  const until = length === undefined ? undefined : DAYS[from + length];
  return { from: DAYS[from] ?? DAYS[0], until };
});

function nonEmpty<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.subarray([...items], { minLength: 1 });
}

/** `key: value` when the value is there, nothing otherwise. */
function opt(key: string, value: unknown): Json {
  return value === undefined ? {} : { [key]: value };
}

function structure() {
  return fc.record({
    sectors: fc.subarray(["po", "vo", "mbo"]),
    regionParents: fc.array(fc.nat(), { maxLength: 3 }),
    themeShapes: fc.array(fc.record({ parent: fc.option(fc.nat(), { nil: undefined }), kind: fc.option(fc.constantFrom("professional", "labour"), { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
    orgCount: fc.integer({ min: 2, max: 5 }),
  });
}

function organisation(id: string, others: string[], sectors: string[]): fc.Arbitrary<Json> {
  return fc
    .record({
      kind: fc.constantFrom(...KINDS),
      sectors: fc.subarray(sectors),
      members: fc.option(fc.constantFrom(0, 500, 5_000, 20_000, 80_000), { nil: undefined }),
      memberOf: fc.subarray(others),
      life: rarely(span),
    })
    .map((o) => ({
      id,
      name: id.toUpperCase(),
      kind: o.kind,
      sectors: o.sectors,
      ...opt("members", o.members === undefined ? undefined : { total: o.members, asOf: "2024-01-01" }),
      memberOf: o.memberOf,
      ...opt("founded", o.life?.from),
      ...opt("dissolved", o.life?.until),
    }));
}

function mandate(id: string, orgs: string[], themes: string[], regions: string[], sectors: string[]): fc.Arbitrary<Json> {
  return fc
    .record({
      holder: fc.constantFrom(...orgs),
      role: fc.oneof({ arbitrary: fc.constant("lead"), weight: 2 }, { arbitrary: fc.constant("member"), weight: 1 }),
      themes: fc.oneof(fc.constant("all" as const), nonEmpty(themes)),
      regions: nonEmpty(regions),
      sectors: sectors.length === 0 ? fc.constant("all" as const) : fc.oneof(fc.constant("all" as const), nonEmpty(sectors)),
      validity: span,
      grant: fc.oneof(
        { arbitrary: fc.constant({ by: "agreement", agreement: "a1" }), weight: 3 },
        { arbitrary: fc.constant({ by: "statute" }), weight: 2 },
        { arbitrary: fc.constantFrom(...orgs).map((from) => ({ by: "delegation", from })), weight: 2 },
        { arbitrary: fc.constant({ by: "authority", authority: "OCW" }), weight: 1 },
      ),
    })
    .map((m) => ({
      id,
      holder: m.holder,
      role: m.role,
      scope: { themes: m.themes, regions: m.regions, sectors: m.sectors },
      validFrom: m.validity.from,
      ...opt("validUntil", m.validity.until),
      grant: m.grant,
    }));
}

function model(orgs: string[], themes: string[], regions: string[], sectors: string[]): fc.Arbitrary<Json> {
  const day = early;
  const coordination = fc
    .record({ parties: fc.subarray(orgs, { minLength: 2 }), allSigned: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }), signedOn: day, fallback: fc.constantFrom("none", "largest-membership", "joint") })
    .map((c) => ({
      kind: "coordination",
      parties: c.parties,
      agreement: { id: "a1", signedOn: c.signedOn, signatories: c.allSigned ? c.parties : c.parties.slice(1) },
      fallback: c.fallback,
    }));
  const oc2 = fc
    .record({
      body: fc.constantFrom(...orgs),
      established: day,
      seats: fc.subarray(orgs),
      teacherSeats: fc.integer({ min: 0, max: 3 }),
      open: fc.option(fc.boolean(), { nil: undefined }),
      chapters: fc.subarray(regions).chain((rs) => fc.tuple(...rs.map((region) => fc.constantFrom(...orgs).map((organisation) => ({ region, organisation }))))),
      register: fc.boolean(),
      funding: fc.option(
        fc.record({ structural: fc.boolean(), budget: fc.option(fc.constantFrom(0, 50_000, 1_000_000), { nil: undefined }), fte: fc.option(fc.constantFrom(0, 0.5, 5), { nil: undefined }), until: fc.option(day, { nil: undefined }) }),
        { nil: undefined },
      ),
    })
    .map((m) => ({
      kind: "oc2",
      body: m.body,
      established: m.established,
      board: { seats: m.seats.map((organisation) => ({ organisation, seats: 1 })), teacherSeats: m.teacherSeats },
      ...opt("assembly", m.open === undefined ? undefined : { openToUnorganised: m.open }),
      chapters: m.chapters,
      safeguards: { mandatoryRegister: m.register },
      ...opt(
        "funding",
        m.funding === undefined
          ? undefined
          : { structural: m.funding.structural, ...opt("annualBudgetEur", m.funding.budget), ...opt("fte", m.funding.fte), ...opt("until", m.funding.until) },
      ),
    }));
  const condition = fc.record(
    {
      themes: nonEmpty(themes),
      regions: nonEmpty(regions),
      ...(sectors.length === 0 ? {} : { sectors: nonEmpty(sectors) }),
      themeKind: fc.constantFrom("professional", "labour"),
    },
    { requiredKeys: [] },
  );
  const action = fc.oneof(
    fc.record({ lead: fc.constantFrom(...orgs), members: fc.subarray(orgs) }).map((assign) => ({ assign })),
    fc.record({ among: fc.oneof(fc.constant("all" as const), nonEmpty(orgs)), joint: fc.boolean() }).map((largestMembership) => ({ largestMembership })),
    fc.record({ among: nonEmpty(orgs), startingOn: day }).map((r) => ({ rotate: { ...r, every: { years: 1 } } })),
    fc.constant({ mandates: {} }),
    fc.constant({ unrepresented: { reason: "left open" } }),
  );
  const alternative = fc
    .array(fc.record({ when: fc.option(condition, { nil: undefined }), then: action }), { minLength: 1, maxLength: 3 })
    .map((rules) => ({ kind: "alternative", name: "Random rules", rules: rules.map((r, i) => ({ id: `rule${i}`, ...opt("when", r.when), then: r.then })) }));
  return fc.oneof(coordination, oc2, alternative);
}

/** A valid scenario document. */
export const scenarioDocument: fc.Arbitrary<Json> = structure().chain(({ sectors, regionParents, themeShapes, orgCount }) => {
  const regions = [{ id: "r0", name: "R0", level: "national" }, ...regionParents.map((p, i) => ({ id: `r${i + 1}`, name: `R${i + 1}`, level: "region", parent: `r${p % (i + 1)}` }))];
  const themes = themeShapes.map((shape, i) => {
    const parent = i === 0 || shape.parent === undefined ? undefined : `t${shape.parent % i}`;
    const kind = parent === undefined ? (shape.kind ?? "professional") : shape.kind;
    return { id: `t${i}`, name: `T${i}`, ...opt("kind", kind), ...opt("parent", parent) };
  });
  const orgIds = Array.from({ length: orgCount }, (_, i) => `o${i}`);
  const regionIds = regions.map((r) => r.id);
  const themeIds = themes.map((t) => t.id);
  return fc
    .record({
      organisations: fc.tuple(...orgIds.map((id) => organisation(id, orgIds.filter((o) => o !== id), sectors))),
      mandates: fc.array(fc.nat(), { maxLength: 10 }).chain((ns) => fc.tuple(...ns.map((_, i) => mandate(`m${i}`, orgIds, themeIds, regionIds, sectors)))),
      model: model(orgIds, themeIds, regionIds, sectors),
      population: fc.option(fc.record({ teachers: fc.integer({ min: 1, max: 300_000 }), unorganised: fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: undefined }) }), { nil: undefined }),
    })
    .map((parts) => ({
      schemaVersion: 1,
      id: "random",
      name: "Random",
      sectors: sectors.map((id) => ({ id, name: id })),
      regions,
      themes,
      organisations: parts.organisations,
      mandates: parts.mandates,
      ...opt("population", parts.population === undefined ? undefined : { teachers: parts.population.teachers, asOf: "2024-01-01", ...opt("unorganised", parts.population.unorganised) }),
      model: parts.model,
    }));
});

/** A parsed random scenario and a day to look at it on (after the first day, when most things have begun). */
export const scenarioOnDay: fc.Arbitrary<{ scenario: Scenario; on: string }> = fc.tuple(scenarioDocument, fc.constantFrom(...DAYS.slice(1))).map(([doc, on]) => ({ scenario: parseScenario(doc), on }));

/** A lead mandate held by a coalition (`holders`), granted by agreement a1 from 2025-01-01 unless `extra` says otherwise. */
export function coalitionMandate(id: string, holders: string[], scope: { themes?: string[] | "all"; regions?: string[]; sectors?: string[] | "all" }, extra: Doc = {}): Doc {
  const doc = mandateDoc(id, holders[0] ?? "", scope, extra);
  delete doc["holder"];
  doc["holders"] = holders;
  return doc;
}

/** The worked coordination world with the given mandates added. */
export function withMandates(...mandates: Doc[]): Scenario {
  return world("worked-coordination", (d) => {
    d["mandates"].push(...mandates);
  });
}
