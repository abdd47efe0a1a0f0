/**
 * A small valid world whose ids are placeholder tokens (`Qo1Q`, `Qs2Q`, ...), and the
 * means to rename those ids to any strings: as an object literal would build the
 * document (where a `__proto__` key is not an own property) and as `JSON.parse` of its
 * text would (where it is). Answers are compared in a canonical form in which every
 * placeholder is renamed, keys included, and keys are sorted.
 */
import fc from "fast-check";
import { compareIds } from "../../src/internal/compare-ids.js";

/** The placeholder ids of the base world, by kind; each kind's list is in id order. */
export const PLACEHOLDERS = {
  sector: ["Qs1Q", "Qs2Q", "Qs3Q"],
  region: ["Qr1Q", "Qr2Q", "Qr3Q", "Qr4Q"],
  theme: ["Qt1Q", "Qt2Q", "Qt3Q", "Qt4Q"],
  organisation: ["Qo1Q", "Qo2Q", "Qo3Q", "Qo4Q", "Qo5Q", "Qo6Q"],
  mandate: ["Qm1Q", "Qm2Q", "Qm3Q", "Qm4Q", "Qm5Q"],
  other: ["Qa1Q", "Qu1Q", "Qu2Q", "Qu3Q", "Qu4Q", "Qx1Q"],
} as const;

const TOKEN = /Q[a-z]\dQ/g;

/** Awkward ids: every name on `Object.prototype`, and strings that are easy to mishandle. */
export const AWKWARD_IDS: readonly string[] = [
  ...Object.getOwnPropertyNames(Object.prototype),
  "__proto__",
  "prototype",
  "then",
  " ",
  "\u00a0",
  "\u200b",
  "é",
  "e\u0301",
  "日本",
  "😀",
  "0",
  "1",
  "-1",
  "1e3",
  "007",
  "NaN",
  "Infinity",
  "undefined",
  "null",
  "x".repeat(90),
];

/**
 * One awkward id, or a short string of letters, digits and spaces. Characters that
 * markup escapes (quotes, `<`, `&`) are left out: escaped, an id rightly reads
 * differently in a picture.
 */
const anyId = fc.oneof(
  { arbitrary: fc.constantFrom(...AWKWARD_IDS), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom("a", "Z", "0", "9", " ", "_", "-", ".", ":", "é", "ß", "日", "😀") }), weight: 1 },
);

/**
 * Draws `count` distinct ids, none the start of another: a merge names a successor's copy of
 * a mandate `<mandate>@<successor>`, and only ids free of prefixes keep such joined ids in the
 * same order as their parts ("0" < "007" but "0@x" > "007").
 */
const distinctIds = (count: number): fc.Arbitrary<string[]> =>
  fc
    .uniqueArray(anyId, { minLength: count, maxLength: count })
    .filter((ids) => !ids.includes("all") && ids.every((a) => ids.every((b) => a === b || !b.startsWith(a))));

/** Kinds whose ids are drawn distinct from each other's, since a timeline picture names them in one table. */
const SHOWN = ["sector", "region", "theme", "organisation"] as const;

/**
 * A renaming of every placeholder. Within a kind the ids are distinct and keep the
 * placeholders' order, so that answers sorted by id or tied by id come out the same.
 */
export const renamingArbitrary: fc.Arbitrary<ReadonlyMap<string, string>> = fc
  .tuple(distinctIds(SHOWN.reduce((n, kind) => n + PLACEHOLDERS[kind].length, 0)), distinctIds(PLACEHOLDERS.mandate.length), distinctIds(PLACEHOLDERS.other.length))
  .map(([shown, mandates, others]) => {
    const map = new Map<string, string>();
    const assign = (placeholders: readonly string[], drawn: readonly string[]): void => {
      const sorted = [...drawn].sort(compareIds);
      placeholders.forEach((id, i) => map.set(id, sorted[i] as string));
    };
    let at = 0;
    for (const kind of SHOWN) {
      assign(PLACEHOLDERS[kind], shown.slice(at, at + PLACEHOLDERS[kind].length));
      at += PLACEHOLDERS[kind].length;
    }
    assign(PLACEHOLDERS.mandate, mandates);
    assign(PLACEHOLDERS.other, others);
    return map;
  });

/** Renames every placeholder in a string. */
export function renameText(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(TOKEN, (token) => names.get(token) ?? token);
}

/**
 * Copies a JSON-like value with every placeholder renamed, building objects by
 * assignment as an object literal does: a key renamed to `__proto__` whose value is not
 * an object is lost, as in `{ "__proto__": 5 }`.
 */
