// What the reach reads beyond member totals: a figure's count of teachers, and overlaps
// between two organisations. The shape refuses negatives, NaN and strangers; the meaning
// checks refuse unknown or repeated organisations, a second figure on one day, and more
// teachers or shared members than an organisation has.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/index.js";
import { scenarioJsonSchema } from "../../src/internal-api.js";
import { doc, docWith, type Doc, parseIssues } from "../fixtures/load.js";
import { figureOf } from "../fixtures/in-force.js";

const overlap = { organisations: ["aob", "cnvo"], members: 2000, asOf: "2024-01-01" };

const withOverlaps = (value: unknown, edit?: (d: Doc) => void): Doc => docWith("overlaps", value, edit);

const issues = parseIssues;

describe("a membership figure's teachers", () => {
  it("is read and kept", () => {
    const d = doc("worked-coordination");
    d.organisations[0].members.teachers = 60_000;
    expect(figureOf(parseScenario(d).organisations[0])?.teachers).toBe(60_000);
  });

  it("may not exceed the members, and says which organisation and figure", () => {
    const d = doc("worked-coordination");
    d.organisations[0].members.teachers = 90_000;
    expect(issues(d)).toEqual([
      { code: "too_many_teachers", path: ["organisations", 0, "members", "teachers"], message: 'organisation "aob": 90000 teachers is more than its 84064 members (as of 2020-01-01)' },
    ]);
  });

  it("in a series, is checked figure by figure and named by its place in the series", () => {
    const d = doc("worked-coordination");
    d.organisations[0].members = [
      { total: 80_000, asOf: "2018-01-01", teachers: 70_000 },
      { total: 84_064, asOf: "2020-01-01", teachers: 90_000 },
    ];
    expect(issues(d)).toEqual([
      { code: "too_many_teachers", path: ["organisations", 0, "members", 1, "teachers"], message: 'organisation "aob": 90000 teachers is more than its 84064 members (as of 2020-01-01)' },
    ]);
  });

  it("refuses a negative count, NaN and a fraction at its path", () => {
    for (const bad of [-1, Number.NaN, 1.5]) {
      const d = doc("worked-coordination");
      d.organisations[0].members.teachers = bad;
      expect(issues(d).map((i) => i.path)).toEqual([["organisations", 0, "members", "teachers"]]);
    }
  });
});

describe("overlaps between organisations", () => {
  it("are read with every field, and do not keep the caller's objects", () => {
    const full = { ...overlap, source: "survey", note: "members of both unions" };
    const input = withOverlaps([{ ...full }], (d) => (d.sources = [{ id: "survey", title: "Survey" }]));
    const scenario = parseScenario(input);
    input.overlaps[0].members = 1;
    expect(scenario.overlaps).toEqual([full]);
    expect(Object.isFrozen(scenario.overlaps?.[0])).toBe(true);
  });

  it("may be left out", () => {
    expect(parseScenario(doc("worked-coordination")).overlaps).toBeUndefined();
  });

  it("name known organisations and a known source", () => {
    expect(issues(withOverlaps([{ ...overlap, organisations: ["aob", "nobody"], source: "nowhere" }]))).toEqual([
      { code: "unknown_reference", path: ["overlaps", 0, "organisations", 1], message: 'overlap of "aob" and "nobody": organisation "nobody" does not exist' },
      { code: "unknown_reference", path: ["overlaps", 0, "source"], message: 'overlap of "aob" and "nobody": source "nowhere" does not exist' },
    ]);
  });

  it("need two different organisations", () => {
    expect(issues(withOverlaps([{ ...overlap, organisations: ["aob", "aob"] }])).map((i) => i.code)).toEqual(["self_overlap"]);
  });

  it("give one figure a day for a pair, in either order", () => {
    const again = { ...overlap, organisations: ["cnvo", "aob"] };
    expect(issues(withOverlaps([overlap, again]))).toEqual([
      { code: "duplicate_overlap", path: ["overlaps", 1], message: 'overlap of "cnvo" and "aob": a second figure as of 2024-01-01; give one figure a day for each pair' },
    ]);
    expect(issues(withOverlaps([overlap, { ...again, asOf: "2025-01-01" }]))).toEqual([]);
  });

  it("share no more members than either organisation has", () => {
    expect(issues(withOverlaps([{ ...overlap, members: 60_000 }]))).toEqual([
      { code: "overlap_too_large", path: ["overlaps", 0, "members"], message: 'overlap of "aob" and "cnvo": 60000 shared members is more than the 51000 members of "cnvo" (as of 2021-08-01)' },
    ]);
  });

  it("may name an organisation without a figure", () => {
    expect(issues(withOverlaps([{ ...overlap, organisations: ["aob", "bvmbo"] }]))).toEqual([]);
  });

  it("refuse a negative or NaN count, a list of one or three, and an unknown key", () => {
    for (const bad of [{ ...overlap, members: -3 }, { ...overlap, members: Number.NaN }, { ...overlap, organisations: ["aob"] }, { ...overlap, organisations: ["aob", "cnvo", "fvov"] }, { ...overlap, shared: 1 }]) {
      expect(issues(withOverlaps([bad])).length).toBeGreaterThan(0);
    }
  });
});

describe("the JSON Schema of overlaps and teacher figures", () => {
  function validate(d: Doc): boolean {
    const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
    return ajv.compile(scenarioJsonSchema())(d);
  }

  it("accepts both and refuses a pair of three and a negative teacher count", () => {
    expect(validate(withOverlaps([overlap], (d) => (d.organisations[0].members.teachers = 10)))).toBe(true);
    expect(validate(withOverlaps([{ ...overlap, organisations: ["aob", "cnvo", "fvov"] }]))).toBe(false);
    expect(validate(withOverlaps([], (d) => (d.organisations[0].members.teachers = -1)))).toBe(false);
  });
});
