/**
 * A seeded generator of synthetic scenario documents of any size, for benchmarks
 * and for the property tests that compare the resolver with the naive oracle.
 * The same options always yield the same document; the document passes
 * `parseScenario`.
 */
import type {
  Fallback,
  GovernanceModel,
  GrantKind,
  IsoDate,
  Mandate,
  Organisation,
  OrganisationKind,
  Region,
  Rule,
  RuleAction,
  RuleCondition,
  ScenarioDocument,
  Sector,
  Theme,
} from "../src/model/types.js";
import { sectorsOn } from "../src/model/organisation-facts.js";
import { Random } from "./random.js";

/** The three governance models. */
export type ModelKind = GovernanceModel["kind"];

/** The shape and size of a generated scenario. */
export interface GenerateOptions {
  readonly seed: number;
  readonly model: ModelKind;
  /** Number of themes in all, roots and subthemes. */
  readonly themes: number;
  /** Number of root themes; the rest hang below them (default: a quarter, at least one). */
  readonly themeRoots?: number;
  /** Number of regions, the root included. */
  readonly regions: number;
  /** Deepest level of the region tree below the root. */
  readonly regionDepth: number;
  /** Most children a region has; the last level is filled round-robin up to `regions`. */
  readonly regionFanOut: number;
  readonly sectors: number;
  /** Number of organisations (default: 12, at least 3). */
  readonly organisations?: number;
  readonly mandates: number;
  /** Share of mandates that ended before `on` (default 0.3). */
  readonly lapsedShare?: number;
  /** Share of mandates that start after `on` (default 0.05). */
  readonly futureShare?: number;
  /** Share of mandates scoped to the whole country, beside those that pick the root by chance (default 0.01). */
  readonly nationalShare?: number;
  /** The day the validity windows are laid out around (default 2026-06-01). */
  readonly on?: IsoDate;
  /** Randomise the model's own dates, signatures, fallbacks and rules, for property tests. */
  readonly edgeCases?: boolean;
  /** The coordination fallback; random under `edgeCases`, else `largest-membership`. */
  readonly fallback?: Fallback;
}

/** The sizes the benchmarks measure. */
export const SIZES = {
  small: { themes: 10, themeRoots: 5, regions: 50, regionDepth: 2, regionFanOut: 7, sectors: 4, organisations: 12, mandates: 500 },
  large: { themes: 40, themeRoots: 10, regions: 400, regionDepth: 4, regionFanOut: 6, sectors: 5, organisations: 30, mandates: 20_000 },
  "large-2x-mandates": { themes: 40, themeRoots: 10, regions: 400, regionDepth: 4, regionFanOut: 6, sectors: 5, organisations: 30, mandates: 40_000 },
  "large-2x-regions": { themes: 40, themeRoots: 10, regions: 800, regionDepth: 4, regionFanOut: 6, sectors: 5, organisations: 30, mandates: 20_000 },
  /**
   * The large trees with a fifth of the mandates: about 5 claims judged a cell (4.8 under
   * coordination, 5.5 under OC 2.0, 4.1 under the alternative model), against 15 to 25 at
   * the large size, so that the work a cell costs whatever its claims shows.
   */
  "large-sparse": { themes: 40, themeRoots: 10, regions: 400, regionDepth: 4, regionFanOut: 6, sectors: 5, organisations: 30, mandates: 4_000 },
} as const;

/** The name of a benchmark size. */
export type SizeName = keyof typeof SIZES;

const SECTOR_NAMES: readonly (readonly [string, string])[] = [
  ["po", "Primair onderwijs"],
  ["vo", "Voortgezet onderwijs"],
  ["mbo", "Middelbaar beroepsonderwijs"],
  ["ho", "Hoger onderwijs"],
  ["so", "Speciaal onderwijs"],
];

const DAY_MS = 86_400_000;

