/**
 * The Must-show cases on the Dutch dataset: the lessons the letter draws from the
 * OC and the LC, found in their histories, and the three models compared cell by cell.
 */
import { describe, expect, it } from "vitest";
import { compareScenarios, type Finding, findPitfalls, type LeadChange, resolve } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { nl } from "../../src/nl/index.js";
import { latest } from "../fixtures/in-force.js";

function byId<Id extends Finding["id"]>(findings: readonly Finding[], id: Id): Extract<Finding, { id: Id }> | undefined {
  return findings.find((f): f is Extract<Finding, { id: Id }> => f.id === id);
}

const highIds = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "high").map((f) => f.id);

describe("the OC (2011 to 2019): a mandatory register and distance from teachers", () => {
  const oc = nl.history.oc;
  // The register was voluntary from 2012 and mandatory only under the act in force from 1 August 2017.
  it.each(["2012-01-01", "2015-01-01", "2017-07-31"])("on %s, with the register voluntary, shows distance-to-teachers and no mandatory-register", (on) => {
    expect(highIds(findPitfalls(oc, { on }))).toEqual(["distance-to-teachers"]);
  });

  it.each(["2017-08-01", "2018-06-01"])("on %s, with the register mandatory, shows mandatory-register and distance-to-teachers, and no other finding of high severity", (on) => {
    expect(highIds(findPitfalls(oc, { on }))).toEqual(["mandatory-register", "distance-to-teachers"]);
  });

  it("carries the evidence from the data", () => {
    const findings = findPitfalls(oc, { on: "2018-06-01" });
    const model = oc.model;
    if (model.kind !== "oc2") throw new Error("the OC history is an OC-style body");
    expect(byId(findings, "mandatory-register")?.evidence).toEqual({ field: "model.safeguards.mandatoryRegister", mandatoryRegister: true, body: model.body });
    expect(byId(findings, "distance-to-teachers")?.evidence).toMatchObject({
      model: "oc2",
      chapters: [],
      learningCommunities: [],
      teacherSeats: latest(model.board)?.teacherSeats,
      assemblyOpenToUnorganised: latest(model.assembly)?.openToUnorganised,
      regionalCells: 0,
    });
    // The data: no teacher seats, an assembly of one delegate per organisation.
    expect(latest(model.board)?.teacherSeats).toBe(0);
    expect(latest(model.assembly)?.openToUnorganised).toBe(false);
  });

  it.each(["2011-06-01", "2015-01-01", "2017-09-01", "2018-06-01"])("on %s never calls its money one-off: the ministry paid it throughout", (on) => {
    const findings = findPitfalls(oc, { on });
    expect(byId(findings, "fragile-funding")).toBeUndefined();
    expect(findings.map((f) => f.message).join(" ")).not.toContain("one-off");
  });

  it("reaches enough members through its member organisations, so the LC's lesson does not apply", () => {
    expect(byId(findPitfalls(oc, { on: "2015-01-01" }), "insufficient-members")).toBeUndefined();
  });
});

describe("the LC (2019 to 2023): too few members and fragile funding", () => {
  const lc = nl.history.lc;
  const days = ["2020-06-01", "2021-06-01", "2023-01-01"];

  it.each(days)("on %s shows fragile-funding as high, and insufficient-members as medium since the LC's member count is unknown", (on) => {
    const findings = findPitfalls(lc, { on });
    expect(highIds(findings)).toEqual(["fragile-funding"]);
    expect(byId(findings, "insufficient-members")?.severity).toBe("medium");
  });

  it("shows neither of the OC's lessons", () => {
    const ids = findPitfalls(lc, { on: "2021-06-01" }).map((f) => f.id);
    expect(ids).not.toContain("mandatory-register");
    expect(ids).not.toContain("distance-to-teachers");
  });

  it("carries the evidence from the data", () => {
    const findings = findPitfalls(lc, { on: "2021-06-01" });
    // No member count of the LC was published (only a target), so its reach is unknown, not a figure.
    expect(nl.organisations.find((o) => o.id === "lc")?.members).toBeUndefined();
    const teachers = nl.population.teachers;
    expect(byId(findings, "insufficient-members")?.evidence).toMatchObject({
      themes: "professional",
      reached: 0,
      teachers,
      share: 0,
      below: ["minMemberShare", "minMembers"],
      counted: [],
      unknown: ["lc"],
    });
    expect(byId(findings, "insufficient-members")?.message).toContain("No member figure is known for lc.");
    const model = lc.model;
    if (model.kind !== "oc2") throw new Error("the LC history is an OC-style body");
    const funding = byId(findings, "fragile-funding")?.evidence;
    // The LC's money is recorded as the scenario's funding periods, not in the model's own field.
    expect(model.funding).toBeUndefined();
    expect(funding?.periods).toEqual(lc.funding);
    expect(funding?.inForce.periods).toEqual(["lc-start-subsidy"]);
    expect(funding?.reasons).toEqual(["one-off"]);
    expect(lc.funding?.map((f) => [f.kind, f.until])).toEqual([["one-off", "2023-06-28"], ["one-off", "2023-06-28"]]);
  });

  it("sees the start subsidy end in the LC's last year", () => {
    const reasons = byId(findPitfalls(lc, { on: "2023-01-01" }), "fragile-funding")?.evidence.reasons;
    expect(reasons).toEqual(["one-off", "ending"]);
  });
});

