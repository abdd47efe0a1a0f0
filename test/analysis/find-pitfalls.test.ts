import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, findPitfalls, PITFALL_IDS, type PitfallId, type PitfallQuery } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { alternative, distantOc2, type Doc, mandate, world } from "./fixtures.js";
import { type FindingInBoth, findingsInBoth } from "../fixtures/both-languages.js";

const OC2_DAY = "2026-03-01";
const COORDINATION_DAY = "2025-06-01";

/** The finding with `id`, or undefined. */
function finding<Id extends PitfallId>(scenario: Scenario, id: Id, query: Partial<PitfallQuery> = {}): Extract<FindingInBoth, { id: Id }> | undefined {
  const on = query.on ?? (scenario.model.kind === "oc2" ? OC2_DAY : COORDINATION_DAY);
  return findingsInBoth(scenario, { ...query, on }).find((f): f is Extract<FindingInBoth, { id: Id }> => f.id === id);
}

function oc2(edit: (d: Doc) => void): Scenario {
  return world("worked-oc2", edit);
}

describe("mandatory-register", () => {
  it("fires, high, when the OC 2.0 model makes the register mandatory", () => {
    const f = finding(oc2((d) => (d.model.safeguards.mandatoryRegister = true)), "mandatory-register");
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toEqual({ field: "model.safeguards.mandatoryRegister", mandatoryRegister: true, body: "oc2" });
    expect(f?.message.en).toContain("mandatory");
    expect(f?.message.nl).toContain("verplicht");
  });

  it("does not fire when the register is voluntary or not recorded, nor for other models", () => {
    expect(finding(world("worked-oc2"), "mandatory-register")).toBeUndefined();
    expect(finding(oc2((d) => delete d.model.safeguards), "mandatory-register")).toBeUndefined();
    expect(finding(world("worked-coordination"), "mandatory-register")).toBeUndefined();
  });
});

describe("distance-to-teachers", () => {
  it("fires, high, with no chapters or learning communities, no direct say and no regional presence", () => {
    const f = finding(distantOc2(), "distance-to-teachers");
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toEqual({
      model: "oc2",
      chapters: [],
      teacherSeats: 0,
      assemblyOpenToUnorganised: false,
      learningCommunities: [],
      regionalCells: 0,
      cells: 75,
      minRegionalCells: 1,
      minTeacherSeats: 1,
    });
    expect(f?.message.en).toContain("0 of 75 cells");
    expect(f?.message.nl).toContain("0 van 75 cellen");
  });

  it("does not fire at the threshold of teacher seats, and fires just below it", () => {
    const oneSeat = distantOc2((d) => (d.model.board.teacherSeats = 1));
    expect(finding(oneSeat, "distance-to-teachers")).toBeUndefined();
    expect(finding(oneSeat, "distance-to-teachers", { thresholds: { minTeacherSeats: 2 } })?.evidence.teacherSeats).toBe(1);
  });

  it("does not fire at the threshold of regional cells, and fires just below it", () => {
    // A delegation to cnvo for lerarenopleiding in noord decides 3 cells below the national level.
    const regional = distantOc2((d) => d.mandates.push(mandate("d2", "cnvo", { themes: ["lerarenopleiding"], regions: ["noord"] }, { grant: { by: "delegation", from: "oc2" } })));
    expect(finding(regional, "distance-to-teachers")).toBeUndefined();
    expect(finding(regional, "distance-to-teachers", { thresholds: { minRegionalCells: 3 } })).toBeUndefined();
    expect(finding(regional, "distance-to-teachers", { thresholds: { minRegionalCells: 4 } })?.evidence.regionalCells).toBe(3);
  });

  it("does not fire with a chapter, or with an assembly open to teachers", () => {
    expect(finding(distantOc2((d) => (d.model.chapters = [{ region: "noord", organisation: "lg-noord" }])), "distance-to-teachers")).toBeUndefined();
    expect(finding(distantOc2((d) => (d.model.assembly.openToUnorganised = true)), "distance-to-teachers")).toBeUndefined();
  });

  it("under coordination, fires without learning communities or regional mandates, and not with a regional mandate", () => {
    const f = finding(world("worked-coordination"), "distance-to-teachers");
    expect(f?.evidence).toMatchObject({ model: "coordination", teacherSeats: null, assemblyOpenToUnorganised: null, regionalCells: 0 });
    const regional = world("worked-coordination", (d) => d.mandates.push(mandate("m7", "aob", { themes: ["curriculum"], regions: ["noord"] })));
    expect(finding(regional, "distance-to-teachers")).toBeUndefined();
  });

  it("under an alternative, does not fire when a learning community sits in the delegations", () => {
    const withLc = alternative([{ id: "r1", then: { assign: { lead: "aob", members: ["lg-noord"] } } }]);
    expect(finding(withLc, "distance-to-teachers")).toBeUndefined();
    const without = alternative([{ id: "r1", then: { assign: { lead: "aob" } } }]);
    expect(finding(without, "distance-to-teachers")?.evidence.model).toBe("alternative");
  });
});

