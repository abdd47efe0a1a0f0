/**
 * The naive baseline and correctness oracle: a direct reading of DOMAIN.md,
 * "Working out who represents". For every cell it scans every mandate of the
 * scenario, builds the model's claims and applies the five steps as written.
 * It shares no code with the library's resolver, so that agreement between the
 * two means something.
 */
import { add, format } from "date-fns";
import type { IsoDate, Mandate, Members, Organisation, Period, Rule, Scenario } from "../src/model/types.js";

/** The part of an answer the oracle checks. */
export interface NaiveAnswer {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly status: "represented" | "contested" | "unrepresented";
  readonly lead: string | null;
  readonly delegation: readonly string[];
  readonly contenders: readonly string[];
}

/** One cell: a theme, a region, a sector or null for the whole profession, a day. */
export interface NaiveCell {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly on: IsoDate;
}

interface NaiveClaim {
  readonly id: string;
  readonly role: "lead" | "member";
  readonly holder: string | null;
  readonly members: readonly string[];
  readonly tier: number;
  /** Depth of the covering theme: -2 for all themes, -1 for a theme kind, else the theme's depth. */
  readonly theme: number;
  readonly region: number;
  readonly sectors: readonly string[] | "all";
  readonly from?: IsoDate;
  readonly until?: IsoDate;
  readonly order?: number;
  /** False when the model does not accept the claim (wrong grant, model not active ...). */
  readonly counts: boolean;
  readonly defer?: readonly NaiveClaim[];
}

/** Parent maps and organisations, read once per scenario; the mandates are still scanned per cell. */
export interface NaiveContext {
  readonly scenario: Scenario;
  readonly regionParent: ReadonlyMap<string, string | undefined>;
  readonly themeParent: ReadonlyMap<string, string | undefined>;
  readonly organisations: ReadonlyMap<string, Organisation>;
}

/** Reads the trees and organisations of a scenario for the oracle. */
export function naiveContext(scenario: Scenario): NaiveContext {
  return {
    scenario,
    regionParent: new Map(scenario.regions.map((r) => [r.id, r.parent])),
    themeParent: new Map(scenario.themes.map((t) => [t.id, t.parent])),
    organisations: new Map(scenario.organisations.map((o) => [o.id, o])),
  };
}

function depth(id: string, parent: ReadonlyMap<string, string | undefined>): number {
  let d = 0;
  for (let at = parent.get(id); at !== undefined; at = parent.get(at)) d++;
  return d;
}

/** True when `id` is `ancestor` or lies below it. */
function within(id: string, ancestor: string, parent: ReadonlyMap<string, string | undefined>): boolean {
  for (let at: string | undefined = id; at !== undefined; at = parent.get(at)) if (at === ancestor) return true;
  return false;
}

/** Depth of the deepest listed node that covers `id`, or undefined when none does. */
function deepestCovering(id: string, listed: readonly string[], parent: ReadonlyMap<string, string | undefined>): number | undefined {
  let best: number | undefined;
  for (const node of listed) if (within(id, node, parent)) best = Math.max(best ?? -Infinity, depth(node, parent));
  return best;
}

function themeKind(ctx: NaiveContext, theme: string): "professional" | "labour" {
  for (let at: string | undefined = theme; at !== undefined; at = ctx.themeParent.get(at)) {
    const kind = ctx.scenario.themes.find((t) => t.id === at)?.kind;
    if (kind !== undefined) return kind;
  }
  return "professional";
}

function exists(ctx: NaiveContext, id: string, on: IsoDate): boolean {
  const org = ctx.organisations.get(id);
  if (org === undefined) return false;
  return (org.founded === undefined || org.founded <= on) && (org.dissolved === undefined || on < org.dissolved);
}

/** The sectors served on a day, by a linear scan of dated lists. */
function sectorsOnDay(sectors: readonly string[] | readonly { from: string; until?: string; value: readonly string[] }[], on: string): readonly string[] {
  const out: string[] = [];
  for (const item of sectors) {
    if (typeof item === "string") out.push(item);
    else if (item.from <= on && (item.until === undefined || on < item.until)) out.push(...item.value);
  }
  return out;
}

function serves(ctx: NaiveContext, id: string, sector: string | null, on: string): boolean {
  const org = ctx.organisations.get(id);
  return sector === null || (org !== undefined && sectorsOnDay(org.sectors, on).includes(sector));
}

