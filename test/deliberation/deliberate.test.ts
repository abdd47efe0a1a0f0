import { beforeEach, describe, expect, it } from "vitest";
import { TallyError, type Council } from "../../src/deliberation/public.js";
import { deliberateInBoth } from "../fixtures/both-languages.js";

/** Six teachers weigh the three models of the letter and an alternative proposed on the day. */
function council(): Council {
  return {
    name: "Lerarenberaad Utrecht",
    options: [
      { kind: "scenario", id: "coordination", name: "Coordination" },
      { kind: "scenario", id: "oc2", name: "OC 2.0", scenario: "oc2-2026" },
      { kind: "alternative", id: "rotation", name: "Rotating chair", proposer: "t5" },
    ],
    participants: [
      { id: "t1", organisation: "aob", sector: "po", region: "noord" },
      { id: "t2", organisation: "aob", sector: "vo", region: "west" },
      { id: "t3", organisation: "cnvo", sector: "vo", region: "west" },
      { id: "t4", organisation: null, sector: "po", region: "noord" },
      { id: "t5", sector: "mbo", region: "west" },
      { id: "t6", sector: "vo", region: "noord" },
    ],
    ballots: [
      { participant: "t1", ranking: ["coordination", "oc2", "rotation"] },
      { participant: "t2", ranking: ["coordination", "rotation"] },
      { participant: "t3", ranking: ["oc2", "coordination"] },
      { participant: "t4", ranking: ["oc2", "rotation", "coordination"] },
      { participant: "t5", ranking: ["rotation", "oc2"] },
    ],
    tally: { method: "irv" },
    requirements: [
      { kind: "majority", group: "organised" },
      { kind: "majority", group: "unorganised" },
      { kind: "turnout", min: 0.75 },
      { kind: "voters", per: "sector", min: 1 },
    ],
  };
}

