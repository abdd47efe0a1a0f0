// Reach counts teachers: non-teacher members left out where a teacher figure is known,
// shared members (from overlaps, and from member organisations two federations both
// include) counted once, a range where the data leaves the number open, and what could
// not be separated, as data.
import { describe, expect, it } from "vitest";
import { reachOf } from "../../src/analysis/reach.js";
import type { MembershipOverlap, Organisation, Scenario } from "../../src/model/types.js";
import type { Representation } from "../../src/resolve/representation.js";

const ON = "2026-06-01";

type Org = Pick<Organisation, "id" | "memberOf" | "members" | "sectors">;

function org(id: string, total: number | null, sectors: string[], teachers?: number, memberOf?: string[]): Org {
  return {
    id,
    sectors,
    ...(total === null ? {} : { members: { total, asOf: "2025-01-01", ...(teachers === undefined ? {} : { teachers }) } }),
    ...(memberOf === undefined ? {} : { memberOf }),
  };
}

function world(organisations: readonly Org[], overlaps: readonly MembershipOverlap[] = [], teachers: number | null = 1_000_000): Scenario {
  const model = { kind: "coordination", parties: [], agreement: { id: "a", signedOn: "2025-01-01", signatories: [] }, fallback: "none" };
  return { organisations, overlaps, model, ...(teachers === null ? {} : { population: { teachers, asOf: "2025-01-01" } }) } as unknown as Scenario;
}

function cells(...delegations: (readonly string[])[]): Representation[] {
  return delegations.map((delegation) => ({ delegation }) as unknown as Representation);
}

const shared = (a: string, b: string, members: number, asOf = "2025-01-01"): MembershipOverlap => ({ organisations: [a, b], members, asOf });