/** Members in the sector on the day; -1 when unknown, so that any known figure ranks above it. */
function membersIn(ctx: NaiveContext, id: string, sector: string | null, on: string): number {
  const all = ctx.organisations.get(id)?.members;
  if (all === undefined) return -1;
  // A single figure holds on every day; in a series, the last one dated on or before the day.
  const series: readonly Members[] = Array.isArray(all) ? all : [all as Members];
  const members = Array.isArray(all) ? series.filter((m) => m.asOf <= on).pop() : series[0];
  if (members === undefined) return -1;
  const bySector = sector === null || members.bySector === undefined || !Object.hasOwn(members.bySector, sector) ? undefined : members.bySector[sector];
  return bySector ?? members.total;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The eligible candidates and the one with most members; ties go to the smallest id. */
function largest(ctx: NaiveContext, candidates: readonly string[], cell: NaiveCell): { best: string; eligible: string[] } | undefined {
  const eligible = [...new Set(candidates)].filter((id) => exists(ctx, id, cell.on) && serves(ctx, id, cell.sector, cell.on)).sort(byCodeUnits);
  let best: string | undefined;
  let most = -Infinity;
  for (const id of eligible) {
    const members = membersIn(ctx, id, cell.sector, cell.on);
    if (members > most) [best, most] = [id, members];
  }
  return best === undefined ? undefined : { best, eligible };
}

/** The claim of one mandate on the cell, or undefined when its scope does not cover the cell. */
function mandateClaim(ctx: NaiveContext, mandate: Mandate, cell: NaiveCell, tier: number, counts: boolean): NaiveClaim | undefined {
  const scope = mandate.scope;
  const theme = scope.themes === "all" ? -2 : deepestCovering(cell.theme, scope.themes, ctx.themeParent);
  const region = deepestCovering(cell.region, scope.regions, ctx.regionParent);
  if (theme === undefined || region === undefined) return undefined;
  if (scope.sectors !== "all" && (cell.sector === null || !scope.sectors.includes(cell.sector))) return undefined;
  return {
    id: mandate.id,
    role: mandate.role,
    holder: singleHolder(mandate),
    members: [],
    tier,
    theme,
    region,
    sectors: scope.sectors,
    from: mandate.validFrom,
    ...(mandate.validUntil === undefined ? {} : { until: mandate.validUntil }),
    counts,
  };
}

/** Scans every mandate of the scenario. */
function mandateClaims(ctx: NaiveContext, cell: NaiveCell, judge: (m: Mandate) => { tier: number; counts: boolean }): NaiveClaim[] {
  const out: NaiveClaim[] = [];
  for (const mandate of ctx.scenario.mandates) {
    const { tier, counts } = judge(mandate);
    const claim = mandateClaim(ctx, mandate, cell, tier, counts);
    if (claim !== undefined) out.push(claim);
  }
  return out;
}

const WIDEST = { theme: -2, region: 0, sectors: "all" } as const;

function coordinationClaims(ctx: NaiveContext, cell: NaiveCell): NaiveClaim[] {
  const model = ctx.scenario.model;
  if (model.kind !== "coordination") return [];
  const { agreement, parties } = model;
  const inForce =
    parties.every((p) => agreement.signatories.includes(p)) &&
    agreement.signedOn <= cell.on &&
    (agreement.validUntil === undefined || cell.on < agreement.validUntil);
  if (!inForce) return [];
  const claims = mandateClaims(ctx, cell, (m) => ({
    tier: 2,
    counts: m.grant.by === "agreement" && m.grant.agreement === agreement.id && parties.includes(singleHolder(m)),
  }));
  if (model.fallback !== "none") {
    const found = largest(ctx, parties, cell);
    if (found !== undefined) {
      const members = model.fallback === "joint" ? found.eligible.filter((id) => id !== found.best) : [];
      claims.push({ id: "fallback", role: "lead", holder: found.best, members, tier: 1, ...WIDEST, counts: true });
    }
  }
  return claims;
}

function oc2Claims(ctx: NaiveContext, cell: NaiveCell): NaiveClaim[] {
  const model = ctx.scenario.model;
  if (model.kind !== "oc2") return [];
  if (themeKind(ctx, cell.theme) === "labour") return mandateClaims(ctx, cell, (m) => ({ tier: 1, counts: m.grant.by === "statute" }));
  const dissolved = ctx.organisations.get(model.body)?.dissolved;
  if (cell.on < model.established || (dissolved !== undefined && cell.on >= dissolved)) return [];
  const claims = mandateClaims(ctx, cell, (m) => ({ tier: 3, counts: m.grant.by === "delegation" && m.grant.from === model.body }));
  for (const chapter of model.chapters ?? []) {
    if (!within(cell.region, chapter.region, ctx.regionParent)) continue;
    const members = chapter.organisation === model.body ? [] : [model.body];
    const region = depth(chapter.region, ctx.regionParent);
    claims.push({ id: `chapter ${chapter.region}`, role: "lead", holder: chapter.organisation, members, tier: 2, theme: -2, region, sectors: "all", counts: true });
  }
  claims.push({ id: "body", role: "lead", holder: model.body, members: [], tier: 1, ...WIDEST, counts: true });
  return claims;
}

function noon(day: IsoDate): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, m - 1, d);
  return date;
}

