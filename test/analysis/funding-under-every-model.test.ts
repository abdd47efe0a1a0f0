// fragile-funding and the analysis's funding under every model: the periods in force on the
// day decide; unknown amounts stay unknown and the finding says what is missing; the OC 2.0
// body's own funding field is one more period; the exploration's money is reported apart.
import { describe, expect, it } from "vitest";
import { analyseScenario, compareScenarios, findPitfalls } from "../../src/index.js";
import "../../src/locale/nl/index.js";
import type { Scenario } from "../../src/model/types.js";
import { alternative, type Doc, world } from "./fixtures.js";

const DAY = "2026-03-01";
const structural = { id: "f1", by: "OCW", kind: "structural", from: "2026-01-01", amountEurPerYear: 2_000_000, fte: 10 };

function coordination(funding: Doc[] | undefined): Scenario {
  return world("worked-coordination", (d) => {
    if (funding !== undefined) d.funding = funding;
  });
}

function oc2(funding: Doc[] | undefined, edit: (d: Doc) => void = () => undefined): Scenario {
  return world("worked-oc2", (d) => {
    delete d.model.funding;
    if (funding !== undefined) d.funding = funding;
    edit(d);
  });
}

const fragile = (scenario: Scenario, on = DAY) => findPitfalls(scenario, { on }).find((f) => f.id === "fragile-funding");

describe("fragile-funding under coordination and alternative models", () => {
  it("stays quiet when the parties' joint work records no money: they rest on their own means", () => {
    expect(fragile(coordination(undefined))).toBeUndefined();
    expect(fragile(alternative([{ id: "r1", then: { assign: { lead: "aob" } } }]))).toBeUndefined();
  });

  it("fires on project money that ends within the horizon, and names the end", () => {
    const f = fragile(coordination([{ ...structural, kind: "project", until: "2026-12-01" }]));
    expect(f?.severity).toBe("high");
    expect(f?.evidence).toMatchObject({ body: null, reasons: ["project", "ending"], endsOn: "2026-12-01" });
    expect(f?.message).toContain("project money");
    expect(f?.message).toContain("stops on 2026-12-01");
  });

  it("does not fire on structural open-ended money for the joint work", () => {
    expect(fragile(coordination([structural]))).toBeUndefined();
  });

  it("reads only the periods in force on the day: money that has not started is a finding", () => {
    const f = fragile(coordination([{ ...structural, from: "2027-01-01" }]));
    expect(f?.evidence).toMatchObject({ reasons: ["not-started"], startsOn: "2027-01-01" });
    expect(fragile(coordination([{ ...structural, from: "2027-01-01" }]), "2027-06-01")).toBeUndefined();
  });

  it("counts a period that takes over on the day another ends as continuing the money", () => {
    const chained = [
      { ...structural, until: "2026-06-01" },
      { ...structural, id: "f2", from: "2026-06-01" },
    ];
    expect(fragile(coordination(chained))).toBeUndefined();
    const gap = [
      { ...structural, until: "2026-06-01" },
      { ...structural, id: "f2", from: "2026-06-02" },
    ];
    expect(fragile(coordination(gap))?.evidence).toMatchObject({ reasons: ["ending"], endsOn: "2026-06-01" });
  });

  it("ignores money for an organisation, a programme or the exploration when judging the model's work", () => {
    const elsewhere = [
      { ...structural, kind: "one-off", until: "2026-04-01", for: "aob" },
      { ...structural, id: "f2", kind: "project", until: "2026-04-01", for: "Groeifonds programme" },
      { ...structural, id: "f3", kind: "one-off", until: "2026-04-01", for: "exploration" },
    ];
    expect(fragile(coordination(elsewhere))).toBeUndefined();
  });
});

describe("fragile-funding under OC 2.0", () => {
  it("is a finding, not a pass, when the proposal records no funding", () => {
    expect(fragile(oc2(undefined))?.evidence.reasons).toEqual(["no-funding"]);
  });

  it("reads scenario periods with no 'for', or for the body, as the body's money", () => {
    expect(fragile(oc2([structural]))).toBeUndefined();
    expect(fragile(oc2([{ ...structural, for: "oc2" }]))).toBeUndefined();
    expect(fragile(oc2([{ ...structural, for: "aob" }]))?.evidence.reasons).toEqual(["no-funding"]);
  });

  it("reads the body's own funding field as one more period, beside the scenario's", () => {
    const both = oc2([{ ...structural, kind: "one-off" }], (d) => (d.model.funding = { structural: true, annualBudgetEur: 1_000_000 }));
    expect(fragile(both)).toBeUndefined();
    const analysis = analyseScenario(both, { on: DAY }).funding.model;
    expect(analysis).toMatchObject({ periods: ["model.funding", "f1"], kinds: ["structural", "one-off"], eurPerYear: 3_000_000, fte: null, knownFte: 10, unknownFte: ["model.funding"] });
  });
});

describe("unknown amounts", () => {
  it("never count as zero: a total with an unknown part is null, and too little money cannot be shown", () => {
    const s = coordination([
      { ...structural, amountEurPerYear: 10 },
      { id: "f2", by: "members", kind: "structural", from: "2026-01-01" },
    ]);
    expect(analyseScenario(s, { on: DAY }).funding.model).toMatchObject({ eurPerYear: null, knownEurPerYear: 10, unknownAmount: ["f2"], unknownFte: ["f2"] });
    expect(fragile(s)).toBeUndefined();
  });

  it("are named in the finding when it fires, in both languages", () => {
    const f = findPitfalls(coordination([{ id: "f2", by: "members", kind: "one-off", from: "2026-01-01" }]), { on: DAY, locale: "nl" }).find((x) => x.id === "fragile-funding");
    expect(f?.message).toContain("het bedrag per jaar is niet vastgelegd voor f2");
    const en = fragile(coordination([{ id: "f2", by: "members", kind: "one-off", from: "2026-01-01" }]));
    expect(en?.message).toContain("the amount a year is not recorded for f2");
    expect(en?.message).toContain("the FTEs are not recorded for f2");
  });

  it("a recorded zero is zero", () => {
    expect(fragile(coordination([{ ...structural, amountEurPerYear: 0 }]))?.evidence.reasons).toEqual(["no-budget"]);
  });
});

describe("the exploration's own money", () => {
  it("is reported apart from the model's, and its absence is said", () => {
    const none = analyseScenario(coordination(undefined), { on: DAY }).funding;
    expect(none).toMatchObject({ funds: null, explorationRecorded: 0, exploration: { periods: [], eurPerYear: null } });
    const asked = coordination([{ id: "budget", by: "OCW", kind: "project", from: "2025-09-01", until: "2027-09-01", amountEurPerYear: 400_000, fte: 4, for: "exploration" }]);
    expect(analyseScenario(asked, { on: DAY }).funding).toMatchObject({ explorationRecorded: 1, exploration: { periods: ["budget"], kinds: ["project"], eurPerYear: 400_000, fte: 4 } });
  });

  it("is compared side by side", () => {
    const metrics = compareScenarios([coordination([structural]), oc2(undefined)], { on: DAY }).metrics;
    expect(metrics.map((m) => m.funding.model.eurPerYear)).toEqual([2_000_000, null]);
  });
});
