import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Reach, reachOf } from "../../src/analysis/reach.js";
import type { Members, Organisation, Scenario } from "../../src/model/types.js";
import type { Representation } from "../../src/resolve/representation.js";
import { figureOf, latest } from "../fixtures/in-force.js";

const ON = "2026-06-01";

type Org = Pick<Organisation, "id" | "memberOf" | "members" | "founded" | "dissolved">;

/** Just what reachOf reads of a scenario: its organisations, its model and its population. */
function world(organisations: readonly Org[], model: Scenario["model"] = coordination(), teachers = 1_000_000): Scenario {
  return { organisations, model, population: { teachers } } as unknown as Scenario;
}

function coordination(): Scenario["model"] {
  return { kind: "coordination", parties: [], agreement: { id: "a", signedOn: "2025-01-01", signatories: [] }, fallback: "none" } as unknown as Scenario["model"];
}

/** Cells whose delegations, together, hold `delegation`. */
function cells(...delegations: (readonly string[])[]): Representation[] {
  return delegations.map((delegation) => ({ delegation }) as unknown as Representation);
}

const figure = (total: number): Members => ({ total, asOf: "2025-01-01" });

describe("reachOf on large member graphs", () => {
  const LINKS = 100_000;

  it(`follows a chain of ${LINKS} member links from a confederation down to the one organisation with a figure`, () => {
    // c0 is the confederation; each c(i+1) is a member of c(i); only the last has a figure.
    const organisations: Org[] = Array.from({ length: LINKS + 1 }, (_, i) => ({
      id: `c${i}`,
      ...(i === 0 ? {} : { memberOf: [`c${i - 1}`] }),
      ...(i === LINKS ? { members: figure(42) } : {}),
    }));
    const reach = reachOf(world(organisations), ON, cells(["c0"]));
    expect(reach.counted).toEqual([{ organisation: `c${LINKS}`, members: 42, asOf: "2025-01-01", via: "c0" }]);
    expect(reach.members).toBe(42);
    expect(reach.unknown).toEqual([]);
  });

  it("walks a lattice of 40 levels, where every organisation belongs to both of the level above, in one visit each", () => {
    // 2^40 paths lead from the top to the bottom; each organisation must still be visited once.
    const LEVELS = 40;
    const organisations: Org[] = [{ id: "top" }];
    for (let level = 0; level < LEVELS; level++) {
      const above = level === 0 ? ["top"] : [`l${level - 1}a`, `l${level - 1}b`];
      for (const side of ["a", "b"]) organisations.push({ id: `l${level}${side}`, memberOf: above });
    }
    organisations.push({ id: "bottom", memberOf: [`l${LEVELS - 1}a`, `l${LEVELS - 1}b`], members: figure(7) });
    const reach = reachOf(world(organisations), ON, cells(["top"]));
    expect(reach.counted).toEqual([{ organisation: "bottom", members: 7, asOf: "2025-01-01", via: "top" }]);
    expect(reach.unknown).toEqual([]);
  });

  it("counts 100,000 organisations with figures, none in a federation, once each", () => {
    const COUNT = 100_000;
    const organisations: Org[] = Array.from({ length: COUNT }, (_, i) => ({ id: `o${i}`, members: figure(1) }));
    const reach = reachOf(world(organisations), ON, cells(organisations.map((o) => o.id)));
    expect(reach.members).toBe(COUNT);
    expect(reach.covered).toEqual([]);
  });

  it("lists a federation of 100,000 member organisations without a figure of its own, counting each member once", () => {
    const COUNT = 100_000;
    const organisations: Org[] = [{ id: "fed" }, ...Array.from({ length: COUNT }, (_, i) => ({ id: `m${i}`, memberOf: ["fed"], members: figure(2) }))];
    const reach = reachOf(world(organisations), ON, cells(["fed"]));
    expect(reach.counted).toHaveLength(COUNT);
    expect(reach.members).toBe(2 * COUNT);
  });
});

/**
 * The reach rule written out plainly (docs/analysis.md): expand each delegation member
 * recursively, guarding each path against cycles; then drop a contributor that belongs,
 * through `memberOf`, to another contributor (in a cycle the smallest id stands for the rest).
 */
/** The fields of the reach that count member figures (the teacher bounds have their own tests). */
type MemberReach = Omit<Reach, "teachersReached" | "overlaps" | "unseparated">;

