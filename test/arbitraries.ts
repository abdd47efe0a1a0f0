/**
 * fast-check arbitraries of random, VALID scenario documents, for property tests
 * anywhere in the library.
 *
 * `scenarioDocument()` yields a plain JSON document that `parseScenario` accepts
 * (a property test in test/resolve checks this on every run). It covers:
 *
 * - all three governance models (choose with `options.models`);
 * - a region tree with one root and up to `maxRegions` regions, often deep (a chain
 *   four or more levels deep is common), and a theme forest of `professional` and
 *   `labour` roots whose children sometimes state their own kind;
 * - zero to four sectors (`po`, `vo`, `mbo`, `ho`): with zero, every scope covers `"all"`;
 * - organisations of every kind, serving some sectors, with or without membership
 *   figures (totals drawn from a small pool, so that ties happen), per-sector figures,
 *   federation membership, and `founded` / `dissolved` days;
 * - mandates of both roles with every kind of grant (agreement, statute, delegation,
 *   authority), scopes on all or some themes, regions and sectors, and open or closed
 *   validity windows;
 * - for coordination: parties, an agreement that all, or not all, parties signed, with
 *   or without an end, and each fallback; for OC 2.0: a body, an establishment day,
 *   board, assembly, council, chapters, safeguards and funding; for the alternative
 *   model: rules with every kind of condition and every action.
 *
 * Days fall between 2023-01-01 and 2029-12-31 and favour month ends and 29 February;
 * starts (founding, signing, establishment, validity) favour 2023 and 2024, and
 * dissolutions and ends are drawn a quarter of the time, so that most worlds have
 * something in force on most days.
 * Ids are short and predictable (`r0`, `t3`, `o1`, `m4`, `rule2`) so that a shrunk
 * counterexample reads easily. `cellQuery(doc)` draws a question about a document,
 * and `reordered(doc)` the same document with its lists in another order.
 *
 * @module
 */
import fc from "fast-check";
import type {
  AlternativeModel,
  CoordinationModel,
  GovernanceModel,
  Grant,
  GrantKind,
  IsoDate,
  Mandate,
  Oc2Model,
  Organisation,
  OrganisationKind,
  Period,
  Region,
  Rule,
  RuleAction,
  RuleCondition,
  ScenarioDocument,
  Sector,
  Theme,
  ThemeKind,
} from "../src/model/types.js";

/** Which documents {@link scenarioDocument} draws. */
export interface ScenarioDocumentOptions {
  /** The governance models to draw from; all three by default. */
  readonly models?: readonly GovernanceModel["kind"][];
  /** At most this many regions (at least 1); 10 by default. */
  readonly maxRegions?: number;
  /** At most this many themes (at least 1); 8 by default. */
  readonly maxThemes?: number;
  /** At most this many organisations (at least 2); 6 by default. */
  readonly maxOrganisations?: number;
  /** At most this many mandates; 12 by default. */
  readonly maxMandates?: number;
}

/** A question about one cell of a document, as `resolve` takes it. */
export interface CellQueryDoc {
  readonly theme: string;
  readonly region: string;
  readonly sector?: string | null;
  readonly on: IsoDate;
}

const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 7 * 365 + 1; // 2023-01-01 up to 2029-12-31
const SPECIAL_DAYS = ["2024-02-28", "2024-02-29", "2024-03-01", "2025-01-31", "2025-02-28", "2025-12-31", "2026-01-01", "2028-02-29"];
const SECTORS = ["po", "vo", "mbo", "ho"] as const;
const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  "union",
  "professional-association",
  "federation",
  "subject-platform",
  "umbrella",
  "learning-community",
  "cooperative",
  "other",
];
const GRANT_KINDS: readonly GrantKind[] = ["agreement", "statute", "delegation", "authority"];

/** The calendar day `n` days after 2023-01-01, computed in UTC so that no time zone moves it. */
function dayAt(n: number): IsoDate {
  return new Date(FIRST_DAY + n * 86_400_000).toISOString().slice(0, 10);
}

/** The number of days from 2023-01-01 to a day. */
function offsetOf(day: IsoDate): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - FIRST_DAY) / 86_400_000);
}

