import { describe, expect, it } from "vitest";
import { changePoints } from "../../src/index.js";
import { fixture } from "../fixtures/load.js";
import { ruled, world } from "./fixtures.js";
import type { Scenario } from "../../src/model/types.js";

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

// Which events a model lets change an answer: a change point is listed exactly when some
// cell can change on it, so an event that cannot change any cell is left out.

const period = { from: "2025-02-01", until: "2025-04-01" };
const days = (scenario: Scenario): string[] => changePoints(scenario, period).map((p) => p.on);

function mandate(id: string, holder: string, grant: unknown, themes: string[] | "all" = ["cao"]): unknown {
  return { id, holder, role: "lead", scope: { themes, regions: ["nl"], sectors: "all" }, validFrom: "2025-03-01", grant };
}

describe("changePoints under the coordination model", () => {
  it("leaves out a mandate granted by the agreement to an organisation that is not a party", () => {
    const outsider = world((d) => {
      d.mandates.push(mandate("mx", "lg-noord", { by: "agreement", agreement: "a1" }));
    });
    expect(days(outsider)).toEqual([]);
    const party = world((d) => {
      d.mandates.push(mandate("mx", "cnvo", { by: "agreement", agreement: "a1" }));
    });
    expect(days(party)).toEqual(["2025-03-01"]);
  });

  it("lists the end of the agreement", () => {
    const ending = world((d) => {
      d.model.agreement.validUntil = "2025-03-15";
    });
    expect(changePoints(ending, period)).toEqual([{ on: "2025-03-15", events: [{ kind: "agreement-ends", agreement: "a1" }] }]);
  });

  it("lists a party's founding under a fallback, but not an outsider's, nor a party's without one that holds nothing", () => {
    const founded = (fallback: string, id: string, edit: (d: any) => void = () => undefined) =>
      world((d) => {
        d.model.fallback = fallback;
        d.organisations.find((o: any) => o.id === id).founded = "2025-03-01";
        edit(d);
      });
    expect(days(founded("largest-membership", "cnvo"))).toEqual(["2025-03-01"]);
    expect(days(founded("joint", "lg-noord"))).toEqual([]);
    const noMandates = (d: any): void => {
      d.mandates = d.mandates.filter((m: any) => m.holder !== "cnvo");
    };
    expect(days(founded("none", "cnvo", noMandates))).toEqual([]);
    expect(days(founded("joint", "cnvo", noMandates))).toEqual(["2025-03-01"]);
  });
});

describe("changePoints under the OC 2.0 model", () => {
  const oc2 = (edit: (d: any) => void) => world(edit, "worked-oc2");

  it("lists statutory mandates and the body's delegations, not another organisation's delegation or an authority's grant", () => {
    expect(days(oc2((d) => d.mandates.push(mandate("mx", "cnvo", { by: "statute" }))))).toEqual(["2025-03-01"]);
    expect(days(oc2((d) => d.mandates.push(mandate("mx", "cnvo", { by: "delegation", from: "oc2" }, ["curriculum"]))))).toEqual(["2025-03-01"]);
    expect(days(oc2((d) => d.mandates.push(mandate("mx", "cnvo", { by: "delegation", from: "aob" }, ["curriculum"]))))).toEqual([]);
    expect(days(oc2((d) => d.mandates.push(mandate("mx", "cnvo", { by: "authority", authority: "OCW" }, ["curriculum"]))))).toEqual([]);
  });

  it("lists a chapter's founding, not that of an organisation that holds nothing under the model", () => {
    const founded = (id: string) =>
      oc2((d) => {
        d.organisations.find((o: any) => o.id === id).founded = "2025-03-01";
      });
    expect(changePoints(founded("lg-noord"), period)).toEqual([{ on: "2025-03-01", events: [{ kind: "organisation-founded", organisation: "lg-noord" }] }]);
    expect(days(founded("cnvo"))).toEqual([]);
  });
});

