import { rulesOf } from "../governance/models.js";
import { compareIds, sortedUnique } from "../internal/compare-ids.js";
import { inInterval } from "../model/dates.js";
import { membersOn } from "../model/organisation-facts.js";
import type { IsoDate, Organisation, Scenario } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";

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
      const org = byId.get(id);
      if (org !== undefined && membersOn(org, on) !== undefined) {
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
    const org = byId.get(id);
    const members = org === undefined ? undefined : membersOn(org, on);
    if (members !== undefined) counted.push({ organisation: id, members: members.total, asOf: members.asOf, via: contributors.get(id) ?? null });
  }

  const total = counted.reduce((sum, c) => sum + c.members, 0);
  const teachers = scenario.population?.teachers ?? null;
  return {
    members: total,
    teachers,
    share: teachers === null || teachers === 0 ? null : total / teachers,
    delegations,
    counted,
    covered,
    unknown: [...unknown].sort(compareIds),
  };
}
