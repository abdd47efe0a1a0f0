import { describe, expect, it } from "vitest";
import { membersOn, sectorsOn } from "../../src/index.js";
import { applyChange } from "../../src/change-entry.js";
import { refusal, world } from "./fixtures.js";

const series = [
  { total: 84_064, asOf: "2020-01-01" },
  { total: 90_000, asOf: "2026-01-01" },
];
const sectors = [
  { from: "1997-01-01", until: "2026-01-01", value: ["po", "vo", "mbo"] },
  { from: "2026-01-01", value: ["vo", "mbo"] },
];

describe("update-organisation with facts that change over time", () => {
  it("sets a membership series and dated sectors, read on their day afterwards", () => {
    const { scenario } = applyChange(world("coordination"), { type: "update-organisation", id: "aob", set: { members: series, sectors } });
    const aob = scenario.organisations.find((o) => o.id === "aob");
    if (aob === undefined) throw new Error("aob is gone");
    expect(membersOn(aob, "2025-12-31")?.total).toBe(84_064);
    expect(membersOn(aob, "2026-01-01")?.total).toBe(90_000);
    expect(sectorsOn(aob, "2025-12-31")).toEqual(["po", "vo", "mbo"]);
    expect(sectorsOn(aob, "2026-01-01")).toEqual(["vo", "mbo"]);
  });

  it("refuses a series out of order, naming the figure in the scenario", () => {
    const error = refusal(() => applyChange(world("coordination"), { type: "update-organisation", id: "aob", set: { members: [...series].reverse() } }));
    expect(error.issues.map((i) => i.code)).toEqual(["unsorted_periods"]);
    expect(error.issues[0]?.path.slice(-3)).toEqual(["members", 1, "asOf"]);
  });

  it("lets a merger keep the successor's own series: the merged organisations' figures are not added to it", () => {
    const withSeries = applyChange(world("coordination"), { type: "update-organisation", id: "aob", set: { members: series } }).scenario;
    const { scenario } = applyChange(withSeries, { type: "merge-organisations", ids: ["cnvo"], into: "aob", on: "2027-01-01" });
    expect(scenario.organisations.find((o) => o.id === "aob")?.members).toEqual(series);
  });
});
