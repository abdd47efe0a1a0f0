import { rulesOf } from "../governance/models.js";
import { compareIds, sortedUnique } from "../internal/compare-ids.js";
import { inInterval } from "../model/dates.js";
import { membersOn, sectorsOn } from "../model/organisation-facts.js";
import type { IsoDate, Members, MembershipOverlap, Organisation, Scenario } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";
import { type CountedFigure, overlapBounds, type PairFigure } from "./reach-overlap.js";

/**
 * The membership figure of an organisation in force on a day: the one place the reach
 * reads a figure, so that a series of dated figures needs a change here only. Today an
 * organisation has one figure, which holds on every day.
 */
 
function figureOn(org: Organisation | undefined, on: IsoDate): Members | undefined {
  return org === undefined ? undefined : membersOn(org, on);
}

/** One membership figure that counts towards the reach. @category Analysis */
export interface ReachCount {
  readonly organisation: string;
  /** Its `members.total`: the figure in force on the day (see `membersOn`). */
  readonly members: number;
  /** The day the figure holds on. */
  readonly asOf: IsoDate;
  /**
   * The delegation member without a figure of its own through which this
   * organisation was reached (it is one of that body's member organisations:
   * it is `memberOf` the body, or holds board seats in the OC 2.0 body); null when
   * the organisation sits in a delegation itself.
   */
  readonly via: string | null;
}

/** An organisation left uncounted because a federation it belongs to is counted and its figure includes it. @category Analysis */
export interface CoveredMembership {
  readonly organisation: string;
  /** The federations it belongs to (transitively through `memberOf`) that also contribute a figure, sorted by id. */
  readonly within: readonly string[];
}

/**
 * Members two counted organisations share, which the reach counts once.
 * @example
 * ```ts
 * const reach = analyseScenario(scenario, { on: "2025-06-01" }).reach;
 * reach.overlaps.every((o: ReachOverlap) => o.organisations.length === 2); // => true
 * ```
 * @category Analysis
 */
export interface ReachOverlap {
  /** The two organisations, sorted by id. */
  readonly organisations: readonly [string, string];
  /** The shared members: the figure of a scenario's `overlaps`, or at least the figure of their common member organisations. */
  readonly members: number;
  /** The day of the `overlaps` figure; null when the figure comes from common member organisations. */
  readonly asOf: IsoDate | null;
  /** Empty for an `overlaps` figure; else the member organisations (with figures) that both include, sorted by id. */
  readonly through: readonly string[];
}

/**
 * The teachers the delegations reach, each once, as a range: where the data leaves the
 * number open, the truth lies between the bounds.
 * @example
 * ```ts
 * const { lower, upper }: TeachersReached = analyseScenario(scenario, { on: "2025-06-01" }).reach.teachersReached;
 * lower === null || upper === null || lower <= upper; // => true
 * ```
 * @category Analysis
 */
export interface TeachersReached {
  /** The fewest teachers the figures prove reached (organisations with a teacher figure only); null when no counted figure says how many of its members are teachers. */
  readonly lower: number | null;
  /** The most teachers the figures allow (members count as teachers where no teacher figure is known), never above `population.teachers`; null when some organisation reached has no figure and the population is unknown. */
  readonly upper: number | null;
}

/**
 * What the reach could not separate, as data.
 * @example
 * ```ts
 * const open: Unseparated = analyseScenario(scenario, { on: "2025-06-01" }).reach.unseparated;
 * open.noTeacherFigure.length >= 0; // => true
 * ```
 * @category Analysis
 */
export interface Unseparated {
  /** Counted organisations whose figure does not say how many members are teachers: all their members are taken as teachers in the upper bound, none in the lower. Sorted by id. */
  readonly noTeacherFigure: readonly string[];
  /**
   * Groups of counted organisations that may share members with no figure saying how
   * many: two organisations may when they serve a common sector or include a common
   * member organisation, and no `overlaps` figure covers the pair. Each group sorted by id,
   * the groups by their first id.
   */
  readonly mayOverlap: readonly (readonly string[])[];
}

/**
 * The members that the delegations of a matrix represent. Each member figure is
 * counted once: see docs/analysis.md for the rule on federations.
 * @category Analysis
 */
export interface Reach {
  /** The sum of the counted figures. */
  readonly members: number;
  /** `population.teachers`, or null when the scenario has no population. */
  readonly teachers: number | null;
  /** `members / teachers`, not capped at 1 (figures may include support staff); null without a population. */
  readonly share: number | null;
  /** Every organisation that sits in the delegation of some represented cell, sorted by id. */
  readonly delegations: readonly string[];
  /** The figures counted, sorted by organisation id; no organisation appears twice. */
  readonly counted: readonly ReachCount[];
  /** Organisations not counted because a counted federation's figure includes them. */
  readonly covered: readonly CoveredMembership[];
  /** Organisations reached (in a delegation, or as a member organisation of one without a figure) that have no figure and no member organisations to count instead, sorted by id. */
  readonly unknown: readonly string[];
  /** The teachers reached, each once, as a range (see docs/analysis.md). */
  readonly teachersReached: TeachersReached;
  /** The shared members subtracted or bounded, sorted by the pair. */
  readonly overlaps: readonly ReachOverlap[];
  /** What the reach could not separate. */
  readonly unseparated: Unseparated;
}