describe("deliberate", () => {
  // Computed before each test, not when the file is collected, so that mutation testing knows which tests run which code.
  let r: ReturnType<typeof deliberateInBoth>;
  beforeEach(() => {
    r = deliberateInBoth(council());
  });

  it("counts the council by its method", () => {
    // Round 1: coordination 2, oc2 2, rotation 1; rotation goes to oc2: oc2 3 of 5.
    expect(r.overall.winners).toEqual(["oc2"]);
    expect(r.overall.rounds?.map((round) => round.counts)).toEqual([
      { coordination: 2, oc2: 2, rotation: 1 },
      { coordination: 2, oc2: 3 },
    ]);
  });

  it("counts the same way within every group, in a fixed order", () => {
    expect(r.groups.map((g) => g.id)).toEqual([
      "all",
      "organised",
      "unorganised",
      "organisation:aob",
      "organisation:cnvo",
      "sector:mbo",
      "sector:po",
      "sector:vo",
      "region:noord",
      "region:west",
    ]);
    const byId = Object.fromEntries(r.groups.map((g) => [g.id, g]));
    expect(byId["organised"]?.result.winners).toEqual(["coordination"]);
    // t4 and t5 split between oc2 and rotation: a tie that decides, so no outcome.
    expect(byId["unorganised"]?.result.winners).toEqual(["oc2", "rotation"]);
    expect(byId["unorganised"]?.result.tie).toBe(true);
    expect(byId["organisation:aob"]?.result.winners).toEqual(["coordination"]);
    expect(byId["unorganised"]).toMatchObject({ headcount: 3, participants: 3, voted: 2, turnout: 2 / 3 });
    expect(byId["all"]?.result).toBe(r.overall);
  });

  it("checks each requirement with its figures", () => {
    const [organised, unorganised, turnout, perSector] = r.requirements;
    // Organised: oc2 over coordination 1 of 3, over rotation 2 of 3: the weakest is 1/3.
    expect(organised?.checks[0]).toEqual({ group: "organised", figure: 1 / 3, needed: 0.5, met: false, against: "coordination" });
    // Unorganised: t4 prefers oc2 to both; t5 prefers rotation to oc2.
    expect(unorganised?.checks[0]).toMatchObject({ group: "unorganised", figure: 0.5, met: false, against: "rotation" });
    expect(turnout?.checks[0]).toMatchObject({ group: "all", figure: 5 / 6, needed: 0.75, met: true });
    expect(perSector?.checks.map((c) => [c.group, c.figure, c.met])).toEqual([
      ["sector:mbo", 1, true],
      ["sector:po", 2, true],
      ["sector:vo", 2, true],
    ]);
    expect(r.supported).toBe(false);
  });

  it("explains the outcome in English and Dutch", () => {
    expect(r.explanation.en).toContain("Lerarenberaad Utrecht: 5 votes from 6 participants, turnout 83.3%, counted by instant-runoff voting.");
    expect(r.explanation.en).toContain("Outcome: OC 2.0.");
    expect(r.explanation.en).toContain("Organised teachers (3 votes) chose Coordination; unorganised teachers (2 votes) reached no outcome.");
    expect(r.explanation.en).toContain("A majority among organised teachers: not met (organised teachers: 33.3% against Coordination).");
    expect(r.explanation.en).toContain("The outcome does not have the support the council asked for.");
    expect(r.explanation.nl).toContain("Lerarenberaad Utrecht: 5 stemmen van 6 deelnemers, opkomst 83,3%, geteld met instant-runoff (alternatieve stem).");
    expect(r.explanation.nl).toContain("Uitkomst: OC 2.0.");
    expect(r.explanation.nl).toContain("Een meerderheid onder georganiseerde leraren: niet gehaald (georganiseerde leraren: 33,3% tegenover Coordination).");
    expect(r.explanation.nl).toContain("De uitkomst heeft niet het draagvlak waar de raad om vroeg.");
  });

  it("is supported when every requirement is met", () => {
    const c = council();
    const ok = deliberateInBoth({ ...c, requirements: [{ kind: "turnout", group: "organised", min: 1 }, { kind: "same-winner", group: { organisation: "cnvo" } }] });
    expect(ok.requirements.map((q) => q.met)).toEqual([true, true]);
    expect(ok.supported).toBe(true);
    expect(ok.explanation.en).toContain("The outcome has the support the council asked for.");
    expect(ok.explanation.nl).toContain("De uitkomst heeft het draagvlak waar de raad om vroeg.");
  });

  it("weighs participants by their weight, one teacher one vote by default", () => {
    const c = council();
    const weighted = deliberateInBoth({ ...c, participants: c.participants.map((p) => (p.id === "t2" ? { ...p, weight: 3 } : p)) });
    // t2 now counts three times: coordination 4 of 7 in the first round.
    expect(weighted.overall.rounds?.[0]?.counts).toEqual({ coordination: 4, oc2: 2, rotation: 1 });
    expect(weighted.overall.winners).toEqual(["coordination"]);
    expect(weighted.groups.find((g) => g.id === "organised")).toMatchObject({ headcount: 3, participants: 5, voted: 5 });
  });

  it("reports a group without members and a per-kind requirement with no groups as not met", () => {
    const c = council();
    const out = deliberateInBoth({ ...c, requirements: [{ kind: "turnout", group: { organisation: "bvmbo" }, min: 0.1 }, { kind: "majority", group: { region: "zuid" } }] });
    expect(out.requirements[0]?.checks[0]).toEqual({ group: "organisation:bvmbo", figure: null, needed: 0.1, met: false });
    expect(out.requirements[1]?.checks[0]?.figure).toBeNull();
    const none = deliberateInBoth({ ...c, participants: c.participants.map((p) => ({ id: p.id })), requirements: [{ kind: "voters", per: "sector", min: 1 }] });
    expect(none.requirements[0]).toMatchObject({ met: false, checks: [] });
  });

  it("has no outcome, and no support, when the count ties", () => {
    const c = council();
    const tied = deliberateInBoth({ ...c, ballots: [{ participant: "t1", ranking: ["coordination"] }, { participant: "t4", ranking: ["oc2"] }], requirements: [] });
    expect(tied.overall.tie).toBe(true);
    expect(tied.supported).toBe(false);
    expect(tied.explanation.en).toContain("No outcome: a tie between Coordination and OC 2.0.");
    expect(tied.explanation.en).toContain("The council set no support requirements.");
  });

  it("works with every ballot form", () => {
    const c = council();
    const approvals = deliberateInBoth({
      ...c,
      tally: { method: "approval" },
      ballots: [
        { participant: "t1", approvals: ["coordination", "oc2"] },
        { participant: "t4", approvals: ["oc2"] },
      ],
      requirements: [{ kind: "majority" }],
    });
    expect(approvals.overall.winners).toEqual(["oc2"]);
    expect(approvals.requirements[0]?.checks[0]).toMatchObject({ figure: 1, met: true });
    const grades = deliberateInBoth({ ...c, tally: { method: "majority-judgment" }, ballots: [{ participant: "t1", grades: { oc2: 4, coordination: 2 } }], requirements: [] });
    expect(grades.overall.winners).toEqual(["oc2"]);
  });

  it("leaves its input untouched", () => {
    const c = council();
    const before = structuredClone(c);
    deliberateInBoth(Object.freeze(c));
    expect(c).toEqual(before);
  });
});

