// Funding periods on a scenario: what the shape accepts and refuses, and the meaning checks
// (unique ids, ordered dates, a "for" written like an id names an organisation, the source exists).
import { describe, expect, it } from "vitest";
import { parseScenario, ScenarioError } from "../../src/index.js";
import { doc, docWith, type Doc, parseIssues } from "../fixtures/load.js";

const good = { id: "f1", by: "OCW", kind: "structural", from: "2026-01-01" };

const withFunding = (value: unknown, edit?: (d: Doc) => void): Doc => docWith("funding", value, edit);

const issues = parseIssues;

describe("funding periods", () => {
  it("are read on any model, every field kept", () => {
    const full = { ...good, until: "2028-01-01", amountEurPerYear: 250_000, fte: 2.5, for: "exploration", source: "letter", note: "asked for in the letter" };
    const scenario = parseScenario(withFunding([full], (d) => (d.sources = [{ id: "letter", title: "Brief" }])));
    expect(scenario.funding).toEqual([full]);
    expect(Object.isFrozen(scenario.funding?.[0])).toBe(true);
  });

  it("may be left out, and an empty list is kept", () => {
    expect(parseScenario(doc("worked-coordination")).funding).toBeUndefined();
    expect(parseScenario(withFunding([])).funding).toEqual([]);
  });

  it("do not keep the caller's objects", () => {
    const input = withFunding([{ ...good }]);
    const scenario = parseScenario(input);
    input.funding[0].by = "changed";
    expect(scenario.funding?.[0]?.by).toBe("OCW");
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a negative amount", -1],
    ["1e308", 1e308],
    ["a string", "1000"],
  ])("refuse %s as an amount a year, at its path", (_name, amount) => {
    const found = issues(withFunding([{ ...good, amountEurPerYear: amount }]));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((i) => i.path.join(".") === "funding.0.amountEurPerYear")).toBe(true);
  });

  it("refuse a negative, infinite or absurd FTE", () => {
    for (const fte of [-0.5, Number.NEGATIVE_INFINITY, 1e308, Number.NaN]) {
      expect(issues(withFunding([{ ...good, fte }])).map((i) => i.path.join("."))).toEqual(["funding.0.fte"]);
    }
  });

  it("take a zero amount as a recorded zero", () => {
    expect(parseScenario(withFunding([{ ...good, amountEurPerYear: 0, fte: 0 }])).funding?.[0]).toMatchObject({ amountEurPerYear: 0, fte: 0 });
  });

  it("refuse Date objects and impossible days, an unknown kind and a missing funder", () => {
    expect(issues(withFunding([{ ...good, from: new Date("2026-01-01") }])).map((i) => i.path.join("."))).toEqual(["funding.0.from"]);
    expect(issues(withFunding([{ ...good, until: "2026-02-30" }])).map((i) => i.path.join("."))).toEqual(["funding.0.until"]);
    expect(issues(withFunding([{ ...good, kind: "recurring" }])).map((i) => i.path.join("."))).toEqual(["funding.0.kind"]);
    const noFunder: Record<string, unknown> = { ...good };
    delete noFunder["by"];
    expect(issues(withFunding([noFunder])).map((i) => i.path.join("."))).toEqual(["funding.0.by"]);
  });

  it("refuse an unknown field", () => {
    expect(issues(withFunding([{ ...good, budget: 5 }]))[0]?.path.slice(0, 2)).toEqual(["funding", 0]);
  });

  it("name a duplicate id, an end not after the start, an unknown organisation and an unknown source", () => {
    const found = issues(
      withFunding([
        good,
        { ...good, until: "2026-01-01" },
        { ...good, id: "f2", for: "ghost-org" },
        { ...good, id: "f3", source: "nowhere" },
      ]),
    );
    expect(found).toEqual([
      { code: "duplicate_id", path: ["funding", 1, "id"], message: 'funding period "f1" appears more than once' },
      { code: "invalid_interval", path: ["funding", 1, "until"], message: 'funding period "f1": 2026-01-01 must be after from 2026-01-01' },
      {
        code: "unknown_reference",
        path: ["funding", 2, "for"],
        message: 'funding period "f2" (a "for" written like an id must name an organisation, or be "exploration"): organisation "ghost-org" does not exist',
      },
      { code: "unknown_reference", path: ["funding", 3, "source"], message: 'funding period "f3": source "nowhere" does not exist' },
    ]);
  });

  it("read a 'for' that names an organisation, the exploration or a programme written as a name", () => {
    const periods = [
      { ...good, id: "f1", for: "aob" },
      { ...good, id: "f2", for: "exploration" },
      { ...good, id: "f3", kind: "project", for: "Groeifondsprogramma Samen Opleiden" },
    ];
    expect(parseScenario(withFunding(periods)).funding?.map((p) => p.for)).toEqual(["aob", "exploration", "Groeifondsprogramma Samen Opleiden"]);
  });

  it("treat __proto__ as an ordinary id", () => {
    expect(parseScenario(withFunding([{ ...good, id: "__proto__" }])).funding?.[0]?.id).toBe("__proto__");
    const found = issues(withFunding([{ ...good, id: "__proto__" }, { ...good, id: "__proto__" }, { ...good, id: "f9", for: "__proto__" }]));
    expect(found.map((i) => i.code)).toEqual(["duplicate_id"]);
    // "__proto__" is not written like an id (underscores at the start), so it is a programme's name and no reference.
  });

  it("throw a ScenarioError listing every problem", () => {
    expect(() => parseScenario(withFunding([{ ...good, until: "2025-01-01", for: "nobody" }]))).toThrow(ScenarioError);
  });
});
