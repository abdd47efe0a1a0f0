// Refused changes, issue by issue: the code, the path into the change and the words, since
// an app shows them to the person who made the change. And the edges where a change that
// looks like a refusal, or like nothing, must in fact apply.
import { describe, expect, it } from "vitest";
import { applyChange, type Change } from "../../src/change-entry.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { refusal, world, type WorldName, worldJson } from "./fixtures.js";

function refused(name: WorldName, change: Change): unknown {
  return refusal(() => applyChange(world(name), change)).issues;
}

const issue = (code: string, path: (string | number)[], message: string) => [{ code, path: ["change", ...path], message }];

describe("applyChange refuses, word for word", () => {
  it("an unknown organisation, at the field that names it", () => {
    expect(refused("coordination", { type: "update-organisation", id: "ghost", set: { name: "x" } })).toEqual(
      issue("unknown_organisation", ["id"], 'update-organisation: organisation "ghost" does not exist'),
    );
    expect(refused("coordination", { type: "dissolve-organisation", id: "ghost", on: "2026-01-01" })).toEqual(
      issue("unknown_organisation", ["id"], 'dissolve-organisation: organisation "ghost" does not exist'),
    );
    expect(refused("coordination", { type: "sign-agreement", organisation: "ghost", on: "2026-01-01" })).toEqual(
      issue("unknown_organisation", ["organisation"], 'sign-agreement: organisation "ghost" does not exist'),
    );
  });

  it("ending the agreement on the day it was signed", () => {
    expect(refused("coordination", { type: "end-agreement", on: "2025-01-01" })).toEqual(
      issue("end_before_signed", ["on"], 'end-agreement: agreement "a1" was signed on 2025-01-01; it can only end after that day, not on 2025-01-01'),
    );
  });

  it("rules: a position past the end, an unknown rule", () => {
    expect(refused("alternative", { type: "add-rule", rule: { id: "r9", then: { assign: { lead: "aob" } } }, at: 4 })).toEqual(
      issue("position_out_of_range", ["at"], "add-rule: position 4 is past the end of the 3 rules"),
    );
    expect(refused("alternative", { type: "remove-rule", id: "r9" })).toEqual(issue("unknown_rule", ["id"], 'remove-rule: rule "r9" does not exist'));
  });

  it("mergers: a listed id twice, an unknown id or successor, merging into itself", () => {
    const merge = (ids: string[], into: unknown) => ({ type: "merge-organisations", ids, into, on: "2026-01-01" }) as Change;
    expect(refused("coordination", merge(["cnvo", "cnvo"], "aob"))).toEqual(issue("duplicate_id", ["ids", 1], 'merge-organisations: organisation "cnvo" is listed twice'));
    expect(refused("coordination", merge(["cnvo", "ghost"], "aob"))).toEqual(issue("unknown_organisation", ["ids", 1], 'merge-organisations: organisation "ghost" does not exist'));
    expect(refused("coordination", merge(["cnvo"], "ghost"))).toEqual(issue("unknown_organisation", ["into"], 'merge-organisations: organisation "ghost" does not exist'));
    expect(refused("coordination", merge(["cnvo", "fvov"], "fvov"))).toEqual(issue("merge_into_itself", ["into"], 'merge-organisations: organisation "fvov" cannot merge into itself'));
    expect(refused("coordination", merge(["cnvo"], { id: "cnvo", name: "X", kind: "union", sectors: ["vo"] }))).toEqual(
      issue("merge_into_itself", ["into"], 'merge-organisations: organisation "cnvo" cannot merge into itself'),
    );
  });

  it("mandates: an unknown one, a revocation on its first day, a field both set and unset", () => {
    expect(refused("coordination", { type: "revoke-mandate", id: "m9", on: "2026-01-01" })).toEqual(issue("unknown_mandate", ["id"], 'revoke-mandate: mandate "m9" does not exist'));
    expect(refused("coordination", { type: "amend-mandate", id: "m9", set: { note: "x" } })).toEqual(issue("unknown_mandate", ["id"], 'amend-mandate: mandate "m9" does not exist'));
    expect(refused("coordination", { type: "revoke-mandate", id: "m1", on: "2025-01-01" })).toEqual(
      issue("revoke_before_start", ["on"], 'revoke-mandate: mandate "m1" starts on 2025-01-01; it can only be revoked after that day, not on 2025-01-01'),
    );
    expect(refused("coordination", { type: "amend-mandate", id: "m1", set: { note: "x" }, unset: ["note"] })).toEqual(
      issue("conflicting_update", ["unset"], 'amend-mandate: "note" cannot be both set and unset'),
    );
  });

  it("dissolving or merging an organisation already dissolved before the day", () => {
    const doc = worldJson("coordination");
    doc["organisations"][1].dissolved = "2025-06-01";
    const scenario = parseScenario(doc);
    expect(refusal(() => applyChange(scenario, { type: "dissolve-organisation", id: "cnvo", on: "2026-01-01" })).issues).toEqual(
      issue("already_dissolved", ["on"], 'dissolve-organisation: organisation "cnvo" was already dissolved on 2025-06-01, before 2026-01-01'),
    );
    expect(refusal(() => applyChange(scenario, { type: "merge-organisations", ids: ["fvov", "cnvo"], into: "aob", on: "2026-01-01" })).issues).toEqual(
      issue("already_dissolved", ["ids", 1], 'merge-organisations: organisation "cnvo" was already dissolved on 2025-06-01, before 2026-01-01'),
    );
  });
});