describe("deliberate rejects a bad council", () => {
  function issues(change: (c: any) => void): { code: string; path: (string | number)[] }[] {
    const c: any = structuredClone(council());
    change(c);
    try {
      deliberateInBoth(c);
    } catch (error) {
      if (error instanceof TallyError) return error.issues.map((i) => ({ code: i.code, path: [...i.path] }));
      throw error;
    }
    throw new Error("expected the council to be rejected");
  }

  const rows: [string, (c: any) => void, string, (string | number)[]][] = [
    ["a ballot from an unknown participant", (c) => (c.ballots[0].participant = "t9"), "unknown_participant", ["ballots", 0, "participant"]],
    ["a second ballot from one participant", (c) => c.ballots.push({ participant: "t1", ranking: ["oc2"] }), "duplicate_ballot", ["ballots", 5, "participant"]],
    ["a ballot for an unknown option", (c) => (c.ballots[2].ranking = ["oc3"]), "unknown_candidate", ["ballots", 2, "ranking", 0]],
    ["a ballot carrying its own count", (c) => (c.ballots[1].count = 5), "unknown_key", ["ballots", 1, "count"]],
    ["a ballot of the wrong form", (c) => (c.ballots[1] = { participant: "t2", approvals: ["oc2"] }), "wrong_ballot_form", ["ballots", 1]],
    ["an unknown proposer", (c) => (c.options[2].proposer = "nobody"), "unknown_proposer", ["options", 2, "proposer"]],
    ["an option id used twice", (c) => (c.options[1].id = "coordination"), "duplicate_id", ["options", 1, "id"]],
    ["a participant id used twice", (c) => (c.participants[1].id = "t1"), "duplicate_id", ["participants", 1, "id"]],
    ["a negative weight", (c) => (c.participants[0].weight = -1), "negative_number", ["participants", 0, "weight"]],
    ["a requirement with both group and per", (c) => (c.requirements[0].per = "sector"), "group_and_per", ["requirements", 0]],
    ["a turnout above 1", (c) => (c.requirements[2].min = 2), "too_big", ["requirements", 2, "min"]],
    ["an unknown method", (c) => (c.tally.method = "lottery"), "invalid_value", ["tally", "method"]],
  ];
  for (const [name, change, code, path] of rows) {
    it(`rejects ${name}`, () => {
      const found = issues(change);
      expect(found.map((i) => i.code)).toContain(code);
      expect(found.find((i) => i.code === code)?.path).toEqual(path);
    });
  }

  it("accepts an organisation as the proposer of an alternative", () => {
    const c = council();
    const out = deliberateInBoth({ ...c, options: c.options.map((o) => (o.kind === "alternative" ? { ...o, proposer: "cnvo" } : o)) });
    expect(out.overall.winners).toEqual(["oc2"]);
  });
});
