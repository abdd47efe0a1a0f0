import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario, ScenarioError } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";

type Json = Record<string, unknown>;

/** A fresh, valid copy of the coordination worked example, to break in one place. */
function world(): Json {
  return structuredClone(fixtureJson("worked-coordination")) as Json;
}

function issuesOf(input: unknown): { code: string; path: (string | number)[] }[] {
  const result = safeParseScenario(input);
  if (result.success) throw new Error("expected the input to be rejected");
  return result.error.issues.map((issue) => ({ code: issue.code, path: [...issue.path] }));
}

function edit(change: (w: any) => void): Json {
  const w = world();
  change(w);
  return w;
}

describe("parseScenario on valid input", () => {
  it("parses both worked-example worlds", () => {
    expect(parseScenario(fixtureJson("worked-coordination")).model.kind).toBe("coordination");
    expect(parseScenario(fixtureJson("worked-oc2")).model.kind).toBe("oc2");
  });

  it("returns a deeply frozen scenario", () => {
    const scenario = parseScenario(world());
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.mandates)).toBe(true);
    expect(Object.isFrozen(scenario.mandates[0]?.scope.regions)).toBe(true);
    expect(Object.isFrozen(scenario.model)).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = world();
    const before = structuredClone(input);
    parseScenario(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("accepts a frozen input", () => {
    const input = Object.freeze(world());
    expect(parseScenario(input).id).toBe("worked-coordination");
  });

  it("accepts real leap days", () => {
    const input = edit((w) => {
      w.mandates[0].validFrom = "2024-02-29";
    });
    expect(parseScenario(input).mandates[0]?.validFrom).toBe("2024-02-29");
  });
});

// Each row: a name, how to break the world, the code and path expected among the issues.
const bad: [string, () => unknown, string, (string | number)[]][] = [
  ["wrong type for the name", () => edit((w) => { w.name = 42; }), "invalid_type", ["name"]],
  ["missing id", () => edit((w) => { delete w.id; }), "missing_field", ["id"]],
  ["missing mandate holder", () => edit((w) => { delete w.mandates[0].holder; }), "missing_field", ["mandates", 0, "holder"]],
  ["regions is not an array", () => edit((w) => { w.regions = {}; }), "invalid_type", ["regions"]],
  ["empty id", () => edit((w) => { w.sectors[0].id = ""; }), "too_small", ["sectors", 0, "id"]],
  ["unknown organisation kind", () => edit((w) => { w.organisations[0].kind = "guild"; }), "invalid_value", ["organisations", 0, "kind"]],
  ["unknown role", () => edit((w) => { w.mandates[0].role = "chair"; }), "invalid_value", ["mandates", 0, "role"]],
  ["unknown model kind", () => edit((w) => { w.model.kind = "anarchy"; }), "invalid_value", ["model", "kind"]],
  ["unknown grant form", () => edit((w) => { w.mandates[0].grant = { by: "magic" }; }), "invalid_value", ["mandates", 0, "grant", "by"]],
  ["unknown key at the top", () => edit((w) => { w.extra = true; }), "unknown_key", ["extra"]],
  ["unknown key in a scope (a typo)", () => edit((w) => { w.mandates[0].scope.sector = "all"; }), "unknown_key", ["mandates", 0, "scope", "sector"]],
  ["__proto__ key", () => { const w = world(); Object.defineProperty(w, "__proto__", { value: { polluted: true }, enumerable: true }); return w; }, "unknown_key", ["__proto__"]],
  ["constructor key", () => edit((w) => { w.organisations[0].constructor = "x"; }), "unknown_key", ["organisations", 0, "constructor"]],
  ["duplicate region id", () => edit((w) => { w.regions.push({ id: "west", name: "West 2", level: "region", parent: "nl" }); }), "duplicate_id", ["regions", 5, "id"]],
  ["duplicate mandate id", () => edit((w) => { w.mandates[1].id = "m1"; }), "duplicate_id", ["mandates", 1, "id"]],
  ["duplicate organisation id", () => edit((w) => { w.organisations[1].id = "aob"; }), "duplicate_id", ["organisations", 1, "id"]],
  ["unknown holder", () => edit((w) => { w.mandates[0].holder = "ghost"; }), "unknown_reference", ["mandates", 0, "holder"]],
  ["unknown theme in a scope", () => edit((w) => { w.mandates[0].scope.themes = ["astrology"]; }), "unknown_reference", ["mandates", 0, "scope", "themes", 0]],
  ["unknown region in a scope", () => edit((w) => { w.mandates[0].scope.regions = ["mars"]; }), "unknown_reference", ["mandates", 0, "scope", "regions", 0]],
  ["unknown sector in a scope", () => edit((w) => { w.mandates[0].scope.sectors = ["wo"]; }), "unknown_reference", ["mandates", 0, "scope", "sectors", 0]],
  ["unknown region parent", () => edit((w) => { w.regions[1].parent = "atlantis"; }), "unknown_reference", ["regions", 1, "parent"]],
  ["unknown theme parent", () => edit((w) => { w.themes[3].parent = "nothing"; }), "unknown_reference", ["themes", 3, "parent"]],
  ["unknown federation in memberOf", () => edit((w) => { w.organisations[2].memberOf = ["cmhf"]; }), "unknown_reference", ["organisations", 2, "memberOf", 0]],
  ["unknown sector an organisation serves", () => edit((w) => { w.organisations[0].sectors = ["po", "wo"]; }), "unknown_reference", ["organisations", 0, "sectors", 1]],
  ["unknown party", () => edit((w) => { w.model.parties.push("ghost"); }), "unknown_reference", ["model", "parties", 4]],
  ["unknown signatory", () => edit((w) => { w.model.agreement.signatories[0] = "ghost"; }), "unknown_reference", ["model", "agreement", "signatories", 0]],
  ["unknown agreement in a grant", () => edit((w) => { w.mandates[0].grant.agreement = "a9"; }), "unknown_reference", ["mandates", 0, "grant", "agreement"]],
  ["unknown delegating organisation", () => edit((w) => { w.mandates[0].grant = { by: "delegation", from: "ghost" }; }), "unknown_reference", ["mandates", 0, "grant", "from"]],
  ["unknown OC 2.0 body", () => { const w = structuredClone(fixtureJson("worked-oc2")) as any; w.model.body = "ghost"; return w; }, "unknown_reference", ["model", "body"]],
  ["unknown board seat holder", () => { const w = structuredClone(fixtureJson("worked-oc2")) as any; w.model.board.seats[0].organisation = "ghost"; return w; }, "unknown_reference", ["model", "board", "seats", 0, "organisation"]],
  ["unknown chapter region", () => { const w = structuredClone(fixtureJson("worked-oc2")) as any; w.model.chapters[0].region = "mars"; return w; }, "unknown_reference", ["model", "chapters", 0, "region"]],
  ["unknown chapter organisation", () => { const w = structuredClone(fixtureJson("worked-oc2")) as any; w.model.chapters[0].organisation = "ghost"; return w; }, "unknown_reference", ["model", "chapters", 0, "organisation"]],
  ["unknown rule organisation", () => edit((w) => { w.model = { kind: "alternative", name: "x", rules: [{ id: "r1", then: { assign: { lead: "ghost" } } }] }; }), "unknown_reference", ["model", "rules", 0, "then", "assign", "lead"]],
  ["unknown rotation member", () => edit((w) => { w.model = { kind: "alternative", name: "x", rules: [{ id: "r1", then: { rotate: { among: ["aob", "ghost"], every: { years: 1 }, startingOn: "2026-01-01" } } }] }; }), "unknown_reference", ["model", "rules", 0, "then", "rotate", "among", 1]],
  ["unknown theme in a rule condition", () => edit((w) => { w.model = { kind: "alternative", name: "x", rules: [{ id: "r1", when: { themes: ["nope"] }, then: { unrepresented: { reason: "x" } } }] }; }), "unknown_reference", ["model", "rules", 0, "when", "themes", 0]],
  ["two root regions", () => edit((w) => { delete w.regions[2].parent; }), "multiple_root_regions", ["regions", 2]],
  ["no root region", () => edit((w) => { w.regions[0].parent = "noord"; }), "no_root_region", ["regions"]],
  ["a region cycle", () => edit((w) => { w.regions.push({ id: "a", name: "A", level: "x", parent: "b" }, { id: "b", name: "B", level: "x", parent: "a" }); }), "region_cycle", ["regions", 5, "parent"]],
  ["a theme cycle", () => edit((w) => { w.themes[2].parent = "bevoegdheden"; }), "theme_cycle", ["themes", 2, "parent"]],
  ["a root theme without kind", () => edit((w) => { delete w.themes[0].kind; }), "theme_kind_missing", ["themes", 0, "kind"]],
  ["an impossible date", () => edit((w) => { w.mandates[0].validFrom = "2025-02-30"; }), "invalid_date", ["mandates", 0, "validFrom"]],
  ["29 February in a common year", () => edit((w) => { w.organisations[0].founded = "2023-02-29"; }), "invalid_date", ["organisations", 0, "founded"]],
  ["a date with a time", () => edit((w) => { w.mandates[0].validFrom = "2025-01-01T00:00:00Z"; }), "invalid_date", ["mandates", 0, "validFrom"]],
  ["a reversed validity", () => edit((w) => { w.mandates[0].validUntil = "2024-01-01"; }), "invalid_interval", ["mandates", 0, "validUntil"]],
  ["an empty validity", () => edit((w) => { w.mandates[0].validUntil = "2025-01-01"; }), "invalid_interval", ["mandates", 0, "validUntil"]],
  ["dissolved before founded", () => edit((w) => { w.organisations[0].dissolved = "1990-01-01"; }), "invalid_interval", ["organisations", 0, "dissolved"]],
  ["negative member count", () => edit((w) => { w.organisations[0].members.total = -5; }), "negative_number", ["organisations", 0, "members", "total"]],
  ["fractional member count", () => edit((w) => { w.organisations[0].members.total = 10.5; }), "not_integer", ["organisations", 0, "members", "total"]],
  ["negative seats", () => { const w = structuredClone(fixtureJson("worked-oc2")) as any; w.model.board.seats[0].seats = -1; return w; }, "negative_number", ["model", "board", "seats", 0, "seats"]],
  ["a zero rotation period", () => edit((w) => { w.model = { kind: "alternative", name: "x", rules: [{ id: "r1", then: { rotate: { among: ["aob"], every: { months: 0 }, startingOn: "2026-01-01" } } }] }; }), "invalid_period", ["model", "rules", 0, "then", "rotate", "every"]],
  ["one party only", () => edit((w) => { w.model.parties = ["aob"]; }), "too_few_parties", ["model", "parties"]],
  ["schemaVersion 2", () => edit((w) => { w.schemaVersion = 2; }), "unsupported_version", ["schemaVersion"]],
  ["schemaVersion as a string", () => edit((w) => { w.schemaVersion = "1"; }), "unsupported_version", ["schemaVersion"]],
  ["an empty theme list in a scope", () => edit((w) => { w.mandates[0].scope.themes = []; }), "empty_list", ["mandates", 0, "scope", "themes"]],
  ["an empty region list in a scope", () => edit((w) => { w.mandates[0].scope.regions = []; }), "too_small", ["mandates", 0, "scope", "regions"]],
  ["undefined", () => undefined, "invalid_type", []],
  ["null", () => null, "invalid_type", []],
  ["a function", () => () => 1, "invalid_type", []],
  ["a 10 MB string", () => "x".repeat(10 * 1024 * 1024), "invalid_type", []],
  ["an array", () => [], "invalid_type", []],
  ["a cyclic object", () => { const w = world() as any; w.self = w; return w; }, "unknown_key", ["self"]],
  ["a cyclic object inside a known field", () => { const w = world() as any; w.regions[1].parent = w.regions[1]; return w; }, "invalid_type", ["regions", 1, "parent"]],
  ["an overlong id", () => edit((w) => { w.id = "x".repeat(201); }), "too_big", ["id"]],
];

describe("parseScenario on bad input", () => {
  it.each(bad)("rejects %s", (_name, make, code, path) => {
    const input = make();
    expect(issuesOf(input)).toContainEqual({ code, path });
  });

  it("has at least 30 distinct bad inputs", () => {
    expect(new Set(bad.map(([name]) => name)).size).toBeGreaterThanOrEqual(30);
  });

  it("reports every problem, not only the first", () => {
    const input = edit((w) => {
      w.mandates[0].holder = "ghost";
      w.mandates[1].scope.regions = ["mars"];
      w.regions[1].parent = "atlantis";
    });
    const codes = issuesOf(input).map((i) => i.path.join("."));
    expect(codes).toEqual(expect.arrayContaining(["mandates.0.holder", "mandates.1.scope.regions.0", "regions.1.parent"]));
  });

  it("names the offending id in the message", () => {
    const result = safeParseScenario(edit((w) => { w.mandates[2].holder = "ghost"; }));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe('mandate "m3": organisation "ghost" does not exist');
  });

  it("throws a ScenarioError that lists the issues in its message", () => {
    let caught: unknown;
    try {
      parseScenario(edit((w) => { w.mandates[0].holder = "ghost"; }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as ScenarioError).name).toBe("ScenarioError");
    expect((caught as ScenarioError).message).toContain("mandates[0].holder");
  });

  it("says which versions are supported", () => {
    const result = safeParseScenario({ schemaVersion: 3 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.issues[0]?.message).toContain("reads version 1");
    }
  });

  it("pollutes nothing through __proto__ from JSON", () => {
    const input = JSON.parse(`{"__proto__": {"polluted": true}, "schemaVersion": 1}`) as unknown;
    expect(safeParseScenario(input).success).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("turns a throwing getter into a typed error", () => {
    const input = world();
    Object.defineProperty(input, "name", { enumerable: true, get: () => { throw new Error("boom"); } });
    const result = safeParseScenario(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.code).toBe("unreadable_input");
    expect(() => parseScenario(input)).toThrow(ScenarioError);
  });
});