/** Every organisation that `id` belongs to, directly or through federations; guarded against `memberOf` cycles. */
function ancestorsOf(id: string, byId: ReadonlyMap<string, Organisation>): Set<string> {
  const found = new Set<string>();
  const stack = [...(byId.get(id)?.memberOf ?? [])];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (found.has(next)) continue;
    found.add(next);
    for (const federation of byId.get(next)?.memberOf ?? []) stack.push(federation);
  }
  return found;
}

/** The member organisations of each organisation that exist on the day: `memberOf` links, and the OC 2.0 body's board seats in force on the day. */
function memberOrganisationsOf(scenario: Scenario, on: IsoDate, exists: (o: Organisation) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // A set beside each list: looking a child up in the list itself is quadratic in a large federation.
  const listed = new Map<string, Set<string>>();
  const add = (parent: string, child: string): void => {
    const list = out.get(parent);
    const seen = listed.get(parent);
    if (list === undefined || seen === undefined) {
      out.set(parent, [child]);
      listed.set(parent, new Set([child]));
    } else if (!seen.has(child)) {
      seen.add(child);
      list.push(child);
    }
  };
  for (const org of scenario.organisations) {
    if (exists(org)) for (const federation of org.memberOf ?? []) add(federation, org.id);
  }
  const model = rulesOf(scenario.model).facts(scenario.model, on).body;
  if (model !== undefined) {
    const byId = new Map(scenario.organisations.map((o) => [o.id, o]));
    for (const seat of model.board?.seats ?? []) {
      const org = byId.get(seat.organisation);
      if (org !== undefined && exists(org) && org.id !== model.body) add(model.body, org.id);
    }
  }
  return out;
}

/**
 * The reach of the delegations of some resolved cells on one day.
 *
 * 1. Take every organisation in a delegation.
 * 2. One with a member figure contributes itself; one without contributes, in its
 *    place, its member organisations that exist on the day (recursively): those
 *    `memberOf` it and, for the OC 2.0 body, those holding its board seats. When
 *    it has neither, it is `unknown`.
 * 3. Drop every contributor that belongs (through `memberOf`, transitively) to
 *    another contributor: the federation's figure already includes its members.
 *    In a `memberOf` cycle the smallest id stands for the rest.
 * 4. Sum what is left.
 */
export function reachOf(scenario: Scenario, on: IsoDate, cells: readonly Representation[]): Reach {
  return reachWithFigures(scenario, on, cells).reach;
}

/**
 * The reach, and the most teachers the counted figures allow on their own: the upper bound
 * leaving out the organisations reached without any figure (`unknown`), which would otherwise
 * lift it to the population. Never above `population.teachers`. For `insufficient-members`.
 */
export function reachWithFigures(scenario: Scenario, on: IsoDate, cells: readonly Representation[]): { readonly reach: Reach; readonly upperOfFigures: number } {
  const byId = new Map(scenario.organisations.map((o) => [o.id, o]));
  const exists = (o: Organisation): boolean => inInterval(on, o.founded, o.dissolved);
  const memberOrganisations = memberOrganisationsOf(scenario, on, exists);

  const delegations = sortedUnique(cells.flatMap((cell) => cell.delegation));
  const contributors = new Map<string, string | null>();
  const unknown = new Set<string>();
  // Depth first from each organisation in a delegation, with a stack rather than recursion:
  // a chain of member organisations may be longer than the call stack allows. The organisations
  // below a delegation's member are all reached through it (`via`), so one whose members were
  // pushed once needs no second visit: the first visit already filed everything a second would.
  const pushed = new Set<string>();
  for (const top of delegations) {
    const todo: [string, string | null][] = [[top, null]];
    for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
      const [id, via] = next;
      if (figureOn(byId.get(id), on) !== undefined) {
        // Reached directly wins over reached through a body.
        if (!contributors.has(id) || via === null) contributors.set(id, via);
        continue;
      }
      if (pushed.has(id)) continue;
      pushed.add(id);
      const members = memberOrganisations.get(id) ?? [];
      if (members.length === 0) unknown.add(id);
      // Last to first, so that the first member is taken first.
      for (let k = members.length - 1; k >= 0; k--) todo.push([members[k] as string, via ?? id]);
    }
  }

  const ids = [...contributors.keys()];
  const ancestors = new Map(ids.map((id) => [id, ancestorsOf(id, byId)]));
  const counted: ReachCount[] = [];
  const covered: CoveredMembership[] = [];
  for (const id of ids.sort(compareIds)) {
    // The contributors among its own federations, not every contributor tested against them:
    // with many contributors the second is quadratic, and most have few or no federations.
    const within: string[] = [];
    for (const other of ancestors.get(id) ?? []) {
      if (other !== id && contributors.has(other) && (!(ancestors.get(other)?.has(id) ?? false) || compareIds(other, id) < 0)) within.push(other);
    }
    if (within.length > 0) {
      covered.push({ organisation: id, within: within.sort(compareIds) });
      continue;
    }
    const members = figureOn(byId.get(id), on);
    if (members !== undefined) counted.push({ organisation: id, members: members.total, asOf: members.asOf, via: contributors.get(id) ?? null });
  }

  const total = counted.reduce((sum, c) => sum + c.members, 0);
  const teachers = scenario.population?.teachers ?? null;
  const separated = teachersOnce(scenario, on, counted, exists);
  const cap = (n: number): number => (teachers === null ? n : Math.min(n, teachers));
  const reach: Reach = {
    members: total,
    teachers,
    share: teachers === null || teachers === 0 ? null : total / teachers,
    delegations,
    counted,
    covered,
    unknown: [...unknown].sort(compareIds),
    teachersReached: {
      lower: separated.bounds.lower === null ? null : cap(separated.bounds.lower),
      upper: unknown.size > 0 ? teachers : cap(separated.bounds.upper),
    },
    overlaps: separated.overlaps,
    unseparated: { noTeacherFigure: separated.noTeacherFigure, mayOverlap: separated.bounds.mayOverlap },
  };
  return { reach, upperOfFigures: cap(separated.bounds.upper) };
}