/** `day` moved by `days` calendar days, computed in UTC so that no time zone can shift it. */
export function shiftDays(day: IsoDate, days: number): IsoDate {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A region tree: level by level, each region taking children in turn until the count is reached. */
function regionTree(count: number, depth: number, fanOut: number): Region[] {
  const regions: Region[] = [{ id: "nl", name: "Nederland", level: "national" }];
  let level: string[] = ["nl"];
  for (let d = 1; d <= depth && regions.length < count; d++) {
    const children = new Map<string, number>(level.map((id) => [id, 0]));
    const next: string[] = [];
    // Round-robin over the parents keeps a partial last level spread over the whole tree.
    for (let round = 0; round < fanOut && regions.length < count; round++) {
      for (const parent of level) {
        if (regions.length >= count) break;
        const n = (children.get(parent) ?? 0) + 1;
        children.set(parent, n);
        const id = parent === "nl" ? `r${n}` : `${parent}-${n}`;
        regions.push({ id, name: `Regio ${id.slice(1)}`, level: `level-${d}`, parent });
        next.push(id);
      }
    }
    level = next;
  }
  if (regions.length < count) {
    throw new Error(`generateScenario: ${count} regions do not fit a tree of depth ${depth} and fan-out ${fanOut}`);
  }
  return regions;
}

function themeTree(random: Random, count: number, roots: number): Theme[] {
  const themes: Theme[] = [];
  for (let i = 0; i < count; i++) {
    const id = `t${pad(i + 1, 3)}`;
    if (i < roots) {
      // About one root theme in five is a labour theme, the first one always professional.
      const kind = i > 0 && (i % 5 === 4 || random.chance(0.05)) ? "labour" : "professional";
      themes.push({ id, name: `Thema ${i + 1}`, kind });
    } else {
      // Two in three subthemes hang below a root, the rest one level deeper.
      const pool = random.chance(0.67) ? themes.slice(0, roots) : themes.slice(roots);
      const parent = random.pick(pool.length > 0 ? pool : themes.slice(0, roots));
      const own = random.chance(0.05) ? { kind: random.pick(["professional", "labour"] as const) } : {};
      themes.push({ id, name: `Subthema ${i + 1}`, parent: parent.id, ...own });
    }
  }
  return themes;
}

function sectorList(count: number): Sector[] {
  return Array.from({ length: count }, (_, i) => {
    const [id, name] = SECTOR_NAMES[i] ?? [`s${i + 1}`, `Sector ${i + 1}`];
    return { id, name };
  });
}

interface Cast {
  readonly organisations: Organisation[];
  readonly unions: string[];
  readonly communities: string[];
  readonly body: string;
}

function kindAt(i: number, n: number): OrganisationKind {
  if (i === n - 1) return "umbrella";
  const unions = Math.max(2, Math.round(n * 0.2));
  if (i < unions) return "union";
  if (i >= n - 1 - Math.max(1, Math.round(n * 0.2))) return "learning-community";
  return middleKind(i);
}

function middleKind(i: number): OrganisationKind {
  const kinds: readonly OrganisationKind[] = ["professional-association", "subject-platform", "federation", "other"];
  return kinds[i % kinds.length] ?? "other";
}

function castOf(random: Random, count: number, sectors: readonly Sector[], on: IsoDate, edge: boolean): Cast {
  const ids = sectors.map((s) => s.id);
  const organisations: Organisation[] = [];
  const unions: string[] = [];
  const communities: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kindAt(i, count);
    const id = kind === "umbrella" ? "oc2" : `org${pad(i + 1, 2)}`;
    const wide = kind === "union" || kind === "umbrella" || kind === "learning-community";
    const served = wide ? (random.chance(0.8) ? ids : random.sample(ids, ids.length - 1)) : random.sample(ids, random.int(1, 2));
    const big = kind === "union";
    const total = big ? random.int(5_000, 90_000) : random.int(100, 12_000);
    // Membership ties happen in real data; a few round figures make them likely here too.
    const rounded = random.chance(0.2) ? Math.round(total / 10_000) * 10_000 : total;
    const bySector: Record<string, number> = {};
    for (const sector of served) if (random.chance(0.7)) bySector[sector] = random.int(0, Math.max(1, Math.round(rounded / 2)));
    const hasMembers = kind !== "learning-community" && !(edge && random.chance(0.1));
    const founded = edge && random.chance(0.15) ? shiftDays(on, random.int(-900, 400)) : `${random.int(1990, 2015)}-01-01`;
    // One organisation in a dozen has dissolved, as the LC did; under edge cases some dissolve later.
    const dissolved =
      kind !== "umbrella" && random.chance(edge ? 0.15 : 0.08) ? shiftDays(on, edge ? random.int(-800, 800) : -random.int(30, 1500)) : undefined;
    const org: Organisation = {
      id,
      name: `Organisatie ${id}`,
      shortName: id.toUpperCase(),
      kind,
      sectors: served,
      ...(hasMembers ? { members: { total: rounded, asOf: "2024-01-01", ...(Object.keys(bySector).length > 0 ? { bySector } : {}) } } : {}),
      founded,
      ...(dissolved !== undefined && dissolved > founded ? { dissolved } : {}),
    };
    organisations.push(org);
    if (kind === "union") unions.push(id);
    if (kind === "learning-community") communities.push(id);
  }
  return { organisations, unions, communities, body: "oc2" };
}