/** A day between 2023-01-01 and 2029-12-31, favouring month ends and 29 February. */
export function day(): fc.Arbitrary<IsoDate> {
  return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: DAYS - 1 }).map(dayAt) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL_DAYS) });
}

/** A day early in the window (2023 or 2024), when things start so that later days find them in force. */
function earlyDay(): fc.Arbitrary<IsoDate> {
  return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 2 * 365 }).map(dayAt) }, { weight: 1, arbitrary: day() });
}

/** A day to ask about: mostly 2025 to 2027, when most of what starts early is in force; sometimes any day. */
export function queryDay(): fc.Arbitrary<IsoDate> {
  return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 2 * 365, max: 5 * 365 }).map(dayAt) }, { weight: 1, arbitrary: day() });
}

/** Mostly leaves a value out, sometimes draws it: for dissolutions and ends, which should not empty most worlds. */
function rarely<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

/** `T` with every property that may be undefined made optional instead. */
type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Leaves out the keys whose value is undefined: optional fields are absent in a document, never undefined. */
function compact<T extends object>(value: T): Compact<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Compact<T>;
}

/** A non-empty selection of `ids`, in their order. */
function someOf<T>(ids: readonly T[]): fc.Arbitrary<T[]> {
  return fc.subarray([...ids], { minLength: 1 });
}

/** `"all"` or a non-empty selection; `"all"` only when there is nothing to select. */
function allOrSome(ids: readonly string[]): fc.Arbitrary<readonly string[] | "all"> {
  return ids.length === 0 ? fc.constant("all" as const) : fc.oneof(fc.constant("all" as const), someOf(ids));
}

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

/** A region tree: `r0` is the root; a region's parent comes before it, often the one just before (deep chains). */
function regions(max: number): fc.Arbitrary<Region[]> {
  return fc.integer({ min: 1, max: Math.max(1, max) }).chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, i) => (i === 0 ? fc.constant(-1) : fc.oneof(fc.constant(i - 1), fc.integer({ min: 0, max: i - 1 })))))
      .map((parents) =>
        parents.map((parent, i) =>
          compact({ id: `r${i}`, name: `Region ${i}`, level: parent < 0 ? "national" : "region", parent: parent < 0 ? undefined : `r${parent}` }),
        ),
      ),
  );
}

/** A theme forest: roots state their kind; children inherit it or state their own. */
function themes(max: number): fc.Arbitrary<Theme[]> {
  const kind = fc.constantFrom<ThemeKind>("professional", "professional", "labour");
  return fc.integer({ min: 1, max: Math.max(1, max) }).chain((n) =>
    fc
      .tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.tuple(i === 0 ? fc.constant(-1) : fc.oneof(fc.constant(-1), fc.constant(i - 1), fc.integer({ min: 0, max: i - 1 })), optional(kind), kind),
        ),
      )
      .map((specs) =>
        specs.map(([parent, own, rootKind], i) =>
          compact({
            id: `t${i}`,
            name: `Theme ${i}`,
            kind: parent < 0 ? rootKind : own,
            parent: parent < 0 ? undefined : `t${parent}`,
          }),
        ),
      ),
  );
}

/** Membership totals from a small pool, so that equal figures (and tie-breaks) are common. */
const memberCount = fc.oneof(fc.constantFrom(0, 100, 1000, 1000, 5000), fc.integer({ min: 0, max: 100_000 }));

/** Per-sector membership figures for some of the sectors. */
function bySector(sectors: readonly string[]): fc.Arbitrary<Record<string, number>> {
  return someOf(sectors).chain((some) =>
    fc.tuple(...some.map(() => memberCount)).map((counts) => Object.fromEntries(some.map((s, i) => [s, counts[i] ?? 0]))),
  );
}

