import { describe, expect, it } from "vitest";
import { parseScenario, resolve, ScenarioError, safeParseScenario } from "../../src/index.js";
import { figureOf } from "../fixtures/in-force.js";

/** Two unions in a sector whose id is given; `big` gives a figure for the other sector only, `small` for this one. */
function text(sector: string, figure: string): string {
  return `{
    "schemaVersion": 1, "id": "w", "name": "W",
    "sectors": [{ "id": ${JSON.stringify(sector)}, "name": "S" }, { "id": "po", "name": "PO" }],
    "regions": [{ "id": "nl", "name": "NL", "level": "national" }],
    "themes": [{ "id": "t", "name": "T", "kind": "professional" }],
    "organisations": [
      { "id": "big", "name": "Big", "kind": "union", "sectors": [${JSON.stringify(sector)}, "po"], "members": { "total": 300, "asOf": "2025-01-01", "bySector": { "po": 5 } } },
      { "id": "small", "name": "Small", "kind": "union", "sectors": [${JSON.stringify(sector)}],
        "members": { "total": 250, "asOf": "2025-01-01", "bySector": { ${JSON.stringify(sector)}: ${figure} } } }
    ],
    "mandates": [],
    "model": { "kind": "coordination", "parties": ["big", "small"], "agreement": { "id": "a", "signedOn": "2025-01-01", "signatories": ["big", "small"] }, "fallback": "largest-membership" }
  }`;
}

describe("ids named like Object.prototype members", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"])("the largest-membership fallback reads only own figures for sector %j", (sector) => {
    const scenario = parseScenario(JSON.parse(text(sector, "200")));
    const answer = resolve(scenario, { theme: "t", region: "nl", sector, on: "2025-06-01" });
    expect(answer.lead).toBe("big");
    expect(answer.basis.map((step) => step.claim.source)).toContainEqual({ kind: "fallback", mode: "largest-membership", members: 300 });
  });

  it("keeps a bySector figure for a sector named __proto__ read from JSON", () => {
    const scenario = parseScenario(JSON.parse(text("__proto__", "280")));
    const small = scenario.organisations[1];
    const bySector = figureOf(small)?.bySector;
    expect(bySector !== undefined && Object.hasOwn(bySector, "__proto__")).toBe(true);
    expect(Object.entries(figureOf(small)?.bySector ?? {})).toEqual([["__proto__", 280]]);
  });

  it("refuses a negative bySector figure under a __proto__ key, naming where", () => {
    const result = safeParseScenario(JSON.parse(text("__proto__", "-5")));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ScenarioError);
    expect(result.error.issues).toEqual([
      { code: "negative_number", path: ["organisations", 1, "members", "bySector", "__proto__"], message: "organisations[1].members.bySector.__proto__: must be at least 0" },
    ]);
  });

  it("refuses a bySector key that names no sector, even __proto__", () => {
    const doc = JSON.parse(text("vo", "10")) as { organisations: { members: { bySector: Record<string, number> } }[] };
    // "__proto__" is no sector here.
    const bySector = JSON.parse('{"__proto__": 10}') as Record<string, number>;
    const small = doc.organisations[1];
    if (small !== undefined) small.members.bySector = bySector;
    const result = safeParseScenario(doc);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path)).toEqual([["organisations", 1, "members", "bySector", "__proto__"]]);
  });
});
