import type { MeaningCheck } from "./check-meaning.js";
import type { Members, Organisation, Scenario } from "./types.js";

/**
 * The membership figures an organisation records. One figure today; when `members`
 * becomes a dated series, this is the one place the checks below read it.
 */
function figuresOf(org: Organisation): readonly Members[] {
  const members = org.members;
  if (members === undefined) return [];
  return Array.isArray(members) ? (members as readonly Members[]) : [members as Members];
}

/** The figure that holds on `day`: the latest dated on or before it, else the first (what a count on an earlier day is compared with). */
function figureFor(org: Organisation, day: string): Members | undefined {
  const figures = [...figuresOf(org)].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  return figures.filter((f) => f.asOf <= day).at(-1) ?? figures[0];
}

/**
 * What the reach reads beyond the member totals: each figure's teachers are at most its
 * members, and each overlap names two different, known organisations, once per day, and
 * shares no more members than either has.
 */
export function checkMembership(s: Scenario, c: MeaningCheck): void {
  s.organisations.forEach((org, i) => {
    const series = Array.isArray(org.members);
    figuresOf(org).forEach((figure, j) => {
      if (figure.teachers !== undefined && figure.teachers > figure.total) {
        c.add("too_many_teachers", ["organisations", i, "members", ...(series ? [j] : []), "teachers"], `organisation "${org.id}": ${figure.teachers} teachers is more than its ${figure.total} members (as of ${figure.asOf})`);
      }
    });
  });
  const byId = new Map(s.organisations.map((o) => [o.id, o]));
  const seen = new Set<string>();
  (s.overlaps ?? []).forEach((overlap, i) => {
    const [a, b] = overlap.organisations;
    const path = ["overlaps", i];
    const owner = `overlap of "${a}" and "${b}"`;
    c.ref("organisation", a, [...path, "organisations", 0], owner);
    c.ref("organisation", b, [...path, "organisations", 1], owner);
    if (overlap.source !== undefined) c.ref("source", overlap.source, [...path, "source"], owner);
    if (a === b) {
      c.add("self_overlap", [...path, "organisations"], `${owner}: an overlap needs two different organisations`);
      return;
    }
    const key = JSON.stringify([[a, b].sort(), overlap.asOf]);
    if (seen.has(key)) c.add("duplicate_overlap", path, `${owner}: a second figure as of ${overlap.asOf}; give one figure a day for each pair`);
    seen.add(key);
    for (const id of [a, b]) {
      const org = byId.get(id);
      const figure = org === undefined ? undefined : figureFor(org, overlap.asOf);
      if (figure !== undefined && overlap.members > figure.total) {
        c.add("overlap_too_large", [...path, "members"], `${owner}: ${overlap.members} shared members is more than the ${figure.total} members of "${id}" (as of ${figure.asOf})`);
      }
    }
  });
}