function organisations(max: number, sectors: readonly string[]): fc.Arbitrary<Organisation[]> {
  return fc.integer({ min: 2, max: Math.max(2, max) }).chain((n) => {
    const ids = Array.from({ length: n }, (_, i) => `o${i}`);
    return fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            kind: fc.constantFrom(...ORGANISATION_KINDS),
            sectors: fc.subarray([...sectors]),
            members: optional(
              fc.record({
                total: memberCount,
                asOf: day(),
                bySector: sectors.length === 0 ? fc.constant(undefined) : optional(bySector(sectors)),
              }),
            ),
            memberOf: optional(fc.subarray(ids.filter((other) => other !== id))),
            founded: optional(earlyDay()),
            dissolveAfter: rarely(fc.integer({ min: 1, max: 6 * 366 })),
            dissolvedAt: rarely(day()),
          })
          .map(({ kind, sectors: served, members, memberOf, founded, dissolveAfter, dissolvedAt }) =>
            compact({
              id,
              name: `Organisation ${id}`,
              kind,
              sectors: served,
              members: members === undefined ? undefined : compact(members),
              memberOf,
              founded,
              // Dissolved after founding when both are known; else any day.
              dissolved: founded !== undefined ? (dissolveAfter === undefined ? undefined : dayAt(offsetOf(founded) + dissolveAfter)) : dissolvedAt,
            }),
          ),
      ),
    );
  });
}

interface Base {
  readonly sectors: string[];
  readonly regions: Region[];
  readonly themes: Theme[];
  readonly organisations: Organisation[];
}

const period: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ months: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ years: fc.constant(1) }),
  fc.record({ weeks: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ days: fc.integer({ min: 1, max: 45 }) }),
  fc.record({ months: fc.integer({ min: 0, max: 2 }), days: fc.integer({ min: 1, max: 10 }) }),
);

function coordinationModel(b: Base): fc.Arbitrary<CoordinationModel> {
  const ids = b.organisations.map((o) => o.id);
  return fc
    .record({
      parties: fc.subarray(ids, { minLength: 2 }),
      signatories: fc.constantFrom("all", "all", "all", "all", "all", "all", "all", "all", "one missing", "one more"),
      signedOn: earlyDay(),
      endAfter: rarely(fc.integer({ min: 1, max: 5 * 366 })),
      fallback: fc.constantFrom("none", "largest-membership", "joint"),
    })
    .map(({ parties, signatories, signedOn, endAfter, fallback }) => {
      const outsider = ids.find((id) => !parties.includes(id));
      const signed =
        signatories === "one missing" ? parties.slice(1) : signatories === "one more" && outsider !== undefined ? [...parties, outsider] : parties;
      return {
        kind: "coordination",
        parties,
        agreement: compact({ id: "a1", signedOn, signatories: signed, validUntil: endAfter === undefined ? undefined : dayAt(offsetOf(signedOn) + endAfter) }),
        fallback,
      };
    });
}

function oc2Model(b: Base): fc.Arbitrary<Oc2Model> {
  const ids = b.organisations.map((o) => o.id);
  const regionIds = b.regions.map((r) => r.id);
  return fc
    .record({
      body: fc.constantFrom(...ids),
      established: earlyDay(),
      seats: fc.subarray(ids).chain((holders) => fc.tuple(...holders.map(() => fc.integer({ min: 1, max: 5 }))).map((n) => holders.map((organisation, i) => ({ organisation, seats: n[i] ?? 1 })))),
      teacherSeats: optional(fc.integer({ min: 0, max: 9 })),
      assembly: optional(fc.record({ openToUnorganised: fc.boolean() })),
      advisoryCouncil: optional(fc.record({ seats: fc.integer({ min: 0, max: 60 }) })),
      chapters: fc.subarray(regionIds).chain((where) => fc.tuple(...where.map(() => fc.constantFrom(...ids))).map((who) => where.map((region, i) => ({ region, organisation: who[i] ?? ids[0] ?? "" })))),
      safeguards: optional(fc.record({ mandatoryRegister: fc.boolean() })),
      funding: optional(fc.record({ structural: fc.boolean(), fte: fc.integer({ min: 0, max: 40 }) })),
    })
    .map(({ body, established, seats, teacherSeats, assembly, advisoryCouncil, chapters, safeguards, funding }) =>
      compact({
        kind: "oc2" as const,
        body,
        established,
        board: compact({ seats, teacherSeats }),
        assembly,
        advisoryCouncil,
        chapters,
        safeguards,
        funding,
      }),
    );
}

