/**
 * Fixtures of the time tests: the shared builders (a fixture document, edited, then parsed),
 * a world under a one-rule alternative model, and fast-check arbitraries of small scenarios
 * whose dates cluster around a short period.
 */
import fc from "fast-check";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { IsoDate, Scenario } from "../../src/model/types.js";
import { addDays } from "../../src/time/day-number.js";
import { type Doc, world } from "../fixtures/load.js";

export { type Doc, world } from "../fixtures/load.js";

/** The worked coordination world under an alternative model whose only rule is `then`. */
export function ruled(then: Doc, edit: (d: Doc) => void = () => undefined): Scenario {
  return world((d) => {
    d["model"] = { kind: "alternative", name: "Test", rules: [{ id: "r1", then }] };
    edit(d);
  });
}

/** Each interval as `[from, until, status, lead]`. */
export function spans(intervals: readonly { from: string; until: string; representation: { status: string; lead: string | null } }[]): unknown[] {
  return intervals.map((i) => [i.from, i.until, i.representation.status, i.representation.lead]);
}

// Arbitraries: A compact arbitrary of small, valid scenarios with their dates clustered around a short period, so that starts, ends, foundings and rotation turnovers fall inside it; anchors near 29 February and month ends stress the calendar.

const ANCHORS = ["2024-02-20", "2023-12-20", "2024-01-25", "2025-06-10"] as const;
const SECTORS = ["po", "vo", "mbo"] as const;
const REGIONS = [
  { id: "nl", name: "Nederland", level: "national" },
  { id: "noord", name: "Noord", level: "region", parent: "nl" },
  { id: "stad", name: "Stad", level: "city", parent: "noord" },
  { id: "zuid", name: "Zuid", level: "region", parent: "nl" },
];
const THEMES = [
  { id: "curriculum", name: "Curriculum", kind: "professional" },
  { id: "vakken", name: "Vakken", parent: "curriculum" },
  { id: "cao", name: "Cao", kind: "labour" },
];
const ORGS = ["a", "b", "c", "d"] as const;

/** A scenario and a period `[from, until)` of 1 to 60 days, with dates clustered around it. */
export interface TimedScenario {
  readonly scenario: Scenario;
  readonly from: IsoDate;
  readonly until: IsoDate;
}

function subset<T>(items: readonly T[], min = 0): fc.Arbitrary<T[]> {
  return fc.subarray([...items], { minLength: Math.min(min, items.length) });
}

/** The value or, more often than `fc.option` would, nothing: a bound left open. */
function sometimes<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 2 });
}

/** A period of 1 to 60 days near the anchor, and a day arbitrary clustered around it. */
function datesAround(anchor: IsoDate) {
  const day = fc.integer({ min: -10, max: 45 }).map((n) => addDays(anchor, n));
  const after = (start: IsoDate) => fc.integer({ min: 1, max: 30 }).map((n) => addDays(start, n));
  return { day, after };
}