export function renamedLiteral(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === "string") return renameText(value, names);
  if (Array.isArray(value)) return value.map((item) => renamedLiteral(item, names));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[renameText(key, names)] = renamedLiteral(item, names);
  return out;
}

/** Copies a JSON-like value without the object keys listed: the plain world as an object literal with `__proto__` keys would hold it. */
export function withoutKeys(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutKeys(item, keys));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]) => (keys.has(key) ? [] : [[key, withoutKeys(item, keys)]])));
}

/** The same world read from JSON text: a key renamed to `__proto__` is an own property. */
export function renamedJson(value: unknown, names: ReadonlyMap<string, string>): unknown {
  const text = JSON.stringify(value).replace(TOKEN, (token) => JSON.stringify(names.get(token) ?? token).slice(1, -1));
  return JSON.parse(text) as unknown;
}

/** A canonical text of an answer with every placeholder renamed; object keys sorted, functions shown as such. */
export function canonical(value: unknown, names: ReadonlyMap<string, string> = new Map()): string {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return renameText(v, names);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === "function") return "[function]";
    if (v === null || typeof v !== "object") return v;
    return Object.keys(v)
      .map((key) => [renameText(key, names), walk((v as Record<string, unknown>)[key])] as const)
      .sort((a, b) => compareIds(a[0], b[0]));
  };
  return JSON.stringify(walk(value));
}

const members = (total: number, bySector?: Record<string, number>) => ({ total, asOf: "2025-01-01", ...(bySector === undefined ? {} : { bySector }) });

/** The base world, under coordination with the largest-membership fallback. */
export const BASE = {
  schemaVersion: 1,
  id: "world",
  name: "A world of placeholders",
  sources: [{ id: "Qx1Q", title: "A source" }],
  sectors: [
    { id: "Qs1Q", name: "Sector one" },
    { id: "Qs2Q", name: "Sector two", sources: ["Qx1Q"] },
  ],
  regions: [
    { id: "Qr1Q", name: "Nation", level: "national" },
    { id: "Qr2Q", name: "North", level: "region", parent: "Qr1Q" },
    { id: "Qr3Q", name: "South", level: "region", parent: "Qr1Q" },
  ],
  themes: [
    { id: "Qt1Q", name: "Curriculum", kind: "professional" },
    { id: "Qt2Q", name: "Pay", kind: "labour" },
    { id: "Qt3Q", name: "Standards", parent: "Qt1Q" },
  ],
  organisations: [
    { id: "Qo1Q", name: "Union one", shortName: "U1", kind: "union", sectors: ["Qs1Q", "Qs2Q"], members: members(300, { Qs1Q: 100 }) },
    { id: "Qo2Q", name: "Union two", kind: "union", sectors: ["Qs1Q", "Qs2Q"], members: members(250, { Qs1Q: 10, Qs2Q: 200 }), memberOf: ["Qo4Q"] },
    { id: "Qo3Q", name: "Community", kind: "learning-community", sectors: ["Qs2Q"], members: members(20) },
    { id: "Qo4Q", name: "Federation", kind: "federation", sectors: ["Qs1Q", "Qs2Q"] },
  ],
  mandates: [
    {
      id: "Qm1Q",
      holder: "Qo1Q",
      role: "lead",
      scope: { themes: ["Qt1Q"], regions: ["Qr2Q"], sectors: ["Qs1Q"] },
      validFrom: "2025-01-01",
      grant: { by: "agreement", agreement: "Qa1Q" },
    },
    {
      id: "Qm2Q",
      holder: "Qo2Q",
      role: "lead",
      scope: { themes: ["Qt2Q"], regions: ["Qr1Q"], sectors: "all" },
      validFrom: "2025-01-01",
      validUntil: "2027-01-01",
      grant: { by: "agreement", agreement: "Qa1Q" },
    },
    {
      id: "Qm3Q",
      holder: "Qo3Q",
      role: "member",
      scope: { themes: "all", regions: ["Qr1Q"], sectors: ["Qs2Q"] },
      validFrom: "2025-06-01",
      grant: { by: "delegation", from: "Qo1Q" },
      sources: ["Qx1Q"],
    },
  ],
  population: { teachers: 1000, asOf: "2025-01-01", bySector: { Qs1Q: 400, Qs2Q: 600 }, unorganised: 300 },
  model: {
    kind: "coordination",
    parties: ["Qo1Q", "Qo2Q", "Qo3Q"],
    agreement: { id: "Qa1Q", signedOn: "2025-01-01", signatories: ["Qo1Q", "Qo2Q", "Qo3Q"] },
    fallback: "largest-membership",
  },
} as const;