/**
 * Picks a region uniformly, so that deep levels, which hold most regions, get most
 * mandates; a small share more goes to the national level, as real mandates do.
 */
function regionPicker(random: Random, regions: readonly Region[], national: number): () => string {
  const ids = regions.map((r) => r.id);
  return () => (random.chance(national) ? "nl" : random.pick(ids));
}

function grantFor(random: Random, model: ModelKind, cast: Cast, holder: string): Mandate["grant"] {
  const x = random.next();
  const other = random.pick(cast.organisations.filter((o) => o.id !== holder).map((o) => o.id));
  if (model === "coordination") {
    if (x < 0.8) return { by: "agreement", agreement: "a1" };
    if (x < 0.9) return { by: "statute" };
    return x < 0.95 ? { by: "delegation", from: other } : { by: "authority", authority: "OCW" };
  }
  if (model === "oc2") {
    if (x < 0.4) return holder === cast.body ? { by: "statute" } : { by: "delegation", from: cast.body };
    if (x < 0.8) return { by: "statute" };
    return x < 0.9 ? { by: "delegation", from: other } : { by: "authority", authority: "OCW" };
  }
  if (x < 0.3) return { by: "agreement", agreement: "a1" };
  if (x < 0.7) return { by: "statute" };
  return x < 0.9 ? { by: "delegation", from: other } : { by: "authority", authority: "OCW" };
}

function validity(random: Random, on: IsoDate, lapsed: number, future: number): { validFrom: IsoDate; validUntil?: IsoDate } {
  const x = random.next();
  if (x < lapsed) {
    const from = shiftDays(on, -random.int(400, 4400));
    return { validFrom: from, validUntil: shiftDays(from, random.int(30, Math.max(31, daysBetween(from, on) - 1))) };
  }
  if (x < lapsed + future) {
    const from = shiftDays(on, random.int(1, 700));
    return random.chance(0.5) ? { validFrom: from } : { validFrom: from, validUntil: shiftDays(from, random.int(365, 1800)) };
  }
  const from = shiftDays(on, -random.int(0, 3650));
  return random.chance(0.25) ? { validFrom: from } : { validFrom: from, validUntil: shiftDays(on, random.int(1, 1800)) };
}

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}