describe("insufficient-members", () => {
  // With a figure for bvmbo, the professional delegations reach aob + fvov + bvmbo = 125,564 of 251,128 teachers: exactly half.
  const counted = world("worked-coordination", (d) => {
    d.organisations.find((o: Doc) => o.id === "bvmbo").members = { total: 3_000, asOf: "2024-01-01" };
    d.population = { teachers: 251_128, asOf: "2024-01-01" };
  });

  it("does not fire at the threshold share, and fires, high, just above it", () => {
    expect(finding(counted, "insufficient-members", { thresholds: { minMemberShare: 0.5 } })).toBeUndefined();
    const f = finding(counted, "insufficient-members", { thresholds: { minMemberShare: 0.500001 } });
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toEqual({
      themes: "professional",
      cells: 60,
      reached: 125_564,
      teachers: 251_128,
      teachersReached: { lower: null, upper: 125_564 },
      judged: 125_564,
      share: 0.5,
      unseparated: { noTeacherFigure: ["aob", "bvmbo", "fvov"], mayOverlap: [["aob", "bvmbo", "fvov"]] },
      below: ["minMemberShare"],
      minMemberShare: 0.500001,
      minMembers: DEFAULT_THRESHOLDS.minMembers,
      counted: ["aob", "bvmbo", "fvov"],
      unknown: [],
    });
    expect(f?.message.en).toContain("at most 125,564 teachers (50.0% of 251,128; 125,564 members)");
    expect(f?.message.nl).toContain("hoogstens 125.564 leraren (50,0% van 251.128; 125.564 leden)");
  });

  it("does not fire at the threshold count, and fires just above it", () => {
    expect(finding(counted, "insufficient-members", { thresholds: { minMembers: 125_564 } })).toBeUndefined();
    expect(finding(counted, "insufficient-members", { thresholds: { minMembers: 125_565 } })?.evidence.below).toEqual(["minMembers"]);
  });

  it("is medium when an organisation in the delegations has no figure", () => {
    const f = finding(world("worked-coordination"), "insufficient-members", { thresholds: { minMembers: 200_000 } });
    expect(f?.severity).toBe("medium");
    expect(f?.evidence.unknown).toEqual(["bvmbo"]);
    expect(f?.evidence.share).toBeNull();
    expect(f?.message.en).toContain("No member figure is known for bvmbo");
  });

  it("counts only the delegations on professional themes, where there are any", () => {
    // The body has 1,000 members of its own; aob leads cao with 84,064 but pay is not the body's remit.
    const small = oc2((d) => {
      const set = (id: string, total: number) => (d.organisations.find((o: Doc) => o.id === id).members = { total, asOf: "2026-01-01" });
      set("oc2", 1_000);
      set("lg-noord", 500);
      set("bvmbo", 2_000);
    });
    const f = finding(small, "insufficient-members");
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toMatchObject({ themes: "professional", cells: 60, reached: 3_500, counted: ["bvmbo", "lg-noord", "oc2"], below: ["minMembers"] });
    const labourOnly = finding(world("worked-coordination"), "insufficient-members", { themes: ["cao"] });
    expect(labourOnly?.evidence).toMatchObject({ themes: "all", cells: 15, reached: 0 });
  });
});