describe("reach counts teachers", () => {
  it("takes every member as a teacher in the upper bound when no figure says, gives no lower bound, and names those figures", () => {
    const reach = reachOf(world([org("aob", 100, ["vo"]), org("bvmbo", 40, ["mbo"])]), ON, cells(["aob", "bvmbo"]));
    expect(reach.teachersReached).toEqual({ lower: null, upper: 140 });
    expect(reach.unseparated.noTeacherFigure).toEqual(["aob", "bvmbo"]);
    expect(reach.members).toBe(140);
  });

  it("leaves out members who are not teachers where the figure says how many are", () => {
    const reach = reachOf(world([org("aob", 100, ["vo"], 70), org("bvmbo", 40, ["mbo"], 40)]), ON, cells(["aob", "bvmbo"]));
    expect(reach.teachersReached).toEqual({ lower: 110, upper: 110 });
    expect(reach.unseparated).toEqual({ noTeacherFigure: [], mayOverlap: [] });
  });

  it("says which organisations serving a common sector may share members with no figure, and bounds them", () => {
    const reach = reachOf(world([org("aob", 100, ["vo"], 100), org("vvvo", 60, ["vo"], 60), org("bvmbo", 40, ["mbo"], 40)]), ON, cells(["aob", "vvvo", "bvmbo"]));
    expect(reach.unseparated.mayOverlap).toEqual([["aob", "vvvo"]]);
    // At most every one is separate; at least the larger of the two that may overlap, and bvmbo.
    expect(reach.teachersReached).toEqual({ lower: 140, upper: 200 });
  });

  it("subtracts an overlap figure once, and a pair with a figure is separated", () => {
    const reach = reachOf(world([org("aob", 100, ["vo"], 100), org("vvvo", 60, ["vo"], 60)], [shared("vvvo", "aob", 20)]), ON, cells(["aob", "vvvo"]));
    expect(reach.teachersReached).toEqual({ lower: 140, upper: 140 });
    expect(reach.overlaps).toEqual([{ organisations: ["aob", "vvvo"], members: 20, asOf: "2025-01-01", through: [] }]);
    expect(reach.unseparated.mayOverlap).toEqual([]);
  });

  it("does not take shared members for teachers when they may be non-teachers in both", () => {
    // 30 shared; aob has 20 non-teachers and cnvo 10, so at least 20 of the shared are teachers and at most 30.
    const reach = reachOf(world([org("aob", 100, ["vo"], 80), org("cnvo", 100, ["vo"], 90)], [shared("aob", "cnvo", 30)]), ON, cells(["aob", "cnvo"]));
    expect(reach.teachersReached).toEqual({ lower: 140, upper: 150 });
  });

  it("counts a person in three organisations once, not minus once", () => {
    const three = [org("a", 10, ["vo"], 10), org("b", 10, ["vo"], 10), org("c", 10, ["vo"], 10)];
    const reach = reachOf(world(three, [shared("a", "b", 10), shared("b", "c", 10), shared("a", "c", 10)]), ON, cells(["a", "b", "c"]));
    expect(reach.teachersReached).toEqual({ lower: 10, upper: 10 });
  });

  it("counts a subject association in two federations once, and says the federations may share more", () => {
    const orgs = [org("fvov", 100, ["vo"], undefined), org("vvvo", 60, ["ho"]), org("vakvereniging", 15, ["vo"], undefined, ["fvov", "vvvo"])];
    const reach = reachOf(world(orgs), ON, cells(["fvov", "vvvo"]));
    expect(reach.overlaps).toEqual([{ organisations: ["fvov", "vvvo"], members: 15, asOf: null, through: ["vakvereniging"] }]);
    expect(reach.teachersReached.upper).toBe(145);
    expect(reach.unseparated.mayOverlap).toEqual([["fvov", "vvvo"]]);
  });

  it("reads the overlap figure in force on the day: the latest on or before it, none before the first", () => {
    const orgs = [org("aob", 100, ["vo"], 100), org("cnvo", 50, ["vo"], 50)];
    const figures = [shared("aob", "cnvo", 10, "2024-01-01"), shared("aob", "cnvo", 30, "2026-01-01"), shared("aob", "cnvo", 50, "2027-01-01")];
    expect(reachOf(world(orgs, figures), ON, cells(["aob", "cnvo"])).teachersReached.upper).toBe(120);
    expect(reachOf(world(orgs, figures), "2023-06-01", cells(["aob", "cnvo"])).teachersReached.upper).toBe(150);
  });

  it("ignores an overlap with an organisation it does not count", () => {
    const reach = reachOf(world([org("aob", 100, ["vo"], 100), org("cnvo", 50, ["vo"], 50)], [shared("aob", "cnvo", 30)]), ON, cells(["aob"]));
    expect(reach.teachersReached).toEqual({ lower: 100, upper: 100 });
    expect(reach.overlaps).toEqual([]);
  });

  it("never counts more teachers than the population has", () => {
    const reach = reachOf(world([org("aob", 100, ["vo"], 100), org("bvmbo", 50, ["mbo"], 50)], [], 120), ON, cells(["aob", "bvmbo"]));
    expect(reach.teachersReached).toEqual({ lower: 120, upper: 120 });
  });

  it("keeps unknown unknown: an organisation reached without any figure leaves the upper bound at the population, or null without one", () => {
    const orgs = [org("aob", 100, ["vo"], 100), org("lg", null, ["vo"])];
    expect(reachOf(world(orgs, [], 5000), ON, cells(["aob", "lg"])).teachersReached).toEqual({ lower: 100, upper: 5000 });
    expect(reachOf(world(orgs, [], null), ON, cells(["aob", "lg"])).teachersReached).toEqual({ lower: 100, upper: null });
  });

  it("counts each member of a coalition once, however many cells it leads", () => {
    const orgs = [org("aob", 100, ["vo"], 90), org("cnvo", 50, ["mbo"], 50)];
    const reach = reachOf(world(orgs), ON, cells(["aob", "cnvo"], ["cnvo", "aob"], ["aob", "cnvo", "aob"]));
    expect(reach.counted.map((c) => c.organisation)).toEqual(["aob", "cnvo"]);
    expect(reach.teachersReached).toEqual({ lower: 140, upper: 140 });
  });
});