function mandateList(random: Random, o: Required<Pick<GenerateOptions, "mandates" | "model">>, parts: Parts): Mandate[] {
  const { cast, themes, sectors, regions, on, lapsed, future } = parts;
  const pickRegion = regionPicker(random, regions, parts.national);
  const sectorIds = sectors.map((s) => s.id);
  const themeIds = themes.map((t) => t.id);
  const preferred = o.model === "coordination" ? cast.unions : o.model === "oc2" ? [cast.body, ...cast.unions] : cast.unions;
  const everyone = cast.organisations.map((org) => org.id);
  const width = String(o.mandates).length;
  const mandates: Mandate[] = [];
  for (let i = 0; i < o.mandates; i++) {
    const holder = random.chance(0.75) ? random.pick(preferred) : random.pick(everyone);
    const found = cast.organisations.find((org) => org.id === holder);
    const served = found === undefined ? [] : sectorsOn(found, undefined);
    const allThemes = themeIds.length === 0 || random.chance(parts.edge ? 0.05 : 0.005);
    const scopeThemes = allThemes ? "all" : random.sample(themeIds, random.chance(0.8) ? 1 : 2);
    const first = pickRegion();
    const scopeRegions = random.chance(0.1) ? [...new Set([first, pickRegion()])] : [first];
    const pool = served.length > 0 ? served : sectorIds;
    const scopeSectors = sectorIds.length === 0 || random.chance(0.55) ? "all" : random.sample(pool, random.int(1, 2));
    mandates.push({
      id: `m${pad(i + 1, width)}`,
      holder,
      role: random.chance(0.75) ? "lead" : "member",
      scope: { themes: scopeThemes, regions: scopeRegions, sectors: scopeSectors },
      ...validity(random, on, lapsed, future),
      grant: grantFor(random, o.model, cast, holder),
    });
  }
  return mandates;
}

interface Parts {
  readonly cast: Cast;
  readonly themes: readonly Theme[];
  readonly regions: readonly Region[];
  readonly sectors: readonly Sector[];
  readonly on: IsoDate;
  readonly lapsed: number;
  readonly future: number;
  readonly national: number;
  readonly edge: boolean;
}

function coordination(random: Random, parts: Parts, fallback: Fallback | undefined): GovernanceModel {
  const parties = parts.cast.unions;
  const { edge, on } = parts;
  const signatories = edge && random.chance(0.15) ? parties.slice(1) : parties;
  const signedOn = edge ? shiftDays(on, random.int(-2000, 300)) : "2020-01-01";
  const ends = edge && random.chance(0.2) ? { validUntil: shiftDays(signedOn, random.int(200, 3000)) } : {};
  return {
    kind: "coordination",
    parties,
    agreement: { id: "a1", signedOn, signatories, ...ends },
    fallback: fallback ?? (edge ? random.pick(["none", "largest-membership", "joint"] as const) : "largest-membership"),
  };
}

function oc2(random: Random, parts: Parts): GovernanceModel {
  const { cast, regions, edge, on } = parts;
  const chapters = regions
    .filter((r) => (r.parent === undefined ? edge && random.chance(0.2) : random.chance(r.parent === "nl" ? 0.6 : 0.15)))
    .map((r) => ({ region: r.id, organisation: edge && random.chance(0.1) ? cast.body : random.pick(cast.communities.length > 0 ? cast.communities : [cast.body]) }));
  return {
    kind: "oc2",
    body: cast.body,
    established: edge ? shiftDays(on, random.int(-1500, 300)) : shiftDays(on, -1000),
    board: { seats: cast.unions.map((organisation) => ({ organisation, seats: 2 })), teacherSeats: 5 },
    assembly: { openToUnorganised: true },
    advisoryCouncil: { seats: 50, allocation: "membership" },
    chapters,
    safeguards: { mandatoryRegister: false },
    funding: { structural: true, annualBudgetEur: 2_500_000, fte: 20 },
  };
}

function condition(random: Random, parts: Parts): RuleCondition | undefined {
  const when: { themes?: string[]; regions?: string[]; sectors?: string[]; themeKind?: "professional" | "labour" } = {};
  const themeIds = parts.themes.map((t) => t.id);
  const sectorIds = parts.sectors.map((s) => s.id);
  // Realistic rules name their themes; edge cases also try rules without them.
  if (themeIds.length > 0 && (!parts.edge || random.chance(0.4))) when.themes = random.sample(themeIds, random.int(1, 2));
  if (random.chance(0.3)) when.regions = random.sample(parts.regions.map((r) => r.id), random.int(1, 2));
  if (sectorIds.length > 0 && random.chance(0.3)) when.sectors = random.sample(sectorIds, random.int(1, 2));
  if (random.chance(0.2)) when.themeKind = random.pick(["professional", "labour"] as const);
  return Object.keys(when).length === 0 ? undefined : when;
}