function scenarioArbitrary(anchor: IsoDate): fc.Arbitrary<Scenario> {
  const { day, after } = datesAround(anchor);
  return subset(SECTORS).chain((sectors) => {
    const sectorsOrAll =
      sectors.length === 0
        ? fc.constant<"all">("all")
        : fc.oneof(fc.constant<"all">("all"), fc.constantFrom(...sectors.map((s) => [s])), subset(sectors, 1));
    return subset(ORGS, 2).chain((orgIds) => {
      const org = fc.constantFrom(...orgIds);
      // The first organisation is favoured as OC 2.0 body and as delegator, so that delegations count.
      const first = orgIds[0] ?? "a";
      const favoured = fc.oneof({ arbitrary: fc.constant(first), weight: 3 }, { arbitrary: org, weight: 1 });
      const lifespan = sometimes(day).chain((founded) =>
        sometimes(founded === undefined ? day : after(founded)).map((dissolved) => ({ founded, dissolved })),
      );
      const organisations = fc.tuple(
        ...orgIds.map((id) =>
          fc.record({ sectors: fc.oneof(fc.constant(sectors), subset(sectors)), total: fc.integer({ min: 0, max: 3 }), life: lifespan }).map((o) => ({
            id,
            name: id.toUpperCase(),
            kind: "union",
            sectors: o.sectors,
            members: { total: o.total, asOf: "2020-01-01" },
            ...(o.life.founded === undefined ? {} : { founded: o.life.founded }),
            ...(o.life.dissolved === undefined ? {} : { dissolved: o.life.dissolved }),
          })),
        ),
      );
      // Weighted so that each model finds mandates it counts, and overlaps that tie.
      const grant = fc.oneof(
        { arbitrary: fc.constant({ by: "agreement", agreement: "a1" }), weight: 3 },
        { arbitrary: fc.constant({ by: "statute" }), weight: 2 },
        { arbitrary: favoured.map((from) => ({ by: "delegation", from })), weight: 3 },
        { arbitrary: fc.constant({ by: "authority", authority: "OCW" }), weight: 1 },
      );
      const mandate = fc
        .record({
          holder: org,
          role: fc.constantFrom("lead", "member"),
          themes: fc.constantFrom<"all" | string[]>("all", ["curriculum"], ["vakken"], ["cao"], ["vakken", "cao"]),
          regions: fc.constantFrom(["nl"], ["noord"], ["stad"], ["zuid"], ["noord", "zuid"]),
          sectors: sectorsOrAll,
          validFrom: day,
          grant,
        })
        .chain((m) => fc.option(after(m.validFrom), { nil: undefined }).map((validUntil) => ({ ...m, validUntil })));
      // Twins copy another mandate's scope for another holder, so that ties and contests occur.
      const twins = fc.array(fc.record({ of: fc.nat(), holder: org }), { maxLength: 2 });
      const mandates = fc.tuple(fc.array(mandate, { maxLength: 7 }), twins).map(([list, copies]) =>
        [...list, ...(list.length === 0 ? [] : copies.map((c) => ({ ...list[c.of % list.length]!, holder: c.holder, role: "lead" })))].map((m, i) => ({
          id: `m${i}`,
          holder: m.holder,
          role: m.role,
          scope: { themes: m.themes, regions: m.regions, sectors: m.sectors },
          validFrom: m.validFrom,
          ...(m.validUntil === undefined ? {} : { validUntil: m.validUntil }),
          grant: m.grant,
        })),
      );
      const coordination = fc
        .record({
          parties: fc.oneof(fc.constant(orgIds), subset(orgIds, 2)),
          unsigned: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
          signedOn: day,
          fallback: fc.constantFrom("none", "largest-membership", "joint"),
        })
        .chain((c) =>
          sometimes(after(c.signedOn)).map((validUntil) => ({
            kind: "coordination",
            parties: c.parties,
            agreement: {
              id: "a1",
              signedOn: c.signedOn,
              // Now and then a party has not signed, so the agreement never comes into force.
              signatories: c.parties.slice(c.unsigned && c.parties.length > 2 ? 1 : 0),
              ...(validUntil === undefined ? {} : { validUntil }),
            },
            fallback: c.fallback,
          })),
        );
      const oc2 = fc
        .record({
          body: favoured,
          established: day,
          chapters: fc.uniqueArray(fc.record({ region: fc.constantFrom(...REGIONS.map((r) => r.id)), organisation: org }), {
            maxLength: 2,
            selector: (c) => c.region,
          }),
        })
        .map((m) => ({ kind: "oc2", ...m }));
      const period = fc.oneof(
        fc.integer({ min: 1, max: 9 }).map((days) => ({ days })),
        fc.constant({ weeks: 1 }),
        fc.constant({ months: 1 }),
      );
      const action = fc.oneof(
        fc.record({ lead: org, members: subset(orgIds) }).map((assign) => ({ assign })),
        fc.record({ among: fc.oneof(fc.constant<"all">("all"), subset(orgIds, 1)), joint: fc.boolean() }).map((largestMembership) => ({ largestMembership })),
        fc.record({ among: subset(orgIds, 1), every: period, startingOn: day }).map((rotate) => ({ rotate })),
        fc.option(subset(["statute", "delegation", "authority", "agreement"]), { nil: undefined }).map((grants) => ({
          mandates: grants === undefined ? {} : { grants },
        })),
        fc.constant({ unrepresented: { reason: "left open" } }),
      );
      const conditions = {
        themes: subset(THEMES.map((t) => t.id), 1),
        regions: subset(REGIONS.map((r) => r.id), 1),
        themeKind: fc.constantFrom("professional", "labour"),
      };
      const when =
        sectors.length === 0
          ? fc.record(conditions, { requiredKeys: [] })
          : fc.record({ ...conditions, sectors: subset(sectors, 1) }, { requiredKeys: [] });
      const alternative = fc
        .array(fc.record({ when: fc.option(when, { nil: undefined }), then: action }), { minLength: 1, maxLength: 4 })
        .map((rules) => ({
          kind: "alternative",
          name: "Rules",
          rules: rules.map((r, i) => ({ id: `r${i}`, ...(r.when === undefined ? {} : { when: r.when }), then: r.then })),
        }));
      return fc
        .record({ organisations, mandates, model: fc.oneof(coordination, oc2, alternative) })
        .map(({ organisations: orgs, mandates: list, model }) =>
          parseScenario({
            schemaVersion: 1,
            id: "random",
            name: "Random",
            sectors: sectors.map((id) => ({ id, name: id })),
            regions: REGIONS,
            themes: THEMES,
            organisations: orgs,
            mandates: list,
            model,
          }),
        );
    });
  });
}

/** Mostly periods long enough to hold several changes, now and then very short ones. */
const periodLength = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 7 }), weight: 1 }, { arbitrary: fc.integer({ min: 20, max: 60 }), weight: 3 });

/** A random valid scenario and a short period whose boundaries fall among its dates. */
export const timedScenario: fc.Arbitrary<TimedScenario> = fc.constantFrom(...ANCHORS).chain((anchor) =>
  fc
    .record({ scenario: scenarioArbitrary(anchor), start: fc.integer({ min: -5, max: 25 }), length: periodLength })
    .map(({ scenario, start, length }) => {
      const from = addDays(anchor, start);
      return { scenario, from, until: addDays(from, length) };
    }),
);

/** Two random scenarios that share their structure, over one period: often equal, often close. */
export const scenarioPair: fc.Arbitrary<TimedScenario & { readonly other: Scenario }> = timedScenario.chain((timed) =>
  fc.oneof(
    fc.constant({ ...timed, other: timed.scenario }),
    timedScenario.map((t) => ({ ...timed, other: t.scenario })),
    // The same scenario with one mandate moved by a day: the difference lasts a day or two.
    fc.integer({ min: 0, max: 5 }).map((k) => {
      const moved = (m: Scenario["mandates"][number]) => {
        const validFrom = addDays(m.validFrom, 1);
        return m.validUntil === undefined || validFrom < m.validUntil ? { ...m, validFrom } : { ...m, validUntil: addDays(m.validUntil, 1) };
      };
      const mandates = timed.scenario.mandates.map((m, i) => (i === k ? moved(m) : m));
      const doc = JSON.parse(JSON.stringify({ ...timed.scenario, mandates })) as unknown;
      return { ...timed, other: parseScenario(doc) };
    }),
  ),
);

/** Every day of `[from, until)`. */
export function daysOf(from: IsoDate, until: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d < until; d = addDays(d, 1)) out.push(d);
  return out;
}
