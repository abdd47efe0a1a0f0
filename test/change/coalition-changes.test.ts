import { describe, expect, it } from "vitest";
import { resolve } from "../../src/index.js";
import { applyChange, type Change, createHistory, parseChange } from "../../src/change-entry.js";
import { holdersOf } from "../../src/model/holders.js";
import type { Scenario } from "../../src/model/types.js";
import { refusal, world } from "./fixtures.js";

// Granting a coalition's mandate, changing its members and its spokesperson, and merging
// organisations that hold one, each with patches that undo it.

const coalitionMandate = {
  id: "g1",
  holders: ["aob", "cnvo"],
  spokesperson: "aob",
  role: "lead",
  scope: { themes: ["lerarenopleiding"], regions: ["zuid"], sectors: "all" },
  validFrom: "2025-02-01",
  grant: { by: "agreement", agreement: "a1" },
} as const;

function granted(): Scenario {
  return applyChange(world("coordination"), { type: "grant-mandate", mandate: coalitionMandate }).scenario;
}

const g1 = (s: Scenario) => s.mandates.find((m) => m.id === "g1");
const issues = (s: Scenario, change: Change) => refusal(() => applyChange(s, change)).issues.map((i) => [i.code, i.path, i.message]);

describe("granting a coalition's mandate", () => {
  it("adds it, and the coalition then leads its cells", () => {
    const s = granted();
    expect(resolve(s, { theme: "lerarenopleiding", region: "zuid", sector: "vo", on: "2025-06-01" }).leads).toEqual(["aob", "cnvo"]);
  });

  it("refuses a holder that does not exist on the mandate's first day, at its place in holders", () => {
    const late = { ...coalitionMandate, holders: ["aob", "oc2"], spokesperson: "aob" };
    expect(refusal(() => applyChange(world("coordination"), { type: "grant-mandate", mandate: late })).issues.map((i) => [i.code, i.path])).toEqual([
      ["holder_not_active", ["change", "mandate", "holders", 1]],
    ]);
  });
});

describe("add-coalition-member", () => {
  it("adds the organisation to the coalition, with patches that undo it", () => {
    const before = granted();
    const { scenario, inversePatches } = applyChange(before, { type: "add-coalition-member", mandate: "g1", organisation: "fvov" });
    expect(holdersOf(g1(scenario)!)).toEqual(["aob", "cnvo", "fvov"]);
    expect(g1(scenario)?.spokesperson).toBe("aob");
    expect(inversePatches.length).toBeGreaterThan(0);
    const history = createHistory(before).apply({ type: "add-coalition-member", mandate: "g1", organisation: "fvov" }).undo();
    expect(history.current).toEqual(before);
  });

  it("turns a single holder's mandate into a coalition", () => {
    const { scenario } = applyChange(world("coordination"), { type: "add-coalition-member", mandate: "m1", organisation: "fvov" });
    const m1 = scenario.mandates.find((m) => m.id === "m1");
    expect(m1?.holder).toBeUndefined();
    expect(m1?.holders).toEqual(["aob", "fvov"]);
  });

  it("refuses an organisation that already holds the mandate, and an unknown mandate", () => {
    expect(issues(granted(), { type: "add-coalition-member", mandate: "g1", organisation: "cnvo" })).toEqual([
      ["already_a_holder", ["change", "organisation"], 'add-coalition-member: organisation "cnvo" already holds mandate "g1"'],
    ]);
    expect(issues(granted(), { type: "add-coalition-member", mandate: "nope", organisation: "cnvo" })).toEqual([
      ["unknown_mandate", ["change", "mandate"], 'add-coalition-member: mandate "nope" does not exist'],
    ]);
  });
});