describe("fragile-funding", () => {
  const funded = (funding: Doc) =>
    oc2((d) => {
      if (funding === undefined) delete d.model.funding;
      else d.model.funding = funding;
    });
  const sound = { structural: true, annualBudgetEur: 2_500_000, fte: 20 };

  it("does not fire on structural funding with enough budget and FTE", () => {
    expect(finding(funded(sound), "fragile-funding")).toBeUndefined();
  });

  it("fires, high, when no funding is recorded", () => {
    const f = finding(funded(undefined), "fragile-funding");
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toMatchObject({ body: "oc2", funding: null, periods: [], reasons: ["no-funding"], horizon: "2027-03-01", minAnnualBudgetEur: 100_000, minFte: 1 });
    expect(f?.evidence.inForce).toMatchObject({ periods: [], eurPerYear: null, fte: null });
  });

  it("fires on one-off funding: medium with no end recorded, high for a start subsidy that runs out", () => {
    const open = finding(funded({ ...sound, structural: false }), "fragile-funding");
    expect([open?.severity, open?.evidence.reasons]).toEqual(["medium", ["one-off"]]);
    const subsidy = finding(funded({ ...sound, structural: false, until: "2028-01-01" }), "fragile-funding");
    expect([subsidy?.severity, subsidy?.evidence.reasons]).toEqual(["high", ["one-off"]]);
    expect(subsidy?.message.en).toContain("runs until 2028-01-01");
    expect(subsidy?.message.nl).toContain("loopt tot 2028-01-01");
  });

  it("does not fire when the funding stops exactly at the horizon, and fires, high, a day earlier", () => {
    expect(finding(funded({ ...sound, until: "2027-03-01" }), "fragile-funding")).toBeUndefined();
    const ending = finding(funded({ ...sound, until: "2027-02-28" }), "fragile-funding");
    expect([ending?.severity, ending?.evidence.reasons]).toEqual(["high", ["ending"]]);
    expect(finding(funded({ ...sound, until: "2026-03-02" }), "fragile-funding", { thresholds: { fundingHorizonMonths: 0 } })).toBeUndefined();
  });

  it("fires, high, when the funding has ended on the day", () => {
    const ended = finding(funded({ ...sound, until: OC2_DAY }), "fragile-funding");
    expect([ended?.severity, ended?.evidence.reasons]).toEqual(["high", ["ended"]]);
    expect(ended?.message.en).toContain(`ended on ${OC2_DAY}`);
  });

  it("does not fire at the minimum budget, and fires, medium, just below it; high at zero", () => {
    expect(finding(funded({ ...sound, annualBudgetEur: 100_000 }), "fragile-funding")).toBeUndefined();
    const low = finding(funded({ ...sound, annualBudgetEur: 99_999 }), "fragile-funding");
    expect([low?.severity, low?.evidence.reasons]).toEqual(["medium", ["low-budget"]]);
    expect(low?.message.en).toContain("EUR 99,999 a year is below EUR 100,000");
    const none = finding(funded({ ...sound, annualBudgetEur: 0 }), "fragile-funding");
    expect([none?.severity, none?.evidence.reasons]).toEqual(["high", ["no-budget"]]);
  });

  it("does not fire at the minimum FTE, and fires, medium, just below it; high at zero", () => {
    expect(finding(funded({ ...sound, fte: 1 }), "fragile-funding")).toBeUndefined();
    const low = finding(funded({ ...sound, fte: 0.5 }), "fragile-funding");
    expect([low?.severity, low?.evidence.reasons]).toEqual(["medium", ["low-fte"]]);
    expect(low?.message.nl).toContain("0,5 fte is minder dan 1");
    const none = finding(funded({ ...sound, fte: 0 }), "fragile-funding");
    expect([none?.severity, none?.evidence.reasons]).toEqual(["high", ["no-fte"]]);
  });

  it("takes budget and FTE left out as unknown, not as zero", () => {
    expect(finding(funded({ structural: true }), "fragile-funding")).toBeUndefined();
  });

  it("never fires for coordination or alternative models, which record no funding", () => {
    expect(finding(world("worked-coordination"), "fragile-funding")).toBeUndefined();
    expect(finding(alternative([{ id: "r1", then: { assign: { lead: "aob" } } }]), "fragile-funding")).toBeUndefined();
  });
});