describe("changes that look like a refusal or like nothing, and apply", () => {
  it("granting a copy of the first mandate changes nothing", () => {
    const before = world("coordination");
    expect(applyChange(before, { type: "grant-mandate", mandate: structuredClone(before.mandates[0]) as never }).scenario).toBe(before);
  });

  it("an amendment may only unset, and unsetting a field that is not there changes nothing", () => {
    const doc = worldJson("coordination");
    doc["mandates"][0].validUntil = "2027-01-01";
    const before = parseScenario(doc);
    const { scenario } = applyChange(before, { type: "amend-mandate", id: "m1", unset: ["validUntil"] });
    expect(scenario.mandates[0]).not.toHaveProperty("validUntil");
    expect(applyChange(scenario, { type: "amend-mandate", id: "m1", unset: ["validUntil", "note"] }).scenario).toBe(scenario);
  });

  it("a delegation carries its end, sources and note when given", () => {
    const doc = worldJson("oc2");
    doc["sources"] = [{ id: "s1", title: "Brief", url: "https://example.org/brief" }];
    const { scenario } = applyChange(parseScenario(doc), {
      type: "delegate",
      id: "d2",
      to: "cnvo",
      role: "member",
      scope: { themes: ["lerarenopleiding"], regions: ["nl"], sectors: "all" },
      validFrom: "2026-01-01",
      validUntil: "2027-01-01",
      sources: ["s1"],
      note: "for a year",
    });
    expect(scenario.mandates.at(-1)).toEqual({
      id: "d2",
      holder: "cnvo",
      role: "member",
      scope: { themes: ["lerarenopleiding"], regions: ["nl"], sectors: "all" },
      validFrom: "2026-01-01",
      validUntil: "2027-01-01",
      grant: { by: "delegation", from: "oc2" },
      sources: ["s1"],
      note: "for a year",
    });
  });

  it("a merger copies only the mandates still running after the day", () => {
    const doc = worldJson("coordination");
    doc["mandates"][2].validUntil = "2026-01-01"; // m3 of cnvo ends on the day of the merger
    doc["mandates"][3].validFrom = "2026-06-01"; // m4 of fvov starts after it
    const { scenario } = applyChange(parseScenario(doc), { type: "merge-organisations", ids: ["cnvo", "fvov"], into: "aob", on: "2026-01-01" });
    expect(scenario.mandates.filter((m) => m.holder === "aob" && m.id.includes("@")).map((m) => [m.id, m.validFrom])).toEqual([
      ["m4@aob", "2026-06-01"],
      ["m5@aob", "2026-01-01"],
    ]);
  });

  it("a merger under OC 2.0 leaves the model alone", () => {
    const before = world("oc2");
    const { scenario } = applyChange(before, { type: "merge-organisations", ids: ["cnvo"], into: "aob", on: "2026-06-01" });
    expect(scenario.model).toBe(before.model);
    expect(scenario.organisations.find((o) => o.id === "cnvo")?.dissolved).toBe("2026-06-01");
  });

  it("the last missing signature puts the agreement in force from that day; an earlier one does not", () => {
    const doc = worldJson("coordination");
    doc["model"].agreement.signatories = ["aob", "cnvo", "fvov"];
    const last = applyChange(parseScenario(doc), { type: "sign-agreement", organisation: "bvmbo", on: "2025-03-01" }).scenario.model;
    expect(last.kind === "coordination" && [last.agreement.signedOn, last.agreement.signatories]).toEqual(["2025-03-01", ["aob", "cnvo", "fvov", "bvmbo"]]);
    doc["model"].agreement.signatories = ["aob", "cnvo"];
    const early = applyChange(parseScenario(doc), { type: "sign-agreement", organisation: "bvmbo", on: "2025-03-01" }).scenario.model;
    expect(early.kind === "coordination" && [early.agreement.signedOn, early.agreement.signatories]).toEqual(["2025-01-01", ["aob", "cnvo", "bvmbo"]]);
  });

  it("a chapter of the same organisation in another region is added", () => {
    const { scenario } = applyChange(world("oc2"), { type: "add-chapter", chapter: { region: "zuid", organisation: "lg-noord" } });
    expect(scenario.model.kind === "oc2" && scenario.model.chapters).toEqual([
      { region: "noord", organisation: "lg-noord" },
      { region: "zuid", organisation: "lg-noord" },
    ]);
  });

  it("restating a rule changes nothing; the same rule at another position is a second rule with the same id", () => {
    const before = world("alternative");
    const rule = before.model.kind === "alternative" ? before.model.rules[0]! : undefined;
    expect(applyChange(before, { type: "add-rule", rule: structuredClone(rule) as never }).scenario).toBe(before);
    expect(refusal(() => applyChange(before, { type: "add-rule", rule: structuredClone(rule) as never, at: 2 })).issues.map((i) => i.code)).toContain("duplicate_id");
  });
});
