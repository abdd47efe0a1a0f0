import { compareIds } from "../internal/compare-ids.js";

/** One organisation the reach counts, as the bounds see it. */
export interface CountedFigure {
  readonly id: string;
  /** Its members (`total`). */
  readonly members: number;
  /** Of those, the teachers, or null when the figure does not say. */
  readonly teachers: number | null;
  /** The sectors it serves. */
  readonly sectors: readonly string[];
}

/** What is known about the members two counted organisations share. */
export interface PairFigure {
  readonly a: string;
  readonly b: string;
  /** Members of both: exact when `exact`, else at least this many (from common member organisations). */
  readonly members: number;
  readonly exact: boolean;
}

/** The teachers reached, as a range, and the groups the data cannot separate. */
export interface OverlapBounds {
  readonly lower: number | null;
  readonly upper: number;
  readonly mayOverlap: string[][];
}

/** Union-find over ids. */
class Groups {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    // Point the path at the root, so that later finds are short.
    for (let at = id; at !== root; ) {
      const up = this.parent.get(at) ?? root;
      this.parent.set(at, root);
      at = up;
    }
    return root;
  }
  join(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent.set(ra, rb);
    return true;
  }
}

const pairKey = (a: string, b: string): string => (compareIds(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Which of `ids` may share members with another of them that no exact figure covers: two
 * organisations may overlap when they serve a common sector or when a common member
 * organisation makes them share members. Returns the union-find of those pairs and the ids
 * that have one. Pairs are never listed one by one (a sector may hold thousands of
 * organisations): within a sector, an organisation has an open pair when it has fewer exact
 * partners there than the others serving it.
 */
function openPairs(ids: readonly string[], byId: ReadonlyMap<string, CountedFigure>, pairs: readonly PairFigure[]): { groups: Groups; open: Set<string> } {
  const inSet = new Set(ids);
  const exactPartners = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (!p.exact || !inSet.has(p.a) || !inSet.has(p.b)) continue;
    for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) {
      const set = exactPartners.get(x) ?? new Set<string>();
      set.add(y);
      exactPartners.set(x, set);
    }
  }
  const groups = new Groups();
  const open = new Set<string>();
  const bySector = new Map<string, string[]>();
  for (const id of ids) {
    for (const sector of new Set(byId.get(id)?.sectors ?? [])) {
      const list = bySector.get(sector) ?? [];
      list.push(id);
      bySector.set(sector, list);
    }
  }
  for (const serving of bySector.values()) {
    const members = new Set(serving);
    let first: string | undefined;
    for (const id of serving) {
      let exact = 0;
      for (const partner of exactPartners.get(id) ?? []) if (members.has(partner)) exact++;
      if (exact >= serving.length - 1) continue;
      open.add(id);
      if (first === undefined) first = id;
      else groups.join(first, id);
    }
  }
  for (const p of pairs) {
    if (p.exact || !inSet.has(p.a) || !inSet.has(p.b) || exactPartners.get(p.a)?.has(p.b) === true) continue;
    open.add(p.a);
    open.add(p.b);
    groups.join(p.a, p.b);
  }
  return { groups, open };
}

/** How many of the members two organisations share are surely teachers: the shared members less those who may be non-teachers in either. */
function sharedTeachersAtLeast(members: number, x: CountedFigure, y: CountedFigure): number {
  const nonTeachers = (f: CountedFigure): number | null => (f.teachers === null ? null : f.members - f.teachers);
  const nx = nonTeachers(x);
  const ny = nonTeachers(y);
  // A shared member counted as a teacher of an organisation without a teacher figure is a teacher of its count.
  const mayNotBe = nx === null ? (ny ?? 0) : ny === null ? nx : Math.min(nx, ny);
  const teachersOf = (f: CountedFigure): number => f.teachers ?? f.members;
  return Math.max(0, Math.min(members, x.members, y.members, teachersOf(x), teachersOf(y)) - mayNotBe);
}