describe("unorganised-excluded", () => {
  it("fires, medium, when unorganised teachers have no seats, no open assembly and no learning community", () => {
    const f = finding(distantOc2(), "unorganised-excluded");
    expect(f?.severity).toBe("medium");
    expect(f?.evidence).toEqual({
      model: "oc2",
      route: "organs",
      teacherSeats: 0,
      assemblyOpenToUnorganised: false,
      learningCommunities: [],
      unorganised: null,
      teachers: null,
      minTeacherSeats: 1,
    });
  });

  it("does not fire at the threshold of teacher seats, nor with an open assembly", () => {
    expect(finding(distantOc2((d) => (d.model.board.teacherSeats = 1)), "unorganised-excluded")).toBeUndefined();
    expect(finding(distantOc2((d) => (d.model.assembly.openToUnorganised = true)), "unorganised-excluded")).toBeUndefined();
  });

  it("fires under coordination, with the number of unorganised teachers when known", () => {
    const scenario = world("worked-coordination", (d) => (d.population = { teachers: 250_000, unorganised: 100_000, asOf: "2024-01-01" }));
    const f = finding(scenario, "unorganised-excluded");
    expect(f?.evidence).toMatchObject({ model: "coordination", route: "parties", unorganised: 100_000, teachers: 250_000, teacherSeats: null });
    expect(f?.message.en).toContain("100,000 of 250,000 teachers belong to no organisation");
    expect(f?.message.nl).toContain("100.000 van 250.000 leraren");
  });

  it("does not fire when a learning community sits in a delegation", () => {
    const withLc = alternative([{ id: "r1", then: { assign: { lead: "aob", members: ["lg-noord"] } } }]);
    expect(finding(withLc, "unorganised-excluded")).toBeUndefined();
  });
});

describe("coverage-gaps", () => {
  // 57 of the 75 cells of the worked coordination world are unrepresented.
  it("does not fire at the threshold share, and fires, medium, just below it", () => {
    const scenario = world("worked-coordination");
    expect(finding(scenario, "coverage-gaps", { thresholds: { maxUnrepresentedShare: 0.76 } })).toBeUndefined();
    const f = finding(scenario, "coverage-gaps", { thresholds: { maxUnrepresentedShare: 0.75 } });
    expect(f?.severity).toBe("medium");
    expect(f?.evidence).toMatchObject({ unrepresented: 57, cells: 75, share: 0.76, maxUnrepresentedShare: 0.75 });
    expect(f?.evidence.gaps).toHaveLength(57);
    expect(f?.evidence.gaps[0]).toEqual({ theme: "lerarenopleiding", region: "nl", sector: "po" });
    expect(f?.message.en).toContain("57 of 75 cells (76.0%)");
  });

  it("is high when no cell at all is represented", () => {
    const f = finding(world("worked-coordination"), "coverage-gaps", { on: "2024-12-31" });
    expect(f?.severity).toBe("high");
    expect(f?.evidence.unrepresented).toBe(75);
  });

  it("does not fire when every cell is represented", () => {
    expect(finding(world("worked-oc2"), "coverage-gaps")).toBeUndefined();
  });
});

describe("contested-cells", () => {
  // 3 of the 75 cells of the worked coordination world are contested.
  it("does not fire at the threshold share, and fires, medium, just below it", () => {
    const scenario = world("worked-coordination");
    expect(finding(scenario, "contested-cells", { thresholds: { maxContestedShare: 0.04 } })).toBeUndefined();
    const f = finding(scenario, "contested-cells", { thresholds: { maxContestedShare: 0.039 } });
    expect(f?.severity).toBe("medium");
    expect(f?.evidence).toMatchObject({ contested: 3, cells: 75, share: 0.04 });
    expect(f?.evidence.conflicts).toEqual(
      ["po", "vo", "mbo"].map((sector) => ({ theme: "lerarenopleiding", region: "noord", sector, contenders: ["cnvo", "fvov"], parties: [["cnvo"], ["fvov"]] })),
    );
    expect(f?.message.nl).toContain("3 van 75 cellen (4,0%) zijn betwist");
  });
});