describe("remove-coalition-member", () => {
  it("removes the organisation; down to one member, the mandate is a single holder's, without a spokesperson", () => {
    const { scenario } = applyChange(granted(), { type: "remove-coalition-member", mandate: "g1", organisation: "cnvo" });
    expect(g1(scenario)?.holder).toBe("aob");
    expect(g1(scenario)?.holders).toBeUndefined();
    expect(g1(scenario)?.spokesperson).toBeUndefined();
  });

  it("leaves the coalition without a spokesperson when the spokesperson leaves", () => {
    const three = applyChange(granted(), { type: "add-coalition-member", mandate: "g1", organisation: "fvov" }).scenario;
    const { scenario } = applyChange(three, { type: "remove-coalition-member", mandate: "g1", organisation: "aob" });
    expect(g1(scenario)?.holders).toEqual(["cnvo", "fvov"]);
    expect(g1(scenario)?.spokesperson).toBeUndefined();
  });

  it("refuses an organisation outside the coalition, and the last holder", () => {
    expect(issues(granted(), { type: "remove-coalition-member", mandate: "g1", organisation: "fvov" })).toEqual([
      ["not_a_holder", ["change", "organisation"], 'remove-coalition-member: organisation "fvov" does not hold mandate "g1" (held by "aob", "cnvo")'],
    ]);
    expect(issues(world("coordination"), { type: "remove-coalition-member", mandate: "m1", organisation: "aob" })).toEqual([
      ["last_holder", ["change", "organisation"], 'remove-coalition-member: organisation "aob" is the only holder of mandate "m1"; revoke the mandate instead'],
    ]);
  });
});

describe("set-spokesperson", () => {
  it("names another spokesperson, or none", () => {
    const named = applyChange(granted(), { type: "set-spokesperson", mandate: "g1", organisation: "cnvo" }).scenario;
    expect(g1(named)?.spokesperson).toBe("cnvo");
    expect(resolve(named, { theme: "lerarenopleiding", region: "zuid", sector: "vo", on: "2025-06-01" }).lead).toBe("cnvo");
    const none = applyChange(named, { type: "set-spokesperson", mandate: "g1" }).scenario;
    expect(g1(none)?.spokesperson).toBeUndefined();
  });

  it("changes nothing when it restates the spokesperson", () => {
    const s = granted();
    expect(applyChange(s, { type: "set-spokesperson", mandate: "g1", organisation: "aob" }).scenario).toBe(s);
  });

  it("refuses a single holder's mandate and an organisation outside the coalition", () => {
    expect(issues(world("coordination"), { type: "set-spokesperson", mandate: "m1", organisation: "aob" })).toEqual([
      ["not_a_coalition", ["change", "mandate"], 'set-spokesperson: mandate "m1" has a single holder; only a coalition has a spokesperson'],
    ]);
    expect(issues(granted(), { type: "set-spokesperson", mandate: "g1", organisation: "fvov" }).map((i) => i[0])).toEqual(["not_a_holder"]);
  });

  it("arrives as JSON like every change", () => {
    expect(parseChange({ type: "set-spokesperson", mandate: "g1", organisation: "aob" })).toEqual({ type: "set-spokesperson", mandate: "g1", organisation: "aob" });
  });
});

describe("merging organisations that hold a coalition's mandate", () => {
  it("puts the successor in the merged holders' place, once, and a coalition merged down to one becomes a single holder", () => {
    const three = applyChange(granted(), { type: "add-coalition-member", mandate: "g1", organisation: "fvov" }).scenario;
    const merged = applyChange(three, { type: "merge-organisations", ids: ["aob", "cnvo"], into: "fvov", on: "2026-01-01" }).scenario;
    const successor = merged.mandates.filter((m) => m.validFrom === "2026-01-01" && holdersOf(m).includes("fvov") && m.id.startsWith("g1"));
    expect(successor.map((m) => [m.holder, m.holders, m.spokesperson])).toEqual([["fvov", undefined, undefined]]);
    const partly = applyChange(three, { type: "merge-organisations", ids: ["aob"], into: "cnvo", on: "2026-01-01" }).scenario;
    const copy = partly.mandates.find((m) => m.id.startsWith("g1") && m.id !== "g1");
    expect([copy?.holders, copy?.spokesperson]).toEqual([["cnvo", "fvov"], "cnvo"]);
  });
});