describe("the three models of the letter, compared cell by cell", () => {
  const { coordination, oc2, alternative } = nl.scenarios;
  const scenarios: readonly Scenario[] = [coordination, oc2, alternative];

  it.each(["2026-06-01", "2027-06-01"])("on %s, every cell agrees with resolve, and exactly the cells that differ are listed", (on) => {
    const comparison = compareScenarios(scenarios, { on });
    expect(comparison.unshared).toEqual({ themes: [], regions: [], sectors: [] });
    expect(comparison.cells).toBe(comparison.themes.length * comparison.regions.length * comparison.sectors.length);
    const led = new Map<string, number[]>();
    let differing = 0;
    for (const theme of comparison.themes) {
      for (const region of comparison.regions) {
        for (const sector of comparison.sectors) {
          const answers = scenarios.map((s) => resolve(s, { theme, region, sector, on }));
          answers.forEach((a, i) => {
            for (const id of a.leads) {
              const counts = led.get(id) ?? [0, 0, 0];
              counts[i] = (counts[i] ?? 0) + 1;
              led.set(id, counts);
            }
          });
          const [base] = answers;
          if (base === undefined) throw new Error("three answers expected");
          const asSet = (ids: readonly string[]): string => [...ids].sort().join(",");
          const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((id) => !b.includes(id)).sort();
          const changes: LeadChange[] = answers.flatMap((a, i) =>
            i === 0 || (a.status === base.status && a.lead === base.lead && asSet(a.leads) === asSet(base.leads))
              ? []
              : [
                  {
                    scenario: i,
                    from: base.status,
                    to: a.status,
                    gains: a.lead === base.lead ? null : a.lead,
                    loses: a.lead === base.lead ? null : base.lead,
                    joins: minus(a.leads, base.leads),
                    leaves: minus(base.leads, a.leads),
                  },
                ],
          );
          const listed = comparison.differences.find((d) => d.theme === theme && d.region === region && d.sector === sector);
          if (changes.length === 0) {
            expect(listed).toBeUndefined();
            continue;
          }
          differing++;
          expect(listed?.changes).toEqual(changes);
          expect(listed?.outcomes).toEqual(
            answers.map((a) => ({ status: a.status, lead: a.lead, leads: a.leads, delegation: a.delegation, contenders: a.contenders, contendingParties: a.contendingParties })),
          );
        }
      }
    }
    expect(comparison.differences).toHaveLength(differing);
    expect(comparison.organisations).toEqual([...led].sort(([a], [b]) => (a < b ? -1 : 1)).map(([organisation, counts]) => ({ organisation, led: counts })));
  });

  it("shows, in cells read off the data, who gains and who loses the lead", () => {
    const comparison = compareScenarios(scenarios, { on: "2026-06-01" });
    const at = (theme: string, region: string, sector: string) =>
      comparison.differences.find((d) => d.theme === theme && d.region === region && d.sector === sector);
    // The vo curriculum: fvov by the agreement; the subject associations (pvvvo) by the body's delegation and by their statute.
    expect(at("curriculum", "nl", "vo")?.changes).toEqual([
      { scenario: 1, from: "represented", to: "represented", gains: "pvvvo", loses: "fvov", joins: ["pvvvo"], leaves: ["fvov"] },
      { scenario: 2, from: "represented", to: "represented", gains: "pvvvo", loses: "fvov", joins: ["pvvvo"], leaves: ["fvov"] },
    ]);
    // The mbo curriculum: bvmbo by the agreement and by the mbo chamber; the body itself under OC 2.0.
    expect(at("curriculum", "nl", "mbo")?.changes).toEqual([{ scenario: 1, from: "represented", to: "represented", gains: "oc2", loses: "bvmbo", joins: ["oc2"], leaves: ["bvmbo"] }]);
    // The labour market in Oost-Nederland: left contested by the agreement, the chapter under OC 2.0, the po chair (aob, first turn) in the alternative.
    expect(at("onderwijsarbeidsmarkt", "oost-nederland", "po")?.changes).toEqual([
      { scenario: 1, from: "contested", to: "represented", gains: "lg-oost", loses: null, joins: ["lg-oost"], leaves: [] },
      { scenario: 2, from: "contested", to: "represented", gains: "aob", loses: null, joins: ["aob"], leaves: [] },
    ]);
    // Pay stays with aob under every model.
    expect(at("arbeidsvoorwaarden", "nl", "po")).toBeUndefined();
  });

  it("shows at a glance which model repeats an old mistake", () => {
    const comparison = compareScenarios(scenarios, { on: "2026-06-01" });
    const high = comparison.pitfalls.map(highIds);
    // Only the illustrative alternative (sector chambers, no regional presence, no say for teachers) is far from teachers.
    expect(high).toEqual([[], [], ["distance-to-teachers"]]);
  });
});

describe("the documentation examples of the analysis", () => {
  it("compareScenarios: the vo curriculum moves from fvov to the subject associations under OC 2.0", () => {
    const comparison = compareScenarios([nl.scenarios.coordination, nl.scenarios.oc2], { on: "2026-06-01" });
    expect(comparison.differences.find((d) => d.theme === "curriculum" && d.region === "nl" && d.sector === "vo")?.changes).toEqual([
      { scenario: 1, from: "represented", to: "represented", gains: "pvvvo", loses: "fvov", joins: ["pvvvo"], leaves: ["fvov"] },
    ]);
  });
});