/** The OC 2.0 model with a body, board seats and a chapter. */
export const OC2_MODEL = {
  kind: "oc2",
  body: "Qo4Q",
  established: "2025-03-01",
  board: { seats: [{ organisation: "Qo1Q", seats: 2 }, { organisation: "Qo2Q", seats: 1 }], teacherSeats: 3 },
  assembly: { openToUnorganised: true },
  chapters: [{ region: "Qr2Q", organisation: "Qo3Q" }],
  funding: { structural: false, annualBudgetEur: 10_000 },
} as const;

/** An alternative model with one rule of each kind. */
export const ALTERNATIVE_MODEL = {
  kind: "alternative",
  name: "Chambers",
  rules: [
    { id: "Qu1Q", when: { themes: ["Qt1Q"], regions: ["Qr2Q"], sectors: ["Qs1Q"] }, then: { assign: { lead: "Qo1Q", members: ["Qo3Q"] } } },
    { id: "Qu2Q", when: { themeKind: "labour" }, then: { mandates: { grants: ["agreement"] } } },
    { id: "Qu3Q", when: { sectors: ["Qs2Q"] }, then: { largestMembership: { among: ["Qo1Q", "Qo2Q", "Qo3Q"], joint: true } } },
    { id: "Qa1Q", when: { regions: ["Qr3Q"] }, then: { rotate: { among: ["Qo1Q", "Qo2Q"], every: { years: 1 }, startingOn: "2025-01-01" } } },
    { id: "Qx1Q", then: { unrepresented: { reason: "Nobody has a say here." } } },
  ],
} as const;

/** One change of every kind, written with placeholders; each is tried on every model. */
export const CHANGES: readonly unknown[] = [
  {
    type: "add-organisation",
    organisation: { id: "Qo5Q", name: "Newcomer", kind: "union", sectors: ["Qs1Q"], members: members(900, { Qs1Q: 800, Qs2Q: 5 }) },
  },
  { type: "update-organisation", id: "Qo2Q", set: { members: members(400, { Qs2Q: 390 }), sectors: ["Qs2Q"] }, unset: ["memberOf"] },
  { type: "dissolve-organisation", id: "Qo3Q", on: "2026-01-01" },
  {
    type: "merge-organisations",
    ids: ["Qo1Q", "Qo2Q"],
    into: { id: "Qo6Q", name: "Merged", kind: "union", sectors: ["Qs1Q", "Qs2Q"], members: members(500, { Qs2Q: 300 }) },
    on: "2026-01-01",
  },
  { type: "merge-organisations", ids: ["Qo2Q", "Qo3Q"], into: "Qo1Q", on: "2026-01-01" },
  { type: "add-theme", theme: { id: "Qt4Q", name: "Induction", parent: "Qt3Q" } },
  { type: "add-region", region: { id: "Qr4Q", name: "East", level: "region", parent: "Qr1Q" } },
  { type: "add-sector", sector: { id: "Qs3Q", name: "Sector three" } },
  {
    type: "grant-mandate",
    mandate: {
      id: "Qm4Q",
      holder: "Qo2Q",
      role: "lead",
      scope: { themes: ["Qt3Q"], regions: ["Qr3Q"], sectors: ["Qs2Q"] },
      validFrom: "2025-02-01",
      grant: { by: "statute" },
    },
  },
  { type: "amend-mandate", id: "Qm1Q", set: { scope: { themes: ["Qt1Q"], regions: ["Qr1Q"], sectors: ["Qs2Q"] } } },
  { type: "revoke-mandate", id: "Qm2Q", on: "2026-01-01" },
  { type: "sign-agreement", organisation: "Qo4Q", on: "2025-09-01" },
  { type: "end-agreement", on: "2026-06-01" },
  { type: "set-model", model: OC2_MODEL },
  { type: "set-model", model: ALTERNATIVE_MODEL },
  { type: "add-chapter", chapter: { region: "Qr3Q", organisation: "Qo1Q" } },
  { type: "delegate", id: "Qm5Q", to: "Qo2Q", scope: { themes: ["Qt3Q"], regions: ["Qr2Q"], sectors: ["Qs2Q"] }, validFrom: "2025-07-01" },
  { type: "add-rule", rule: { id: "Qu4Q", when: { regions: ["Qr3Q"] }, then: { assign: { lead: "Qo2Q" } } }, at: 0 },
  { type: "remove-rule", id: "Qu1Q" },
];
