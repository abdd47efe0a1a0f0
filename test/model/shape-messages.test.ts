import { describe, expect, it } from "vitest";
import { safeParseScenario } from "../../src/index.js";
import type { ScenarioIssue } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";

// Shape problems as the user reads them: a code, the path, and a message that says what
// was expected and what was found there.

function broken(edit: (d: any) => void, name: "worked-coordination" | "worked-oc2" = "worked-coordination"): ScenarioIssue[] {
  const d = structuredClone(fixtureJson(name));
  edit(d);
  return issuesOf(d);
}

function issuesOf(input: unknown): ScenarioIssue[] {
  const result = safeParseScenario(input);
  if (result.success) throw new Error("expected the input to be rejected");
  return result.error.issues.map((i) => ({ code: i.code, path: [...i.path], message: i.message }));
}

const rule = (then: unknown) => (d: any) => {
  d.model = { kind: "alternative", name: "x", rules: [{ id: "r", then }] };
};

describe("shape messages", () => {
  it("say what type was expected and describe what was found", () => {
    expect(broken((d) => (d.name = 42))).toEqual([{ code: "invalid_type", path: ["name"], message: "name: expected string, received number" }]);
    expect(broken((d) => (d.name = null))[0]?.message).toBe("name: expected string, received null");
    expect(broken((d) => (d.name = {}))[0]?.message).toBe("name: expected string, received an object");
    expect(broken((d) => (d.sectors = [[1]]))).toEqual([{ code: "invalid_type", path: ["sectors", 0], message: "sectors[0]: expected object, received an array" }]);
    expect(issuesOf(0)).toEqual([{ code: "invalid_type", path: [], message: "(root): expected object, received number" }]);
    expect(issuesOf(undefined)).toEqual([{ code: "invalid_type", path: [], message: "(root): expected object, received undefined" }]);
  });

  it("call a missing field required, and a fraction not a whole number", () => {
    expect(broken((d) => delete d.id)).toEqual([{ code: "missing_field", path: ["id"], message: "id: required, expected string" }]);
    expect(broken((d) => (d.organisations[0].members.total = 1.5))).toEqual([
      { code: "not_integer", path: ["organisations", 0, "members", "total"], message: "organisations[0].members.total: expected a whole number" },
    ]);
  });

  it("quote a date that is not a calendar day", () => {
    expect(broken((d) => (d.mandates[0].validFrom = "2025-02-30"))).toEqual([
      { code: "invalid_date", path: ["mandates", 0, "validFrom"], message: 'mandates[0].validFrom: "2025-02-30" is not a calendar date written YYYY-MM-DD' },
    ]);
  });

  it("give the bounds of numbers, strings and lists", () => {
    expect(broken((d) => (d.organisations[0].members.total = -1))).toEqual([
      { code: "negative_number", path: ["organisations", 0, "members", "total"], message: "organisations[0].members.total: must be at least 0" },
    ]);
    expect(broken((d) => (d.model.funding.fte = -2), "worked-oc2")[0]?.message).toBe("model.funding.fte: must be at least 0");
    expect(broken((d) => (d.id = ""))).toEqual([{ code: "too_small", path: ["id"], message: "id: must have at least 1 character" }]);
    expect(broken((d) => (d.regions = []))).toEqual([{ code: "too_small", path: ["regions"], message: "regions: must have at least 1 item" }]);
    expect(broken((d) => (d.id = "x".repeat(201)))).toEqual([{ code: "too_big", path: ["id"], message: "id: must be at most 200 characters" }]);
  });

  it("list the allowed values, and name the key that selects the form", () => {
    expect(broken((d) => (d.mandates[0].role = "chair"))).toEqual([
      { code: "invalid_value", path: ["mandates", 0, "role"], message: 'mandates[0].role: expected "lead" or "member", received "chair"' },
    ]);
    expect(broken((d) => (d.mandates[0].grant = { by: "magic" }))).toEqual([
      { code: "invalid_value", path: ["mandates", 0, "grant", "by"], message: 'mandates[0].grant.by: "magic" is not an allowed "by"' },
    ]);
  });

  it("say what was received when no form of a choice matches", () => {
    const then = ["model", "rules", 0, "then"];
    expect(broken(rule({ frobnicate: 1, twiddle: 2 }))).toEqual([
      { code: "invalid_union", path: then, message: "model.rules[0].then: does not match any allowed form (received frobnicate, twiddle)" },
    ]);
    expect(broken(rule({}))[0]?.message).toBe("model.rules[0].then: does not match any allowed form (received an empty object)");
    expect(broken(rule([1]))[0]?.message).toBe("model.rules[0].then: does not match any allowed form (received an array)");
    expect(broken(rule(null))[0]?.message).toBe("model.rules[0].then: does not match any allowed form (received null)");
    expect(broken((d) => (d.mandates[0].scope.themes = "some"))[0]?.message).toBe("mandates[0].scope.themes: does not match any allowed form (received string)");
  });

  it("name every unknown key, and pass on other problems with zod's own words", () => {
    expect(broken((d) => Object.assign(d, { extra: 1, more: 2 }))).toEqual([
      { code: "unknown_key", path: ["extra"], message: '(root): unknown key "extra"' },
      { code: "unknown_key", path: ["more"], message: '(root): unknown key "more"' },
    ]);
    const key = broken((d) => (d.organisations[0].members.bySector = { "": 5 }));
    expect(key.map((i) => [i.code, i.path])).toEqual([["invalid_key", ["organisations", 0, "members", "bySector", ""]]]);
    expect(key[0]?.message).toMatch(/^organisations\[0\]\.members\.bySector\.: \S/);
  });
});