function ruleAction(b: Base): fc.Arbitrary<RuleAction> {
  const ids = b.organisations.map((o) => o.id);
  return fc.oneof(
    fc.record({ lead: fc.constantFrom(...ids), members: optional(fc.subarray(ids)) }).map((assign) => ({ assign: compact(assign) })),
    fc
      .record({ among: fc.oneof(fc.constant("all" as const), someOf(ids)), joint: optional(fc.boolean()) })
      .map((largestMembership) => ({ largestMembership: compact(largestMembership) })),
    fc
      .record({ among: fc.shuffledSubarray(ids, { minLength: 1 }), every: period, startingOn: day() })
      .map((rotate) => ({ rotate: { ...rotate, every: compact(rotate.every) } })),
    fc.record({ grants: optional(fc.subarray([...GRANT_KINDS])) }).map((mandates) => ({ mandates: compact(mandates) })),
    fc.constantFrom("left to the teachers' council", "").map((reason) => ({ unrepresented: { reason } })),
  );
}

function ruleCondition(b: Base): fc.Arbitrary<RuleCondition | undefined> {
  return optional(
    fc
      .record({
        themes: optional(someOf(b.themes.map((t) => t.id))),
        regions: optional(someOf(b.regions.map((r) => r.id))),
        sectors: b.sectors.length === 0 ? fc.constant(undefined) : optional(someOf(b.sectors)),
        themeKind: optional(fc.constantFrom<ThemeKind>("professional", "labour")),
      })
      .map((when) => compact(when)),
  );
}

function alternativeModel(b: Base): fc.Arbitrary<AlternativeModel> {
  return fc
    .array(fc.tuple(ruleCondition(b), ruleAction(b)), { minLength: 1, maxLength: 6 })
    .map((list) => ({
      kind: "alternative",
      name: "Random alternative",
      rules: list.map(([when, then], i): Rule => compact({ id: `rule${i}`, when, then })),
    }));
}

function grant(b: Base, model: GovernanceModel): fc.Arbitrary<Grant> {
  const ids = b.organisations.map((o) => o.id);
  const from = model.kind === "oc2" ? fc.oneof(fc.constant(model.body), fc.constantFrom(...ids)) : fc.constantFrom(...ids);
  return fc.oneof(
    // Coordination documents may only name their own agreement.
    { weight: model.kind === "coordination" ? 3 : 1, arbitrary: fc.constant<Grant>({ by: "agreement", agreement: "a1" }) },
    { weight: 1, arbitrary: fc.constant<Grant>({ by: "statute" }) },
    { weight: model.kind === "oc2" ? 3 : 1, arbitrary: from.map((id): Grant => ({ by: "delegation", from: id })) },
    { weight: 1, arbitrary: fc.constant<Grant>({ by: "authority", authority: "OCW" }) },
  );
}

function mandates(b: Base, model: GovernanceModel, max: number): fc.Arbitrary<Mandate[]> {
  const ids = b.organisations.map((o) => o.id);
  const one = fc
    .record({
      holder: fc.constantFrom(...ids),
      role: fc.constantFrom("lead", "lead", "member"),
      themes: allOrSome(b.themes.map((t) => t.id)),
      // The root half of the time, so that claims overlap (and contest) often.
      regions: fc.oneof(fc.constant([b.regions[0]?.id ?? "r0"]), someOf(b.regions.map((r) => r.id))),
      sectors: allOrSome(b.sectors),
      validFrom: earlyDay(),
      lasts: optional(fc.integer({ min: 1, max: 5 * 366 })),
      grant: grant(b, model),
      // Now and then an earlier mandate for another holder or role, so that equal claims (and contested cells) occur.
      copyOf: optional(fc.nat()),
    })
    .map(({ holder, role, themes: t, regions: r, sectors: s, validFrom, lasts, grant: g, copyOf }) => ({
      copyOf,
      mandate: compact({
        holder,
        role,
        scope: { themes: t, regions: r, sectors: s },
        validFrom,
        validUntil: lasts === undefined ? undefined : dayAt(offsetOf(validFrom) + lasts),
        grant: g,
      }),
    }));
  return fc.array(one, { maxLength: max }).map((list) =>
    list.map(({ copyOf, mandate }, i): Mandate => {
      const earlier = copyOf === undefined || i === 0 ? undefined : list[copyOf % i]?.mandate;
      if (earlier === undefined) return { id: `m${i}`, ...mandate };
      const { holder, role } = mandate;
      return { ...earlier, id: `m${i}`, holder, role };
    }),
  );
}