describe("findPitfalls", () => {
  it("reports findings in the order of PITFALL_IDS, each with both languages", () => {
    const scenario = distantOc2((d) => {
      d.model.safeguards.mandatoryRegister = true;
      delete d.model.funding;
    });
    const findings = findingsInBoth(scenario, { on: OC2_DAY });
    expect(findings.map((f) => f.id)).toEqual(["mandatory-register", "distance-to-teachers", "fragile-funding", "unorganised-excluded"]);
    expect(PITFALL_IDS.filter((id) => findings.some((f) => f.id === id))).toEqual(findings.map((f) => f.id));
    for (const f of findings) {
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.message.nl.length).toBeGreaterThan(20);
      expect(f.message.nl).not.toBe(f.message.en);
    }
  });

  it("finds nothing in a scenario that avoids every pitfall", () => {
    expect(findPitfalls(world("worked-oc2"), { on: OC2_DAY })).toEqual([]);
  });

  it("gives what its documentation example says", () => {
    const findings = findPitfalls(world("worked-coordination"), { on: COORDINATION_DAY });
    expect(findings.map((f) => f.id)).toEqual(["distance-to-teachers", "unorganised-excluded", "coverage-gaps", "contested-cells"]);
    expect(findings[0]?.severity).toBe("high");
  });

  it("has documented defaults, and an override changes only what it names", () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      minMemberShare: 0.1,
      minMembers: 15_000,
      fundingHorizonMonths: 12,
      minAnnualBudgetEur: 100_000,
      minFte: 1,
      minTeacherSeats: 1,
      minRegionalCells: 1,
      maxUnrepresentedShare: 0,
      maxContestedShare: 0,
    });
    const f = finding(distantOc2(), "distance-to-teachers", { thresholds: { minTeacherSeats: 3 } });
    expect(f?.evidence).toMatchObject({ minTeacherSeats: 3, minRegionalCells: 1 });
  });

  it("rejects invalid thresholds, naming each one and what it must be", () => {
    const scenario = world("worked-coordination");
    const bad = (thresholds: unknown) => () => findPitfalls(scenario, { on: COORDINATION_DAY, thresholds: thresholds as any });
    expect(bad({ minMemberShare: 1.5 })).toThrow(/^findPitfalls: invalid thresholds: thresholds\.minMemberShare: must be a share from 0 to 1 \(received 1\.5\)$/);
    expect(bad({ minFte: -1 })).toThrow(/thresholds\.minFte: .*\(received -1\)/);
    expect(bad({ fundingHorizonMonths: 1.5 })).toThrow("thresholds.fundingHorizonMonths: must be a whole number, 0 or more (received 1.5)");
    expect(bad({ minMembers: "10" })).toThrow(/thresholds\.minMembers: .*\(received "10"\)/);
    expect(bad({ minFte: Number.NaN })).toThrow(/thresholds\.minFte/);
    expect(bad({ maxGaps: 1 })).toThrow('thresholds: unknown threshold "maxGaps"');
    expect(bad([1])).toThrow("findPitfalls: invalid thresholds: thresholds: must be an object of thresholds");
    expect(bad({ minFte: -1, minMemberShare: 2 })).toThrow(/minMemberShare.*minFte|minFte.*minMemberShare/);
  });

  it("rejects bad queries", () => {
    const scenario = world("worked-coordination");
    expect(() => findPitfalls(scenario, { on: "1 June" })).toThrow(/^findPitfalls: 'on' must be a calendar date/);
    expect(() => findPitfalls(scenario, { on: COORDINATION_DAY, themes: ["x"] })).toThrow('findPitfalls: unknown theme "x"');
    expect(() => findPitfalls(scenario, null as any)).toThrow("findPitfalls: expected a query object");
    expect(() => findPitfalls(null as any, { on: COORDINATION_DAY })).toThrow(/^findPitfalls: 1 problem found\n- \(root\): received null, not a scenario the library made; .*\[not_parsed\]$/);
  });
});