function memberFields({ members, teachers, share, delegations, counted, covered, unknown }: Reach): MemberReach {
  return { members, teachers, share, delegations, counted, covered, unknown };
}

function referenceReach(scenario: Scenario, on: string, delegations: readonly string[]): MemberReach {
  const orgs = scenario.organisations;
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const exists = (o: Organisation): boolean => (o.founded === undefined || o.founded <= on) && (o.dissolved === undefined || on < o.dissolved);
  const membersOf = (parent: string): string[] => {
    const found = orgs.filter((o) => exists(o) && (o.memberOf ?? []).includes(parent)).map((o) => o.id);
    const model = scenario.model;
    if (model.kind === "oc2" && parent === model.body) {
      for (const seat of latest(model.board)?.seats ?? []) {
        const org = byId.get(seat.organisation);
        if (org !== undefined && exists(org) && org.id !== model.body) found.push(org.id);
      }
    }
    return [...new Set(found)];
  };
  const tops = [...new Set(delegations)].sort();
  const contributors = new Map<string, string | null>();
  const unknown = new Set<string>();
  const expand = (id: string, via: string | null, path: readonly string[]): void => {
    if (path.includes(id)) return;
    if (byId.get(id)?.members !== undefined) {
      if (!contributors.has(id) || via === null) contributors.set(id, via);
      return;
    }
    const members = membersOf(id);
    if (members.length === 0) unknown.add(id);
    for (const member of members) expand(member, via ?? id, [...path, id]);
  };
  for (const top of tops) expand(top, null, []);
  const ancestors = (id: string): Set<string> => {
    const found = new Set<string>();
    const visit = (at: string): void => {
      for (const up of byId.get(at)?.memberOf ?? []) {
        if (!found.has(up)) {
          found.add(up);
          visit(up);
        }
      }
    };
    visit(id);
    return found;
  };
  const ids = [...contributors.keys()].sort();
  const counted: Reach["counted"][number][] = [];
  const covered: Reach["covered"][number][] = [];
  for (const id of ids) {
    const within = ids.filter((other) => other !== id && ancestors(id).has(other) && (!ancestors(other).has(id) || other < id));
    if (within.length > 0) covered.push({ organisation: id, within });
    else {
      const m = figureOf(byId.get(id));
      if (m !== undefined) counted.push({ organisation: id, members: m.total, asOf: m.asOf, via: contributors.get(id) ?? null });
    }
  }
  const total = counted.reduce((sum, c) => sum + c.members, 0);
  const teachers = scenario.population?.teachers ?? null;
  return { members: total, teachers, share: teachers === null || teachers === 0 ? null : total / teachers, delegations: tops, counted, covered, unknown: [...unknown].sort() };
}

/** Up to seven organisations with random federations (cycles included), figures and dissolutions, under either model. */
const memberGraph = fc.integer({ min: 1, max: 7 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `o${i}`);
  const org = (id: string): fc.Arbitrary<Org> =>
    fc
      .record({
        memberOf: fc.subarray(ids.filter((other) => other !== id)),
        total: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 2 }),
        dissolved: fc.option(fc.constantFrom("2020-01-01", "2030-01-01"), { freq: 3 }),
      })
      .map(({ memberOf, total, dissolved }) => ({
        id,
        ...(memberOf.length === 0 ? {} : { memberOf }),
        ...(total === null ? {} : { members: figure(total) }),
        ...(dissolved === null ? {} : { dissolved }),
      }));
  const model = fc.oneof(
    fc.constant(coordination()),
    fc.record({ body: fc.constantFrom(...ids), seats: fc.subarray(ids) }).map(
      ({ body, seats }) => ({ kind: "oc2", body, board: { seats: seats.map((organisation) => ({ organisation })) } }) as unknown as Scenario["model"],
    ),
  );
  return fc.record({
    organisations: fc.tuple(...ids.map(org)),
    model,
    delegations: fc.array(fc.subarray(ids, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
  });
});

describe("reachOf against the rule written out plainly", () => {
  it("gives the same reach as expanding every path and comparing every pair, on random member graphs", () => {
    fc.assert(
      fc.property(memberGraph, ({ organisations, model, delegations }) => {
        const scenario = world(organisations, model);
        expect(memberFields(reachOf(scenario, ON, cells(...delegations)))).toEqual(referenceReach(scenario, ON, delegations.flat()));
      }),
      { numRuns: 500 },
    );
  });
});
