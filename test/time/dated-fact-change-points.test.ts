import { describe, expect, it } from "vitest";
import { changePoints, resolve } from "../../src/index.js";
import { type Doc, ruled, world } from "./fixtures.js";

/** The worked world under one rule: the largest membership among the three unions decides every cell. */
function fallbackWorld(edit: (d: Doc) => void) {
  return ruled({ largestMembership: { among: ["aob", "cnvo", "fvov"] } }, edit);
}

const range = { from: "2025-06-02", until: "2030-01-01" };
const cell = (on: string) => ({ theme: "curriculum", region: "nl", sector: "vo", on });

describe("membership figures as change points", () => {
  it("makes a new figure that changes who is largest a change point, and the answer changes on it", () => {
    const scenario = fallbackWorld((d) => {
      d.organisations[1].members = [{ total: 51000, asOf: "2021-08-01" }, { total: 90000, asOf: "2027-01-01" }];
    });
    const points = changePoints(scenario, range);
    expect(points).toEqual([{ on: "2027-01-01", events: [{ kind: "membership-figure", organisation: "cnvo" }] }]);
    expect(resolve(scenario, cell("2026-12-31")).lead).toBe("aob");
    expect(resolve(scenario, cell("2027-01-01")).lead).toBe("cnvo");
  });

  it("makes no change point of a figure that leaves the order as it was", () => {
    const scenario = fallbackWorld((d) => {
      d.organisations[1].members = [{ total: 51000, asOf: "2021-08-01" }, { total: 60000, asOf: "2027-01-01" }];
    });
    expect(changePoints(scenario, range)).toEqual([]);
    expect(resolve(scenario, cell("2027-01-01")).lead).toBe("aob");
  });

  it("makes a new figure a change point under the coordination fallback too, in the sectors where the order changes", () => {
    const scenario = world((d) => {
      d.mandates = [];
      d.model.fallback = "largest-membership";
      d.organisations[1].members = [{ total: 51000, asOf: "2021-08-01", bySector: { po: 1 } }, { total: 90000, asOf: "2027-01-01", bySector: { po: 1 } }];
    });
    expect(changePoints(scenario, range)).toEqual([{ on: "2027-01-01", events: [{ kind: "membership-figure", organisation: "cnvo" }] }]);
    expect(resolve(scenario, cell("2027-01-01")).lead).toBe("cnvo");
    expect(resolve(scenario, { ...cell("2027-01-01"), sector: "po" }).lead).toBe("aob");
  });

  it("makes no change point of a figure where no largest-membership claim decides", () => {
    const scenario = world((d) => {
      d.organisations[1].members = [{ total: 51000, asOf: "2021-08-01" }, { total: 90000, asOf: "2027-01-01" }];
    });
    expect(changePoints(scenario, range).flatMap((p) => p.events).filter((e) => e.kind === "membership-figure")).toEqual([]);
  });
});

describe("sectors served as change points", () => {
  it("makes a change of sectors a change point where it changes who is eligible", () => {
    const scenario = fallbackWorld((d) => {
      d.organisations[0].sectors = [
        { from: "1997-01-01", until: "2028-01-01", value: ["po", "vo", "mbo"] },
        { from: "2028-01-01", value: ["po", "mbo"] },
      ];
    });
    expect(changePoints(scenario, range)).toEqual([{ on: "2028-01-01", events: [{ kind: "sectors-change", organisation: "aob" }] }]);
    expect(resolve(scenario, cell("2027-12-31")).lead).toBe("aob");
    expect(resolve(scenario, cell("2028-01-01")).lead).toBe("cnvo");
  });

  it("makes no change point of dated sectors that list the same sectors again", () => {
    const scenario = fallbackWorld((d) => {
      d.organisations[0].sectors = [
        { from: "1997-01-01", until: "2028-01-01", value: ["po", "vo", "mbo"] },
        { from: "2028-01-01", value: ["mbo", "vo", "po"] },
      ];
    });
    expect(changePoints(scenario, range)).toEqual([]);
  });
});
