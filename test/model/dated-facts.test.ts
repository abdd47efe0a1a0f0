import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario } from "../../src/governance/parse-scenario.js";
import { membersOn, sectorsOn, valueOn } from "../../src/index.js";
import { type Doc, doc } from "../fixtures/load.js";

/** The issues of a fixture edited by `edit`, as `[code, path]` pairs. */
function problems(edit: (d: Doc) => void, name: "worked-coordination" | "worked-oc2" = "worked-coordination"): [string, string][] {
  const d = doc(name);
  edit(d);
  const result = safeParseScenario(d);
  if (result.success) return [];
  return result.error.issues.map((i) => [i.code, i.path.join(".")]);
}

const series = [
  { total: 100, asOf: "2020-01-01" },
  { total: 300, asOf: "2022-01-01", bySector: { vo: 50 } },
];

describe("membership series", () => {
  it("accepts a list of figures and reads the latest one on or before the day, unknown before the first", () => {
    const d = doc();
    d.organisations[0].members = series;
    const aob = parseScenario(d).organisations[0];
    expect(aob && membersOn(aob, "2019-12-31")).toBeUndefined();
    expect(aob && membersOn(aob, "2020-01-01")?.total).toBe(100);
    expect(aob && membersOn(aob, "2021-12-31")?.total).toBe(100);
    expect(aob && membersOn(aob, new Date(2023, 0, 1))?.total).toBe(300);
  });

  it("keeps one figure holding on every day, before its asOf too, as the first edition read it", () => {
    const aob = parseScenario(doc()).organisations[0];
    expect(aob && membersOn(aob, "1990-01-01")?.total).toBe(84064);
  });

  it("refuses an unsorted series, two figures on one day and an empty series, naming where", () => {
    expect(problems((d) => (d.organisations[0].members = [series[1], series[0]]))).toEqual([["unsorted_periods", "organisations.0.members.1.asOf"]]);
    expect(problems((d) => (d.organisations[0].members = [series[0], { total: 5, asOf: "2020-01-01" }]))).toEqual([["duplicate_date", "organisations.0.members.1.asOf"]]);
    expect(problems((d) => (d.organisations[0].members = []))).toEqual([["empty_list", "organisations.0.members"]]);
  });

  it("checks the sectors of bySector in every figure, a __proto__ key included", () => {
    const figure = JSON.parse('{ "total": 1, "asOf": "2023-01-01", "bySector": { "__proto__": 1 } }') as unknown;
    expect(problems((d) => (d.organisations[0].members = [series[0], figure]))).toEqual([["unknown_reference", "organisations.0.members.1.bySector.__proto__"]]);
  });

  it("names a bad figure inside a series in its own words, not as a failed choice", () => {
    expect(problems((d) => (d.organisations[0].members = [{ total: 1.5, asOf: "2020-01-01" }]))).toEqual([["not_integer", "organisations.0.members.0.total"]]);
    expect(problems((d) => (d.organisations[0].members = { total: 1, asOf: "2020-01-01", extra: 1 }))).toEqual([["unknown_key", "organisations.0.members.extra"]]);
  });

  it("refuses a Date object as asOf, with a message about the day", () => {
    const found = problems((d) => (d.organisations[0].members = [{ total: 1, asOf: new Date(2020, 0, 1) }]));
    expect(found).toHaveLength(1);
    expect(found[0]?.[1]).toBe("organisations.0.members.0.asOf");
  });

  it("checks that a figure's source names a source of the scenario", () => {
    expect(problems((d) => (d.organisations[0].members = { total: 1, asOf: "2020-01-01", source: "nowhere" }))).toEqual([["unknown_reference", "organisations.0.members.source"]]);
  });
});

describe("dated sectors", () => {
  const dated = [
    { from: "2000-01-01", until: "2020-01-01", value: ["vo"] },
    { from: "2020-01-01", value: ["vo", "mbo"] },
  ];

  it("reads the list in force on the day, none outside the periods", () => {
    const d = doc();
    d.organisations[0].sectors = dated;
    const aob = parseScenario(d).organisations[0];
    expect(aob && sectorsOn(aob, "2010-01-01")).toEqual(["vo"]);
    expect(aob && sectorsOn(aob, "2020-01-01")).toEqual(["vo", "mbo"]);
    expect(aob && sectorsOn(aob, "1999-12-31")).toEqual([]);
  });

  it("refuses unsorted and overlapping periods, an empty period and an unknown sector, naming where", () => {
    expect(problems((d) => (d.organisations[0].sectors = [dated[1], dated[0]]))).toEqual([["unsorted_periods", "organisations.0.sectors.1.from"]]);
    expect(problems((d) => (d.organisations[0].sectors = [{ ...dated[0], until: "2021-01-01" }, dated[1]]))).toEqual([["overlapping_periods", "organisations.0.sectors.1.from"]]);
    expect(problems((d) => (d.organisations[0].sectors = [{ from: "2020-01-01", until: "2020-01-01", value: ["vo"] }]))).toEqual([["invalid_interval", "organisations.0.sectors.0.until"]]);
    expect(problems((d) => (d.organisations[0].sectors = [{ from: "2020-01-01", value: ["vo", "hbo"] }]))).toEqual([["unknown_reference", "organisations.0.sectors.0.value.1"]]);
  });

  it("still takes an empty plain list as serving no sector", () => {
    expect(problems((d) => (d.organisations[0].sectors = []))).toEqual([]);
  });
});

describe("an OC 2.0 body's dated safeguards, board and assembly", () => {
  const register = [
    { from: "2012-01-01", until: "2017-08-01", value: { mandatoryRegister: false } },
    { from: "2017-08-01", value: { mandatoryRegister: true } },
  ];

  it("accepts each dated and reads it with valueOn", () => {
    const d = doc("worked-oc2");
    d.model.safeguards = register;
    d.model.assembly = [{ from: "2020-01-01", value: { openToUnorganised: true } }];
    const model = parseScenario(d).model;
    if (model.kind !== "oc2" || !Array.isArray(model.safeguards)) throw new Error("expected a dated register");
    expect(valueOn(model.safeguards, "2015-01-01")).toEqual({ mandatoryRegister: false });
    expect(valueOn(model.safeguards, "2018-01-01")).toEqual({ mandatoryRegister: true });
  });

  it("refuses an empty dated list, an open period before another, and an unknown seat holder inside a period", () => {
    expect(problems((d) => (d.model.safeguards = []), "worked-oc2")).toEqual([["empty_list", "model.safeguards"]]);
    expect(problems((d) => (d.model.safeguards = [{ from: "2012-01-01", value: { mandatoryRegister: false } }, register[1]]), "worked-oc2")).toEqual([["overlapping_periods", "model.safeguards.1.from"]]);
    expect(problems((d) => (d.model.board = [{ from: "2012-01-01", value: { seats: [{ organisation: "nobody", seats: 1 }] } }]), "worked-oc2")).toEqual([["unknown_reference", "model.board.0.value.seats.0.organisation"]]);
  });

  it("refuses a malformed day in the public readers", () => {
    expect(() => valueOn(register, "2015-13-01")).toThrow(/^valueOn: /);
    expect(() => membersOn({ members: series }, "yesterday")).toThrow(/^membersOn: /);
  });
});
