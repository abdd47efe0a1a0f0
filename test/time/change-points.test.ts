import { describe, expect, it } from "vitest";
import { changePoints } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { ruled, world } from "./world.js";

const coordination = fixture("worked-coordination");

describe("changePoints", () => {
  it("lists the agreement's signing and the mandates it grants, not a statutory mandate the model never counts", () => {
    const points = changePoints(coordination, { from: "2024-06-01", until: "2025-06-01" });
    expect(points.map((p) => p.on)).toEqual(["2025-01-01"]);
    expect(points[0]?.events).toEqual([
      { kind: "agreement-signed", agreement: "a1" },
      { kind: "mandate-starts", mandate: "m1", holder: "aob" },
      { kind: "mandate-starts", mandate: "m2", holder: "bvmbo" },
      { kind: "mandate-starts", mandate: "m3", holder: "cnvo" },
      { kind: "mandate-starts", mandate: "m4", holder: "fvov" },
      { kind: "mandate-starts", mandate: "m5", holder: "fvov" },
    ]);
  });

  it("includes a change on `from` and leaves out a change on `until`", () => {
    expect(changePoints(coordination, { from: "2025-01-01", until: "2025-01-02" }).map((p) => p.on)).toEqual(["2025-01-01"]);
    expect(changePoints(coordination, { from: "2024-12-01", until: "2025-01-01" })).toEqual([]);
  });

  it("lists the OC 2.0 body's establishment, its founding and the delegation it grants", () => {
    const points = changePoints(fixture("worked-oc2"), { from: "2025-06-01", until: "2026-06-01" });
    expect(points).toEqual([
      {
        on: "2026-01-01",
        events: [
          { kind: "body-established", body: "oc2" },
          { kind: "organisation-founded", organisation: "oc2" },
          { kind: "mandate-starts", mandate: "d1", holder: "bvmbo" },
        ],
      },
    ]);
  });

  it("lists mandate ends and dissolutions, sorted by day", () => {
    const scenario = world((d) => {
      d.mandates[0].validUntil = "2025-03-01";
      d.organisations.find((o: any) => o.id === "cnvo").dissolved = "2025-02-01";
    });
    const points = changePoints(scenario, { from: "2025-01-02", until: "2026-01-01" });
    expect(points).toEqual([
      { on: "2025-02-01", events: [{ kind: "organisation-dissolved", organisation: "cnvo" }] },
      { on: "2025-03-01", events: [{ kind: "mandate-ends", mandate: "m1", holder: "aob" }] },
    ]);
  });

  it("leaves out the agreement's dates when a party never signed it: nothing then depends on them", () => {
    const unsigned = world((d) => {
      d.model.agreement.signatories = ["aob", "cnvo", "fvov"];
    });
    expect(changePoints(unsigned, { from: "2024-06-01", until: "2025-06-01" })).toEqual([]);
  });

  it("lists every turnover of a monthly rotation, counted from the start so that month ends do not drift", () => {
    const rotation = ruled({ rotate: { among: ["aob", "cnvo"], every: { months: 1 }, startingOn: "2024-01-31" } });
    const points = changePoints(rotation, { from: "2024-01-01", until: "2024-06-01" });
    expect(points.map((p) => [p.on, p.events])).toEqual([
      ["2024-01-31", [{ kind: "rotation-starts", rule: "r1", turn: 0, chair: "aob" }]],
      ["2024-02-29", [{ kind: "rotation-turns", rule: "r1", turn: 1, chair: "cnvo" }]],
      ["2024-03-31", [{ kind: "rotation-turns", rule: "r1", turn: 2, chair: "aob" }]],
      ["2024-04-30", [{ kind: "rotation-turns", rule: "r1", turn: 3, chair: "cnvo" }]],
      ["2024-05-31", [{ kind: "rotation-turns", rule: "r1", turn: 4, chair: "aob" }]],
    ]);
  });

  it("picks up a rotation in the middle of its run", () => {
    const rotation = ruled({ rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: "2020-02-29" } });
    expect(changePoints(rotation, { from: "2023-01-01", until: "2025-01-01" }).map((p) => [p.on, p.events[0]])).toEqual([
      ["2023-02-28", { kind: "rotation-turns", rule: "r1", turn: 3, chair: "aob" }],
      ["2024-02-29", { kind: "rotation-turns", rule: "r1", turn: 4, chair: "cnvo" }],
    ]);
  });

  it("makes no change point of a membership figure or of an OC 2.0 body's funding: neither changes who represents", () => {
    const funded = world((d) => {
      d.model.funding = { structural: false, until: "2026-06-01" };
      d.organisations[0].members.asOf = "2026-03-01";
    }, "worked-oc2");
    expect(changePoints(funded, { from: "2026-02-01", until: "2027-01-01" })).toEqual([]);
  });

  it("accepts Date bounds, read as local calendar days", () => {
    expect(changePoints(coordination, { from: new Date(2024, 11, 31), until: new Date(2025, 0, 2) }).map((p) => p.on)).toEqual(["2025-01-01"]);
  });

  it("rejects malformed dates and empty or reversed periods, naming itself", () => {
    expect(() => changePoints(coordination, { from: "2025-02-30", until: "2026-01-01" })).toThrow(/^changePoints: 'from' must be a calendar date/);
    expect(() => changePoints(coordination, { from: "2025-01-01", until: "2025-01-01" })).toThrow("changePoints: 'until' (2025-01-01) must come after 'from' (2025-01-01)");
    expect(() => changePoints(coordination, null as any)).toThrow("changePoints: expected a query object with 'from' and 'until'");
  });
});