/**
 * The teachers the counted organisations reach, once each, as a range.
 *
 * - Upper: every organisation's teachers (its members where no teacher figure is known),
 *   less, over a forest of the pairs with a figure (the largest first), the teachers each
 *   pair surely shares. Subtracting a pair's shared people along a forest, never around a
 *   cycle, keeps a person in three organisations from being taken away twice.
 * - Lower: only organisations with a teacher figure; null when none has one. Organisations
 *   that cannot overlap with one another add up; within a group that may overlap, the sum
 *   less every pair's most shared teachers when every pair has an exact figure, else the
 *   largest organisation alone.
 */
export function overlapBounds(figures: readonly CountedFigure[], pairs: readonly PairFigure[]): OverlapBounds {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const ids = figures.map((f) => f.id);
  const teachersOf = (f: CountedFigure): number => f.teachers ?? f.members;

  // Upper: a maximum-weight forest over the pairs with a figure.
  const weighted = pairs
    .map((p) => {
      const x = byId.get(p.a);
      const y = byId.get(p.b);
      return { p, weight: x === undefined || y === undefined ? 0 : sharedTeachersAtLeast(p.members, x, y) };
    })
    .filter((w) => w.weight > 0)
    .sort((l, r) => r.weight - l.weight || compareIds(pairKey(l.p.a, l.p.b), pairKey(r.p.a, r.p.b)));
  const forest = new Groups();
  let upper = figures.reduce((sum, f) => sum + teachersOf(f), 0);
  for (const { p, weight } of weighted) if (forest.join(p.a, p.b)) upper -= weight;

  // The groups with an open pair, for the reader.
  const all = openPairs(ids, byId, pairs);
  const mayOverlap = groupsOf(ids.filter((id) => all.open.has(id)), all.groups);

  // Lower: organisations with a teacher figure only.
  const known = ids.filter((id) => byId.get(id)?.teachers !== null);
  if (known.length === 0) return { lower: null, upper, mayOverlap };
  const amongKnown = openPairs(known, byId, pairs);
  const together = new Groups();
  for (const id of known) together.find(id);
  const exact: PairFigure[] = [];
  const knownSet = new Set(known);
  for (const p of pairs) {
    if (!knownSet.has(p.a) || !knownSet.has(p.b)) continue;
    together.join(p.a, p.b);
    if (p.exact) exact.push(p);
  }
  for (const id of amongKnown.open) together.join(id, amongKnown.groups.find(id));
  const parts = new Map<string, { sum: number; largest: number; open: boolean }>();
  for (const id of known) {
    const t = byId.get(id)?.teachers ?? 0;
    const root = together.find(id);
    const part = parts.get(root) ?? { sum: 0, largest: 0, open: false };
    parts.set(root, { sum: part.sum + t, largest: Math.max(part.largest, t), open: part.open || amongKnown.open.has(id) });
  }
  const shared = new Map<string, number>();
  for (const p of exact) {
    const root = together.find(p.a);
    shared.set(root, (shared.get(root) ?? 0) + Math.min(p.members, byId.get(p.a)?.teachers ?? 0, byId.get(p.b)?.teachers ?? 0));
  }
  let lower = 0;
  for (const [root, part] of parts) lower += part.open ? part.largest : Math.max(part.largest, part.sum - (shared.get(root) ?? 0));
  return { lower: Math.min(lower, upper), upper, mayOverlap };
}

/** The ids grouped by their root, each group sorted, the groups sorted by their first id. */
function groupsOf(ids: readonly string[], groups: Groups): string[][] {
  const byRoot = new Map<string, string[]>();
  for (const id of ids) {
    const root = groups.find(id);
    const list = byRoot.get(root) ?? [];
    list.push(id);
    byRoot.set(root, list);
  }
  return [...byRoot.values()].map((g) => g.sort(compareIds)).sort((a, b) => compareIds(a[0] ?? "", b[0] ?? ""));
}