/** Whole rotation periods elapsed by `on`, each period counted from the start itself. */
function turnOf(start: IsoDate, every: Period, on: IsoDate): number {
  const after = (k: number): IsoDate =>
    format(add(noon(start), { years: (every.years ?? 0) * k, months: (every.months ?? 0) * k, weeks: (every.weeks ?? 0) * k, days: (every.days ?? 0) * k }), "yyyy-MM-dd");
  let k = 0;
  while (after(k + 1) <= on) k++;
  return k;
}

/** How closely a rule's condition fits, or undefined when it does not match. */
function ruleFit(ctx: NaiveContext, rule: Rule, cell: NaiveCell): { theme: number; region: number; sectors: readonly string[] | "all" } | undefined {
  const when = rule.when ?? {};
  let theme = -2;
  if (when.themeKind !== undefined) {
    if (themeKind(ctx, cell.theme) !== when.themeKind) return undefined;
    theme = -1;
  }
  if (when.themes !== undefined) {
    const d = deepestCovering(cell.theme, when.themes, ctx.themeParent);
    if (d === undefined) return undefined;
    theme = d;
  }
  let region = 0;
  if (when.regions !== undefined) {
    const d = deepestCovering(cell.region, when.regions, ctx.regionParent);
    if (d === undefined) return undefined;
    region = d;
  }
  if (when.sectors !== undefined && (cell.sector === null || !when.sectors.includes(cell.sector))) return undefined;
  return { theme, region, sectors: when.sectors ?? "all" };
}

function alternativeClaims(ctx: NaiveContext, cell: NaiveCell): NaiveClaim[] {
  const model = ctx.scenario.model;
  if (model.kind !== "alternative") return [];
  const claims: NaiveClaim[] = [];
  model.rules.forEach((rule, order) => {
    const fit = ruleFit(ctx, rule, cell);
    if (fit === undefined) return;
    const base = { id: `rule ${rule.id}`, role: "lead", tier: 1, order, ...fit } as const;
    const then = rule.then;
    if ("assign" in then) {
      claims.push({ ...base, holder: singleLead(then.assign), members: then.assign.members ?? [], counts: true });
    } else if ("largestMembership" in then) {
      const among = then.largestMembership.among === "all" ? ctx.scenario.organisations.map((o) => o.id) : then.largestMembership.among;
      const found = largest(ctx, among, cell);
      if (found === undefined) return;
      const members = then.largestMembership.joint === true ? found.eligible.filter((id) => id !== found.best) : [];
      claims.push({ ...base, holder: found.best, members, counts: true });
    } else if ("rotate" in then) {
      const { among, every, startingOn } = then.rotate;
      const started = cell.on >= startingOn;
      const holder = started ? (among[turnOf(startingOn, every, cell.on) % among.length] ?? null) : null;
      claims.push({ ...base, holder, members: [], counts: started });
    } else if ("mandates" in then) {
      const grants = then.mandates.grants;
      const defer = mandateClaims(ctx, cell, (m) => ({ tier: 1, counts: grants === undefined || grants.includes(m.grant.by) }));
      claims.push({ ...base, holder: null, members: [], counts: true, defer });
    } else {
      claims.push({ ...base, holder: null, members: [], counts: true });
    }
  });
  return claims;
}

function atLeastAsSpecific(a: NaiveClaim, b: NaiveClaim): boolean {
  if (a.theme < b.theme || a.region < b.region) return false;
  if (b.sectors === "all") return true;
  if (a.sectors === "all") return false;
  const wide = b.sectors;
  return a.sectors.every((s) => wide.includes(s));
}

type Decision = Pick<NaiveAnswer, "status" | "lead" | "delegation" | "contenders">;

const NOBODY: Decision = { status: "unrepresented", lead: null, delegation: [], contenders: [] };