/**
 * A random valid scenario document (plain JSON, not yet parsed).
 *
 * @param options - which models to draw and how large the document may be
 * @returns an arbitrary of documents that `parseScenario` accepts
 * @example
 * ```ts
 * fc.assert(fc.property(scenarioDocument({ models: ["oc2"] }), (doc) => parseScenario(doc).model.kind === "oc2"));
 * ```
 */
export function scenarioDocument(options: ScenarioDocumentOptions = {}): fc.Arbitrary<ScenarioDocument> {
  const models = options.models ?? ["coordination", "oc2", "alternative"];
  return fc
    .subarray([...SECTORS])
    .chain((sectors) =>
      fc
        .record({
          regions: regions(options.maxRegions ?? 10),
          themes: themes(options.maxThemes ?? 8),
          organisations: organisations(options.maxOrganisations ?? 6, sectors),
        })
        .map((rest): Base => ({ sectors, ...rest })),
    )
    .chain((b) =>
      fc
        .constantFrom(...models)
        .chain((kind) => (kind === "coordination" ? coordinationModel(b) : kind === "oc2" ? oc2Model(b) : alternativeModel(b)) as fc.Arbitrary<GovernanceModel>)
        .chain((model) =>
          fc.record({ mandates: mandates(b, model, options.maxMandates ?? 12), population: optional(fc.record({ teachers: fc.integer({ min: 0, max: 300_000 }), asOf: day() })) }).map(
            ({ mandates: list, population }): ScenarioDocument =>
              compact({
                schemaVersion: 1 as const,
                id: "random",
                name: "A random world",
                sectors: b.sectors.map((id): Sector => ({ id, name: id.toUpperCase() })),
                regions: b.regions,
                themes: b.themes,
                organisations: b.organisations,
                mandates: list,
                population,
                model,
              }),
          ),
        ),
    );
}

/**
 * A question about one cell of `doc`: any theme and region, a sector of the document
 * or none (null or left out), and a day.
 *
 * @param doc - a document from {@link scenarioDocument}
 * @returns an arbitrary of queries
 */
export function cellQuery(doc: ScenarioDocument): fc.Arbitrary<CellQueryDoc> {
  const sector = fc.oneof(fc.constant(null), fc.constant(undefined), ...doc.sectors.map((s) => fc.constant(s.id)));
  const anywhere = fc.record({
    theme: fc.constantFrom(...doc.themes.map((t) => t.id)),
    region: fc.constantFrom(...doc.regions.map((r) => r.id)),
    sector,
  });
  // Half of the questions fall inside some mandate's scope, where claims meet.
  const inScope = doc.mandates.map((m) =>
    fc.record({
      theme: m.scope.themes === "all" ? fc.constantFrom(...doc.themes.map((t) => t.id)) : fc.constantFrom(...m.scope.themes),
      region: fc.constantFrom(...m.scope.regions),
      sector: m.scope.sectors === "all" ? sector : fc.constantFrom(...m.scope.sectors),
    }),
  );
  const where = inScope.length === 0 ? anywhere : fc.oneof(anywhere, fc.oneof(...inScope));
  return fc.tuple(where, queryDay()).map(([cell, on]) => compact({ ...cell, on }));
}

/**
 * The same document with its mandates, organisations, regions, themes and sectors
 * each in another order (the model, its rules and its lists stay as they are).
 *
 * @param doc - a document from {@link scenarioDocument}
 * @returns an arbitrary of reordered copies
 */
export function reordered(doc: ScenarioDocument): fc.Arbitrary<ScenarioDocument> {
  const permutation = <T>(list: readonly T[]) => fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length });
  return fc
    .record({
      mandates: permutation(doc.mandates),
      organisations: permutation(doc.organisations),
      regions: permutation(doc.regions),
      themes: permutation(doc.themes),
      sectors: permutation(doc.sectors),
    })
    .map((lists) => ({ ...doc, ...lists }));
}