/** The overlaps of the scenario in force on the day: for each pair, the latest figure dated on or before it. */
function overlapsOn(overlaps: readonly MembershipOverlap[] | undefined, on: IsoDate): Map<string, MembershipOverlap> {
  const latest = new Map<string, MembershipOverlap>();
  for (const overlap of overlaps ?? []) {
    if (overlap.asOf > on) continue;
    const key = sortedUnique(overlap.organisations).join("\u0000");
    const before = latest.get(key);
    if (before === undefined || before.asOf < overlap.asOf) latest.set(key, overlap);
  }
  return latest;
}

/**
 * The counted organisations' teachers, each once: the pairs that share members (from the
 * scenario's `overlaps`, and from member organisations that two counted federations both
 * include), and the bounds they give.
 */
function teachersOnce(scenario: Scenario, on: IsoDate, counted: readonly ReachCount[], exists: (o: Organisation) => boolean) {
  const byId = new Map(scenario.organisations.map((o) => [o.id, o]));
  const figures: CountedFigure[] = counted.map((c) => {
    const org = byId.get(c.organisation);
    return { id: c.organisation, members: c.members, teachers: figureOn(org, on)?.teachers ?? null, sectors: org === undefined ? [] : sectorsOn(org, on) };
  });
  const countedIds = new Set(figures.map((f) => f.id));
  const pairs = new Map<string, PairFigure & { asOf: IsoDate | null; through: string[] }>();
  for (const [key, overlap] of overlapsOn(scenario.overlaps, on)) {
    const [a, b] = sortedUnique(overlap.organisations) as [string, string];
    if (countedIds.has(a) && countedIds.has(b)) pairs.set(key, { a, b, members: overlap.members, exact: true, asOf: overlap.asOf, through: [] });
  }
  // Member organisations that two counted organisations both include (through memberOf):
  // their members are in both figures. Walked down from each counted organisation that has members.
  const children = new Map<string, string[]>();
  for (const org of scenario.organisations) {
    if (!exists(org)) continue;
    for (const parent of org.memberOf ?? []) {
      const list = children.get(parent);
      if (list === undefined) children.set(parent, [org.id]);
      else list.push(org.id);
    }
  }
  const within = new Map<string, string[]>();
  for (const top of countedIds) {
    const seen = new Set<string>([top]);
    const todo = (children.get(top) ?? []).slice();
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      const tops = within.get(id);
      if (tops === undefined) within.set(id, [top]);
      else tops.push(top);
      for (const child of children.get(id) ?? []) todo.push(child);
    }
  }
  for (const [member, tops] of within) {
    if (tops.length < 2) continue;
    const shared = figureOn(byId.get(member), on)?.total ?? 0;
    const sorted = sortedUnique(tops);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] as string;
        const b = sorted[j] as string;
        const key = `${a}\u0000${b}`;
        const before = pairs.get(key);
        if (before?.exact === true) continue;
        pairs.set(key, { a, b, members: Math.max(before?.members ?? 0, shared), exact: false, asOf: null, through: shared > 0 ? [...(before?.through ?? []), member] : (before?.through ?? []) });
      }
    }
  }
  const list = [...pairs.entries()].sort(([x], [y]) => compareIds(x, y)).map(([, p]) => p);
  return {
    bounds: overlapBounds(figures, list),
    overlaps: list
      .filter((p) => p.exact || p.members > 0)
      .map((p): ReachOverlap => ({ organisations: [p.a, p.b], members: p.members, asOf: p.asOf, through: sortedUnique(p.through) })),
    noTeacherFigure: figures.filter((f) => f.teachers === null).map((f) => f.id),
  };
}