/** The five steps of DOMAIN.md, applied to a list of claims. */
function decide(ctx: NaiveContext, cell: NaiveCell, claims: readonly NaiveClaim[]): Decision {
  // 1. In force on the day, accepted by the model, held by an organisation that exists.
  const live = claims.filter(
    (c) =>
      c.counts &&
      (c.from === undefined || c.from <= cell.on) &&
      (c.until === undefined || cell.on < c.until) &&
      (c.holder === null || exists(ctx, c.holder, cell.on)),
  );
  const leads = live.filter((c) => c.role === "lead");
  const memberClaims = live.filter((c) => c.role === "member");
  if (leads.length === 0) return NOBODY;
  // 2. The highest tier with a lead claim.
  const tier = Math.max(...leads.map((c) => c.tier));
  const top = leads.filter((c) => c.tier === tier);
  // 3. Drop those another is strictly more specific than.
  let standing = top.filter((c) => !top.some((o) => o !== c && atLeastAsSpecific(o, c) && !atLeastAsSpecific(c, o)));
  // 4. The alternative model's order: the earliest rule.
  if (standing.length > 1 && standing.every((c) => c.order !== undefined)) {
    const first = Math.min(...standing.map((c) => c.order ?? Infinity));
    standing = standing.filter((c) => c.order === first).slice(0, 1);
  }
  const deciders = new Set(standing.map((c) => c.holder ?? `decision ${c.id}`));
  if (deciders.size > 1) {
    const contenders = [...new Set(standing.flatMap((c) => (c.holder === null ? [] : [c.holder])))].sort(byCodeUnits);
    return { status: "contested", lead: null, delegation: [], contenders };
  }
  const winner = standing[0];
  if (winner === undefined) return NOBODY;
  if (winner.defer !== undefined) return decide(ctx, cell, [...winner.defer, ...memberClaims]);
  if (winner.holder === null) return NOBODY;
  // 5. The lead, then the attached members and the member-claim holders, sorted, without repeats.
  const lead = winner.holder;
  const seats = new Set<string>();
  for (const c of standing) for (const m of c.members) if (exists(ctx, m, cell.on)) seats.add(m);
  for (const c of memberClaims) if (c.holder !== null) seats.add(c.holder);
  seats.delete(lead);
  return { status: "represented", lead, delegation: [lead, ...[...seats].sort(byCodeUnits)], contenders: [] };
}

/** Every claim the scenario's model makes on the cell, found by scanning everything. */
export function naiveClaimCount(ctx: NaiveContext, cell: NaiveCell): number {
  return claimsOf(ctx, cell).length;
}

function claimsOf(ctx: NaiveContext, cell: NaiveCell): NaiveClaim[] {
  switch (ctx.scenario.model.kind) {
    case "coordination":
      return coordinationClaims(ctx, cell);
    case "oc2":
      return oc2Claims(ctx, cell);
    case "alternative":
      return alternativeClaims(ctx, cell);
  }
}

/** Who represents one cell, worked out the naive way. */
export function naiveResolve(ctx: NaiveContext, cell: NaiveCell): NaiveAnswer {
  return { theme: cell.theme, region: cell.region, sector: cell.sector, ...decide(ctx, cell, claimsOf(ctx, cell)) };
}

/** Every cell of the matrix on a day, theme-major, then region, then sector, as the library orders them. */
export function naiveCells(scenario: Scenario, on: IsoDate): NaiveCell[] {
  const sectors = scenario.sectors.length === 0 ? [null] : scenario.sectors.map((s) => s.id);
  const cells: NaiveCell[] = [];
  for (const t of scenario.themes) for (const r of scenario.regions) for (const sector of sectors) cells.push({ theme: t.id, region: r.id, sector, on });
  return cells;
}

/** The whole matrix on a day, the naive way. */
export function naiveMatrix(scenario: Scenario, on: IsoDate): NaiveAnswer[] {
  const ctx = naiveContext(scenario);
  return naiveCells(scenario, on).map((cell) => naiveResolve(ctx, cell));
}

/** The one holder of a mandate: this baseline predates coalitions and refuses them rather than misread them. */
export function singleHolder(mandate: Pick<Mandate, "id" | "holder" | "holders">): string {
  if (mandate.holder === undefined || mandate.holders !== undefined) throw new Error(`naive baseline: mandate "${mandate.id}" is held by a coalition, which the baseline does not model`);
  return mandate.holder;
}

/** The one lead of an `assign` rule; see {@link singleHolder}. */
function singleLead(assign: { readonly lead?: string; readonly leads?: readonly string[] }): string {
  if (assign.lead === undefined) throw new Error("naive baseline: a rule assigns a coalition, which the baseline does not model");
  return assign.lead;
}
