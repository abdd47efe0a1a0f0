import { describe, expect, it } from "vitest";
import { type Mandate, parseScenario, type Scenario } from "../../src/index.js";
import { applyChange, type Change } from "../../src/change-entry.js";
import { refusal, world } from "./fixtures.js";

const m7: Mandate = {
  id: "m7",
  holder: "aob",
  role: "lead",
  scope: { themes: ["curriculum"], regions: ["noord"], sectors: "all" },
  validFrom: "2025-01-01",
  grant: { by: "agreement", agreement: "a1" },
};

describe("applyChange", () => {
  it("returns the patches both ways, as in its documentation", () => {
    const scenario = world("coordination");
    const { scenario: next, patches, inversePatches } = applyChange(scenario, { type: "revoke-mandate", id: "m1", on: "2026-01-01" });
    expect(next.mandates[0]?.validUntil).toBe("2026-01-01");
    expect(patches).toEqual([{ op: "add", path: ["mandates", 0, "validUntil"], value: "2026-01-01" }]);
    expect(inversePatches).toEqual([{ op: "remove", path: ["mandates", 0, "validUntil"] }]);
    expect(next.regions).toBe(scenario.regions);
  });

  it("shares every part the change did not touch with the input", () => {
    const before = world("coordination");
    const after = applyChange(before, { type: "grant-mandate", mandate: m7 }).scenario;
    for (const key of ["regions", "themes", "sectors", "organisations", "model"] as const) expect(after[key]).toBe(before[key]);
    expect(after.mandates).not.toBe(before.mandates);
    before.mandates.forEach((mandate, i) => {
      expect(after.mandates[i]).toBe(mandate);
    });
  });

  it("returns a deeply frozen scenario and frozen patches", () => {
    const { scenario, patches } = applyChange(world("coordination"), { type: "grant-mandate", mandate: m7 });
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.mandates)).toBe(true);
    expect(Object.isFrozen(scenario.mandates.at(-1)?.scope.regions)).toBe(true);
    expect(Object.isFrozen(patches)).toBe(true);
    expect(Object.isFrozen(patches[0])).toBe(true);
  });

  it("never freezes, keeps or changes the change it is given", () => {
    const change = { type: "grant-mandate", mandate: structuredClone(m7) } as const;
    const copy = structuredClone(change);
    const after = applyChange(world("coordination"), change).scenario;
    expect(change).toEqual(copy);
    expect(Object.isFrozen(change.mandate)).toBe(false);
    expect(after.mandates.at(-1)).not.toBe(change.mandate);
    expect(after.mandates.at(-1)).toEqual(change.mandate);
  });

  it("gives a result that parseScenario accepts as it is", () => {
    const after = applyChange(world("coordination"), { type: "grant-mandate", mandate: m7 }).scenario;
    expect(parseScenario(structuredClone(after))).toEqual(after);
  });

  it("accepts a change that arrives as JSON text", () => {
    const change = JSON.parse('{ "type": "dissolve-organisation", "id": "fvov", "on": "2026-01-01" }') as Change;
    expect(applyChange(world("coordination"), change).scenario.organisations[2]?.dissolved).toBe("2026-01-01");
  });

  it("names the change and every rule it breaks", () => {
    const error = refusal(() => applyChange(world("coordination"), { type: "grant-mandate", mandate: { ...m7, id: "m1", holder: "nope" } }));
    expect(error.name).toBe("ScenarioError");
    expect(error.message).toMatch(/^applyChange\(grant-mandate\): 2 problems found/);
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_reference", ["mandates", 6, "holder"]],
      ["duplicate_id", ["mandates", 6, "id"]],
    ]);
    expect(error.issues[0]?.message).toContain('organisation "nope" does not exist');
  });

  it("refuses a malformed change with paths into the change", () => {
    const missing = refusal(() => applyChange(world("coordination"), { type: "revoke-mandate", id: "m1" } as unknown as Change));
    expect(missing.message).toContain("applyChange(revoke-mandate)");
    expect(missing.issues).toEqual([{ code: "missing_field", path: ["change", "on"], message: "change.on: required, expected string" }]);
    const unknown = refusal(() => applyChange(world("coordination"), { type: "rename-everything" } as unknown as Change));
    expect(unknown.message).toContain("applyChange(rename-everything)");
    expect(unknown.issues[0]).toMatchObject({ code: "invalid_value", path: ["change", "type"] });
    const extra = refusal(() => applyChange(world("coordination"), { type: "end-agreement", on: "2027-01-01", by: "aob" } as unknown as Change));
    expect(extra.issues[0]).toMatchObject({ code: "unknown_key", path: ["change", "by"] });
    const nothing = refusal(() => applyChange(world("coordination"), null as unknown as Change));
    expect(nothing.message).toContain("applyChange(?)");
  });

  it("throws a ScenarioError naming the change when it is not given a scenario", () => {
    const error = refusal(() => applyChange(null as unknown as Scenario, { type: "end-agreement", on: "2027-01-01" }));
    expect(error.message).toMatch(/^applyChange\(end-agreement\): scenario: 1 problem found\n- \(root\): received null, /);
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([["not_parsed", []]]);
  });

  it("checks the whole scenario when a change touches more than mandates", () => {
    // Renaming the agreement leaves every mandate granted by "a1" pointing nowhere.
    const base = world("coordination");
    const model = base.model;
    if (model.kind !== "coordination") throw new Error("unexpected model");
    const error = refusal(() => applyChange(base, { type: "set-model", model: { ...model, agreement: { ...model.agreement, id: "a2" } } }));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "mandates.0.grant.agreement",
      "mandates.1.grant.agreement",
      "mandates.2.grant.agreement",
      "mandates.3.grant.agreement",
      "mandates.4.grant.agreement",
    ]);
  });
});

describe("applyChange on a scenario that is not frozen", () => {
  it("refuses it, never freezing or changing it; a parsed scenario's result is frozen", () => {
    const input = structuredClone(world("coordination"));
    const copy = structuredClone(input);
    const error = refusal(() => applyChange(input, { type: "revoke-mandate", id: "m1", on: "2026-01-01" }));
    expect(error.issues.map((issue) => issue.code)).toEqual(["not_parsed"]);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.regions)).toBe(false);
    expect(Object.isFrozen(input.mandates[1])).toBe(false);
    expect(input).toEqual(copy);
    const after = applyChange(world("coordination"), { type: "revoke-mandate", id: "m1", on: "2026-01-01" }).scenario;
    expect(Object.isFrozen(after.regions)).toBe(true);
    expect(after.mandates[0]?.validUntil).toBe("2026-01-01");
  });

  it("refuses it even for a change that alters nothing", () => {
    const input = structuredClone(world("coordination"));
    const error = refusal(() => applyChange(input, { type: "sign-agreement", organisation: "aob", on: "2025-01-01" }));
    expect(error.message).toMatch(/^applyChange\(sign-agreement\): scenario: 1 problem found/);
  });

  it("refuses it before looking at it, so a problem that was there before the change is left to parseScenario", () => {
    const input = structuredClone(world("coordination")) as any;
    input.mandates[0].holder = "nope";
    const error = refusal(() => applyChange(input, { type: "end-agreement", on: "2027-01-01" }));
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([["not_parsed", ""]]);
  });
});