function action(random: Random, parts: Parts): RuleAction {
  const ids = parts.cast.organisations.map((o) => o.id);
  const x = random.next();
  if (x < 0.25) return { assign: { lead: random.pick(ids), members: random.sample(ids, random.int(0, 2)) } };
  if (x < 0.45) {
    const among = random.chance(0.3) ? "all" : random.sample(ids, random.int(1, 4));
    return { largestMembership: { among, joint: random.chance(0.5) } };
  }
  if (x < 0.65) {
    const every = random.pick([{ years: 1 }, { months: 6 }, { months: 1 }, { weeks: 2 }, { years: 2, months: 3 }, { days: 45 }]);
    return { rotate: { among: random.sample(ids, random.int(1, 4)), every, startingOn: shiftDays(parts.on, random.int(-1500, 200)) } };
  }
  if (x < 0.85) {
    const grants = random.chance(0.5) ? { grants: random.sample<GrantKind>(["agreement", "statute", "delegation", "authority"], random.int(1, 3)) } : {};
    return { mandates: grants };
  }
  return { unrepresented: { reason: "de partijen regelen dit zelf" } };
}

function alternative(random: Random, parts: Parts): GovernanceModel {
  const { edge } = parts;
  const rules: Rule[] = [];
  const extra = edge ? random.int(0, 6) : 6 + Math.round(parts.themes.length / 5);
  if (!edge || random.chance(0.5)) rules.push({ id: "labour", when: { themeKind: "labour" }, then: { mandates: { grants: ["statute"] } } });
  for (let i = 0; i < extra; i++) {
    const when = condition(random, parts);
    rules.push({ id: `r${i + 1}`, ...(when === undefined ? {} : { when }), then: action(random, parts) });
  }
  if (!edge || random.chance(0.7)) rules.push({ id: "default", then: { mandates: {} } });
  return { kind: "alternative", name: "Gegenereerd alternatief", description: "Regels uit de generator", rules };
}

/**
 * Builds a synthetic scenario document from a seed: a region tree, a theme tree,
 * sectors, organisations, overlapping mandates over years, and the model.
 *
 * @param options - the seed, the model and the sizes
 * @returns a plain document that `parseScenario` accepts
 * @throws Error starting `generateScenario:` when the sizes cannot be met
 */
export function generateScenario(options: GenerateOptions): ScenarioDocument {
  const organisations = options.organisations ?? 12;
  if (organisations < 3) throw new Error("generateScenario: at least 3 organisations are needed (two parties and a body)");
  if (options.regions < 1) throw new Error("generateScenario: at least one region (the root) is needed");
  const random = new Random(options.seed);
  const on = options.on ?? "2026-06-01";
  const edge = options.edgeCases ?? false;
  const sectors = sectorList(options.sectors);
  const regions = regionTree(options.regions, options.regionDepth, options.regionFanOut);
  const themes = themeTree(random, options.themes, Math.max(1, options.themeRoots ?? Math.ceil(options.themes / 4)));
  const cast = castOf(random, organisations, sectors, on, edge);
  const parts: Parts = { cast, themes, regions, sectors, on, lapsed: options.lapsedShare ?? 0.3, future: options.futureShare ?? 0.05, national: options.nationalShare ?? 0.01, edge };
  const mandates = mandateList(random, { mandates: options.mandates, model: options.model }, parts);
  const model =
    options.model === "coordination" ? coordination(random, parts, options.fallback)
    : options.model === "oc2" ? oc2(random, parts)
    : alternative(random, parts);
  return {
    schemaVersion: 1,
    id: `generated-${options.model}-${options.seed}`,
    name: `Generated ${options.model} scenario (seed ${options.seed})`,
    sectors,
    regions,
    themes,
    organisations: cast.organisations,
    mandates,
    population: { teachers: 250_000, asOf: "2024-01-01" },
    model,
  };
}

/** The document of one benchmark size. */
export function generateSize(size: SizeName, model: ModelKind, seed = 1): ScenarioDocument {
  return generateScenario({ ...SIZES[size], model, seed });
}
