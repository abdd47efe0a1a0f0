// The named changes that add and end a funding period: applied under any model, undone by
// their inverse patches, and refused with a code, a path and words.
import { applyPatches, enablePatches } from "immer";
import { describe, expect, it } from "vitest";
import { applyChange, type Change, parseChange } from "../../src/change-entry.js";
import { refusal, world, type WorldName } from "./fixtures.js";

enablePatches();

const period = { id: "f1", by: "OCW", kind: "structural", from: "2026-01-01", amountEurPerYear: 2_000_000 } as const;
const add: Change = { type: "add-funding", funding: period };

describe("add-funding", () => {
  it.each<WorldName>(["coordination", "oc2", "alternative"])("adds a period under the %s model, and its inverse patches take it away", (name) => {
    const before = world(name);
    const { scenario, inversePatches } = applyChange(before, add);
    expect(scenario.funding).toEqual([period]);
    expect(before.funding).toBeUndefined();
    expect(applyPatches(scenario, inversePatches as never)).toEqual(before);
  });

  it("appends to the periods already there, and adding the same period again alters nothing", () => {
    const once = applyChange(world("coordination"), add).scenario;
    const second = applyChange(once, { type: "add-funding", funding: { ...period, id: "f2", for: "exploration" } }).scenario;
    expect(second.funding?.map((p) => p.id)).toEqual(["f1", "f2"]);
    expect(applyChange(second, add).patches).toEqual([]);
  });

  it("is refused when the new period breaks the scenario: a duplicate id, a 'for' naming no one", () => {
    const once = applyChange(world("coordination"), add).scenario;
    const duplicate = refusal(() => applyChange(once, { type: "add-funding", funding: { ...period, by: "members" } }));
    expect(duplicate.issues.map((i) => i.code)).toContain("duplicate_id");
    const nobody = refusal(() => applyChange(world("coordination"), { type: "add-funding", funding: { ...period, for: "ghost" } }));
    expect(nobody.issues.map((i) => [i.code, i.path.join(".")])).toContainEqual(["unknown_reference", "funding.0.for"]);
  });

  it("arrives as JSON and is refused in shape with a path into the change", () => {
    expect(parseChange(JSON.parse(JSON.stringify(add)))).toEqual(add);
    const bad = refusal(() => parseChange({ type: "add-funding", funding: { ...period, amountEurPerYear: -5 } }));
    expect(bad.issues.map((i) => i.path.join("."))).toEqual(["funding.amountEurPerYear"]);
  });
});

describe("end-funding", () => {
  const funded = () => applyChange(world("oc2"), add).scenario;

  it("ends a period on a day; the inverse patches make it open-ended again", () => {
    const before = funded();
    const { scenario, inversePatches } = applyChange(before, { type: "end-funding", id: "f1", on: "2027-01-01" });
    expect(scenario.funding?.[0]?.until).toBe("2027-01-01");
    expect(applyPatches(scenario, inversePatches as never)).toEqual(before);
  });

  it("never lengthens a period that already ends on or before the day", () => {
    const ended = applyChange(funded(), { type: "end-funding", id: "f1", on: "2027-01-01" }).scenario;
    expect(applyChange(ended, { type: "end-funding", id: "f1", on: "2028-01-01" }).patches).toEqual([]);
    expect(applyChange(ended, { type: "end-funding", id: "f1", on: "2026-06-01" }).scenario.funding?.[0]?.until).toBe("2026-06-01");
  });

  it("is refused for an unknown period and for a day not after its start, word for word", () => {
    expect(refusal(() => applyChange(funded(), { type: "end-funding", id: "ghost", on: "2027-01-01" })).issues).toEqual([
      { code: "unknown_funding", path: ["change", "id"], message: 'end-funding: funding period "ghost" does not exist' },
    ]);
    expect(refusal(() => applyChange(world("coordination"), { type: "end-funding", id: "f1", on: "2027-01-01" })).issues[0]?.code).toBe("unknown_funding");
    expect(refusal(() => applyChange(funded(), { type: "end-funding", id: "f1", on: "2026-01-01" })).issues).toEqual([
      {
        code: "end_before_start",
        path: ["change", "on"],
        message: 'end-funding: funding period "f1" starts on 2026-01-01; it can only end after that day, not on 2026-01-01',
      },
    ]);
  });
});
