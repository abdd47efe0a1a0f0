// insufficient-members judges by the teachers the delegations reach (the upper bound of the
// counted figures), not by their members, and its message states the range of teachers and
// what the count could not separate.
import { describe, expect, it } from "vitest";
import { safeParseScenario } from "../../src/index.js";
import { type Doc, world } from "./fixtures.js";
import { findingsInBoth } from "../fixtures/both-languages.js";
import { doc as load } from "../fixtures/load.js";

const ON = "2026-06-01";

// In the worked coordination example the delegations on the professional themes are aob
// (84,064 members), fvov (38,500) and bvmbo (no figure): 122,564 members, all serving mbo.
function insufficient(edit: (d: Doc) => void, minMembers: number) {
  return findingsInBoth(world("worked-coordination", edit), { on: ON, thresholds: { minMembers, minMemberShare: 0 } }).find((f) => f.id === "insufficient-members");
}

const withTeacherFigures = (d: Doc): void => {
  const set = (id: string, members: Record<string, unknown>) => (d.organisations.find((o: Doc) => o.id === id).members = members);
  set("aob", { total: 84_064, teachers: 60_000, asOf: "2020-01-01" });
  set("fvov", { total: 38_500, teachers: 30_000, asOf: "2024-01-01" });
  set("bvmbo", { total: 3_000, teachers: 2_000, asOf: "2024-01-01" });
  d.population = { teachers: 251_128, asOf: "2024-01-01" };
};

describe("insufficient-members counts teachers", () => {
  it("fires when the members would pass but the teachers among them fall short", () => {
    // 125,564 members, of whom at most 92,000 teach.
    const f = insufficient(withTeacherFigures, 100_000);
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toMatchObject({ reached: 125_564, judged: 92_000, teachersReached: { upper: 92_000 }, below: ["minMembers"], unknown: [] });
    expect(insufficient(withTeacherFigures, 92_000)).toBeUndefined();
  });

  it("states the range of teachers, and the group that may share members, in both languages", () => {
    const f = insufficient(withTeacherFigures, 100_000);
    // All three serve mbo and no overlap figure separates them: at least the largest, 60,000.
    expect(f?.evidence.teachersReached).toEqual({ lower: 60_000, upper: 92_000 });
    expect(f?.evidence.unseparated).toEqual({ noTeacherFigure: [], mayOverlap: [["aob", "bvmbo", "fvov"]] });
    expect(f?.message.en).toBe(
      "Too few members: the delegations on the professional themes reach 60,000 to 92,000 teachers (36.6% of 251,128; 125,564 members), below the minimum of 100,000 teachers." +
        " No figure says how many members may be shared within aob, bvmbo, fvov: the most counts them apart. The LC was dissolved for lack of (active) members.",
    );
    expect(f?.message.nl).toBe(
      "Te weinig leden: de delegaties op de beroepsinhoudelijke thema's bereiken 60.000 tot 92.000 leraren (36,6% van 251.128; 125.564 leden), minder dan het minimum van 100.000 leraren." +
        " Geen cijfer zegt hoeveel leden gedeeld kunnen worden binnen aob, bvmbo, fvov: het hoogste aantal telt ze apart. Het LC werd opgeheven wegens een gebrek aan (actieve) leden.",
    );
  });

  it("says one number when overlap figures separate every pair and every figure names its teachers", () => {
    const f = insufficient((d) => {
      withTeacherFigures(d);
      // Every member of aob and fvov teaches, so the 5,000 they share are teachers counted once.
      d.organisations.find((o: Doc) => o.id === "aob").members.teachers = 84_064;
      d.organisations.find((o: Doc) => o.id === "fvov").members.teachers = 38_500;
      d.overlaps = [
        { organisations: ["aob", "fvov"], members: 5_000, asOf: "2024-01-01" },
        { organisations: ["aob", "bvmbo"], members: 0, asOf: "2024-01-01" },
        { organisations: ["bvmbo", "fvov"], members: 0, asOf: "2024-01-01" },
      ];
    }, 120_000);
    expect(f?.evidence).toMatchObject({ judged: 119_564, teachersReached: { lower: 119_564, upper: 119_564 }, unseparated: { noTeacherFigure: [], mayOverlap: [] } });
    expect(f?.message.en).toContain("reach 119,564 teachers (47.6% of 251,128; 125,564 members), below the minimum of 120,000 teachers. The LC");
    expect(f?.message.nl).toContain("bereiken 119.564 leraren (47,6% van 251.128; 125.564 leden), minder dan het minimum van 120.000 leraren. Het LC");
  });

  it("counts shared members once: an overlap figure alone can make it fire", () => {
    const overlap = (d: Doc): void => {
      d.overlaps = [{ organisations: ["aob", "fvov"], members: 10_000, asOf: "2024-01-01" }];
    };
    // Without the overlap, 122,564 would pass a minimum of 120,000; with it, at most 112,564 teachers.
    expect(insufficient(() => undefined, 120_000)).toBeUndefined();
    const f = insufficient(overlap, 120_000);
    expect(f?.severity).toBe("medium");
    expect(f?.evidence).toMatchObject({ reached: 122_564, judged: 112_564, unknown: ["bvmbo"] });
  });

  it("gives no lower bound when no figure says how many members teach, and names them", () => {
    const f = insufficient(() => undefined, 1e6);
    expect(f?.evidence.teachersReached.lower).toBeNull();
    expect(f?.evidence.unseparated.noTeacherFigure).toEqual(["aob", "fvov"]);
    expect(f?.message.en).toContain("reach at most 122,564 teachers (122,564 members)");
    expect(f?.message.en).toContain("No teacher figure is known for aob, fvov: the most counts all their members as teachers, the fewest none.");
    expect(f?.message.nl).toContain("bereiken hoogstens 122.564 leraren (122.564 leden)");
    expect(f?.message.nl).toContain("Van aob, fvov is niet bekend hoeveel leden leraar zijn: het hoogste aantal telt al hun leden als leraar, het laagste geen.");
  });

  it("holds the counted figures, not the population, against the thresholds when an organisation has no figure at all", () => {
    // bvmbo has no figure, so the reach's upper bound is the whole population; the judgement is not.
    const f = insufficient((d) => (d.population = { teachers: 251_128, asOf: "2024-01-01" }), 200_000);
    expect(f?.evidence).toMatchObject({ teachersReached: { upper: 251_128 }, judged: 122_564, unknown: ["bvmbo"] });
    expect(f?.severity).toBe("medium");
  });

  it("with a population of 0 reaches no teacher, has no share, and fires on the minimum count", () => {
    const f = insufficient((d) => (d.population = { teachers: 0, asOf: "2024-01-01" }), 1);
    expect(f?.evidence).toMatchObject({ judged: 0, share: null, below: ["minMembers"] });
    expect(f?.message.en).toContain("reach 0 teachers (122,564 members), below the minimum of 1 teachers.");
  });

  it("never sees an overlap larger than a figure: the scenario is refused at parse", () => {
    const doc = load("worked-coordination");
    doc.overlaps = [{ organisations: ["aob", "fvov"], members: 50_000, asOf: "2024-01-01" }];
    const parsed = safeParseScenario(doc);
    expect(parsed.success).toBe(false);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.code, i.path.join(".")])).toContainEqual(["overlap_too_large", "overlaps.0.members"]);
  });
});
