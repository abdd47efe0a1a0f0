import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parseScenario } from "../../src/index.js";
import { scenarioJsonSchema } from "../../src/internal-api.js";
import { holdersOf, leadsOf } from "../../src/model/holders.js";
import { fixtureJson, parseIssues } from "../fixtures/load.js";

// A mandate is held by one organisation (`holder`) or by a coalition (`holders`, with an optional
// `spokesperson`); an alternative rule assigns one lead (`lead`) or a coalition (`leads`).

function doc(): any {
  return structuredClone(fixtureJson("worked-coordination"));
}

const issues = parseIssues;

function withFirstMandate(change: (mandate: any) => void): any {
  const d = doc();
  change(d.mandates[0]);
  return d;
}

describe("a mandate held by a coalition", () => {
  it("is accepted with two or more holders and a spokesperson among them, and read through holdersOf", () => {
    const scenario = parseScenario(
      withFirstMandate((m) => {
        delete m.holder;
        m.holders = ["fvov", "aob", "bvmbo"];
        m.spokesperson = "aob";
      }),
    );
    const mandate = scenario.mandates[0];
    expect(mandate?.holder).toBeUndefined();
    expect(holdersOf(mandate!)).toEqual(["fvov", "aob", "bvmbo"]);
    expect(mandate?.spokesperson).toBe("aob");
  });

  it("reads a single holder's mandate as a list of one", () => {
    expect(holdersOf(parseScenario(doc()).mandates[0]!)).toEqual(["aob"]);
  });

  it("is refused with both holder and holders", () => {
    expect(issues(withFirstMandate((m) => (m.holders = ["aob", "fvov"])))).toEqual([
      { code: "one_and_several", path: ["mandates", 0, "holders"], message: 'mandate "m1": give either "holder" (one organisation) or "holders" (a coalition), not both' },
    ]);
  });

  it("is refused with neither holder nor holders", () => {
    expect(issues(withFirstMandate((m) => delete m.holder))).toEqual([
      { code: "missing_field", path: ["mandates", 0, "holder"], message: 'mandate "m1": needs "holder" (one organisation) or "holders" (a coalition of two or more)' },
    ]);
  });

  it("is refused with an unknown holder in holders, naming it and its place", () => {
    const d = withFirstMandate((m) => {
      delete m.holder;
      m.holders = ["aob", "ghost"];
    });
    expect(issues(d)).toEqual([{ code: "unknown_reference", path: ["mandates", 0, "holders", 1], message: 'mandate "m1": organisation "ghost" does not exist' }]);
  });

  it("is refused when a holder is listed twice", () => {
    const d = withFirstMandate((m) => {
      delete m.holder;
      m.holders = ["aob", "fvov", "aob"];
    });
    expect(issues(d)).toEqual([{ code: "duplicate_id", path: ["mandates", 0, "holders", 2], message: 'mandate "m1": coalition member "aob" appears more than once' }]);
  });

  it("is refused with fewer than two holders", () => {
    const d = withFirstMandate((m) => {
      delete m.holder;
      m.holders = ["aob"];
    });
    expect(issues(d)).toEqual([{ code: "too_small", path: ["mandates", 0, "holders"], message: "mandates[0].holders: must have at least 2 items" }]);
  });

  it("is refused when the spokesperson is not among the holders", () => {
    const d = withFirstMandate((m) => {
      delete m.holder;
      m.holders = ["aob", "fvov"];
      m.spokesperson = "cnvo";
    });
    expect(issues(d)).toEqual([
      { code: "spokesperson_not_in_coalition", path: ["mandates", 0, "spokesperson"], message: 'mandate "m1": spokesperson "cnvo" is not one of holders "aob", "fvov"' },
    ]);
  });

  it("is refused with a spokesperson beside a single holder", () => {
    expect(issues(withFirstMandate((m) => (m.spokesperson = "aob")))).toEqual([
      { code: "spokesperson_without_coalition", path: ["mandates", 0, "spokesperson"], message: 'mandate "m1": a spokesperson needs a coalition in "holders"' },
    ]);
  });
});

describe("an alternative rule that assigns a coalition", () => {
  function rule(assign: unknown): any {
    const d = doc();
    d.model = { kind: "alternative", name: "Together", rules: [{ id: "r1", then: { assign } }] };
    return d;
  }

  it("is accepted with leads, a spokesperson and members, and read through leadsOf", () => {
    const scenario = parseScenario(rule({ leads: ["aob", "cnvo"], spokesperson: "cnvo", members: ["fvov"] }));
    const then = (scenario.model as any).rules[0].then;
    expect(leadsOf(then.assign)).toEqual(["aob", "cnvo"]);
    expect(leadsOf({ lead: "aob" })).toEqual(["aob"]);
  });

  it("is refused with both lead and leads, or with neither", () => {
    expect(issues(rule({ lead: "aob", leads: ["aob", "cnvo"] })).map((i) => [i.code, i.path])).toEqual([["one_and_several", ["model", "rules", 0, "then", "assign", "leads"]]]);
    expect(issues(rule({ members: ["aob"] })).map((i) => [i.code, i.path])).toEqual([["missing_field", ["model", "rules", 0, "then", "assign", "lead"]]]);
  });

  it("is refused with an unknown or repeated lead, or a spokesperson outside the coalition", () => {
    expect(issues(rule({ leads: ["aob", "nobody", "aob"], spokesperson: "fvov" })).map((i) => [i.code, i.path])).toEqual([
      ["unknown_reference", ["model", "rules", 0, "then", "assign", "leads", 1]],
      ["duplicate_id", ["model", "rules", 0, "then", "assign", "leads", 2]],
      ["spokesperson_not_in_coalition", ["model", "rules", 0, "then", "assign", "spokesperson"]],
    ]);
  });
});

describe("the JSON Schema of a coalition", () => {
  it("asks exactly one of holder or holders, and a spokesperson only beside holders", () => {
    const schema = scenarioJsonSchema() as any;
    const mandate = schema.properties.mandates.items;
    expect(mandate.oneOf).toEqual([{ required: ["holder"] }, { required: ["holders"] }]);
    expect(mandate.dependentRequired).toEqual({ spokesperson: ["holders"] });
    expect(mandate.properties.holders.minItems).toBe(2);
    expect(mandate.required).not.toContain("holder");
    const valid = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect(valid(withFirstMandate((m) => (m.holders = ["aob", "fvov"])))).toBe(false);
    expect(valid(withFirstMandate((m) => delete m.holder))).toBe(false);
    expect(valid(withFirstMandate((m) => (m.spokesperson = "aob")))).toBe(false);
    const coalition = withFirstMandate((m) => {
      delete m.holder;
      m.holders = ["aob", "fvov"];
      m.spokesperson = "aob";
    });
    expect(valid(coalition)).toBe(true);
    const assign = JSON.stringify(schema);
    expect(assign).toContain('"oneOf":[{"required":["lead"]},{"required":["leads"]}],"dependentRequired":{"spokesperson":["leads"]}');
  });
});