describe("changePoints under the alternative model", () => {
  const founded = (then: unknown, id: string) =>
    ruled(then, (d) => {
      d.organisations.find((o: any) => o.id === id).founded = "2025-03-01";
    });

  it("lists the founding of an assigned lead or member, not of an organisation the rule does not name", () => {
    const assign = { assign: { lead: "aob", members: ["cnvo"] } };
    expect(days(founded(assign, "aob"))).toEqual(["2025-03-01"]);
    expect(days(founded(assign, "cnvo"))).toEqual(["2025-03-01"]);
    expect(days(founded(assign, "fvov"))).toEqual([]);
    expect(days(founded({ assign: { lead: "aob" } }, "cnvo"))).toEqual([]);
  });

  it("lists the founding of an organisation in a rotation or among the candidates for the largest membership, and only those", () => {
    const rotate = { rotate: { among: ["aob", "cnvo"], every: { years: 1 }, startingOn: "2020-01-01" } };
    expect(days(founded(rotate, "cnvo"))).toEqual(["2025-03-01"]);
    expect(days(founded(rotate, "fvov"))).toEqual([]);
    expect(days(founded({ largestMembership: { among: "all" } }, "fvov"))).toEqual(["2025-03-01"]);
    expect(days(founded({ largestMembership: { among: ["aob", "cnvo"] } }, "cnvo"))).toEqual(["2025-03-01"]);
    expect(days(founded({ largestMembership: { among: ["aob", "cnvo"] } }, "fvov"))).toEqual([]);
  });

  it("lists no founding under a rule that leaves cells unrepresented", () => {
    expect(days(founded({ unrepresented: { reason: "not yet" } }, "aob"))).toEqual([]);
  });

  it("lists a mandate only when a `mandates` rule counts its kind of grant", () => {
    const granted = (rules: unknown[]) =>
      world((d) => {
        d.model = { kind: "alternative", name: "Test", rules };
        d.mandates = [mandate("ms", "aob", { by: "statute" }), { ...(mandate("md", "cnvo", { by: "delegation", from: "aob" }) as object), validFrom: "2025-03-10" }];
      });
    const statute = { id: "s", when: { themes: ["cao"] }, then: { mandates: { grants: ["statute"] } } };
    const delegation = { id: "d", when: { themes: ["curriculum"] }, then: { mandates: { grants: ["delegation"] } } };
    expect(days(granted([statute]))).toEqual(["2025-03-01"]);
    expect(days(granted([delegation]))).toEqual(["2025-03-10"]);
    expect(days(granted([statute, delegation]))).toEqual(["2025-03-01", "2025-03-10"]);
    expect(days(granted([{ id: "any", then: { mandates: {} } }]))).toEqual(["2025-03-01", "2025-03-10"]);
    expect(days(granted([{ id: "u", then: { unrepresented: { reason: "no mandates" } } }]))).toEqual([]);
  });

  it("orders the events of one day by kind, then by subject, whatever the order of the document", () => {
    const busy = world((d) => {
      d.model = {
        kind: "alternative",
        name: "Busy",
        rules: [
          { id: "later", when: { themes: ["cao"] }, then: { rotate: { among: ["aob", "cnvo"], every: { days: 1 }, startingOn: "2025-03-01" } } },
          { id: "earlier", when: { themes: ["curriculum"] }, then: { rotate: { among: ["aob", "cnvo"], every: { days: 1 }, startingOn: "2025-02-28" } } },
          { id: "new", when: { themes: ["bekwaamheid"] }, then: { assign: { lead: "lg-noord" } } },
          { id: "old", when: { themes: ["lerarenopleiding"] }, then: { assign: { lead: "bvmbo" } } },
          { id: "rest", then: { mandates: {} } },
        ],
      };
      d.organisations.find((o: any) => o.id === "lg-noord").founded = "2025-03-01";
      d.organisations.find((o: any) => o.id === "bvmbo").dissolved = "2025-03-01";
      d.mandates.find((m: any) => m.id === "m3").validFrom = "2025-03-01";
      d.mandates.find((m: any) => m.id === "m1").validFrom = "2025-03-01";
      d.mandates.find((m: any) => m.id === "m6").validUntil = "2025-03-01";
      d.mandates.reverse();
    });
    const point = changePoints(busy, { from: "2025-03-01", until: "2025-03-02" })[0];
    expect(point?.events).toEqual([
      { kind: "rotation-starts", rule: "later", turn: 0, chair: "aob" },
      { kind: "rotation-turns", rule: "earlier", turn: 1, chair: "cnvo" },
      { kind: "organisation-founded", organisation: "lg-noord" },
      { kind: "organisation-dissolved", organisation: "bvmbo" },
      { kind: "mandate-starts", mandate: "m1", holder: "aob" },
      { kind: "mandate-starts", mandate: "m3", holder: "cnvo" },
      { kind: "mandate-ends", mandate: "m6", holder: "aob" },
    ]);
  });

  it("lists no turnover before a rotation's start, even when the period begins one whole period earlier", () => {
    const rotation = ruled({ rotate: { among: ["aob", "cnvo"], every: { months: 1 }, startingOn: "2024-02-01" } });
    expect(changePoints(rotation, { from: "2024-01-01", until: "2024-04-01" })).toEqual([
      { on: "2024-02-01", events: [{ kind: "rotation-starts", rule: "r1", turn: 0, chair: "aob" }] },
      { on: "2024-03-01", events: [{ kind: "rotation-turns", rule: "r1", turn: 1, chair: "cnvo" }] },
    ]);
  });

  it("lists nothing for a rotation that starts on the last day or after the period", () => {
    const rotation = (startingOn: string) => ruled({ rotate: { among: ["aob", "cnvo"], every: { days: 1 }, startingOn } });
    expect(changePoints(rotation("2024-01-31"), { from: "2024-01-01", until: "2024-02-01" }).map((p) => p.on)).toEqual(["2024-01-31"]);
    expect(changePoints(rotation("2024-02-01"), { from: "2024-01-01", until: "2024-02-01" })).toEqual([]);
  });
});
