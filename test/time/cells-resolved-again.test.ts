import { describe, expect, it } from "vitest";
import { indexOf } from "../../src/model/scenario-index.js";
import type { Scenario } from "../../src/model/types.js";
import { matrixAxes } from "../../src/resolve/matrix.js";
import { resolveOverPeriod } from "../../src/time/resolve-over-period.js";
import { representationTimeline, resolve } from "../../src/index.js";
import { ruled, spans, world } from "./fixtures.js";

// The promise of a matrix timeline is that the work follows the changes: after the first day
// a cell is resolved again only when an event can touch it. These count the cells resolved.
// The worked worlds have 5 themes (4 professional, bevoegdheden under bekwaamheid, 1 labour),
// 5 regions (nl above the other four) and 3 sectors: 75 cells on the first day.

const from = "2025-02-01";
const until = "2025-04-01";

function work(scenario: Scenario, sectors?: readonly (string | null)[]): number {
  const axes = matrixAxes(scenario, { on: from, ...(sectors === undefined ? {} : { sectors }) }, "test");
  return resolveOverPeriod(indexOf(scenario), axes, from, until).work.resolved;
}

/** A daily rotation between two organisations under a rule with the condition `when`: a turnover on every day after the first. */
function rotating(when: unknown, among = ["aob", "cnvo"]): Scenario {
  return ruled({ rotate: { among, every: { days: 1 }, startingOn: "2025-03-30" } }, (d) => {
    d.model.rules[0].when = when;
  });
}

describe("the cells resolved on the first day", () => {
  it("are not resolved again for the events of that day, which their first answers include", () => {
    const coordination = world();
    const firstDay = resolveOverPeriod(indexOf(coordination), matrixAxes(coordination, { on: "2025-01-01" }, "test"), "2025-01-01", "2025-02-01");
    expect(firstDay.work.resolved).toBe(75);
    expect(firstDay.cells[0]?.stretches.map((s) => [s.from, s.until, s.answer.lead])).toEqual([["2025-01-01", "2025-02-01", "aob"]]);
  });
});

describe("the cells resolved again for a rule's turnover", () => {
  // Turnovers on 30 March (start) and 31 March: two days on which the rule's cells are resolved.
  it("are the cells of its themes, subthemes included", () => {
    expect(work(rotating({ themes: ["bekwaamheid"] }))).toBe(75 + 2 * 2 * 15);
  });

  it("are the cells of its regions, subregions included", () => {
    expect(work(rotating({ regions: ["noord"] }))).toBe(75 + 2 * 15);
    expect(work(rotating({ regions: ["nl"] }))).toBe(75 + 2 * 75);
  });

  it("are the cells of its sectors", () => {
    expect(work(rotating({ sectors: ["po"] }))).toBe(75 + 2 * 25);
  });

  it("are the cells of its kind of theme", () => {
    expect(work(rotating({ themeKind: "labour" }))).toBe(75 + 2 * 15);
    expect(work(rotating({ themeKind: "professional", themes: ["curriculum", "cao"] }))).toBe(75 + 2 * 15);
  });

  it("skip a turnover that hands the chair to the organisation that held it", () => {
    // Chairs from 30 March: aob, aob, cnvo (turns 0 to 2); only the start and the third day change the chair.
    const threeDays = ruled({ rotate: { among: ["aob", "aob", "cnvo"], every: { days: 1 }, startingOn: "2025-03-30" } }, (d) => {
      d.model.rules[0].when = { themes: ["cao"] };
    });
    const resolved = resolveOverPeriod(indexOf(threeDays), matrixAxes(threeDays, { on: from }, "test"), from, "2025-04-02").work.resolved;
    expect(resolved).toBe(75 + 2 * 15);
  });
});

describe("the cells resolved again for a turnover to another chair", () => {
  // r1 gives cao to aob; r2, alike but later, rotates daily from 30 March: it starts on 30 March and turns on 31 March.
  const outranked = (among: string[]) =>
    ruled({ assign: { lead: "aob" } }, (d) => {
      d.model.rules[0].when = { themes: ["cao"] };
      d.model.rules.push({ id: "r2", when: { themes: ["cao"] }, then: { rotate: { among, every: { days: 1 }, startingOn: "2025-03-30" } } });
    });

  it("leave out the cells where the rotation lost to an earlier rule whatever its chair", () => {
    // The start touches the 15 cao cells; the turn to fvov, which exists, none: r1 still wins them.
    expect(work(outranked(["cnvo", "fvov"]))).toBe(75 + 15);
  });

  it("keep the cells when the new chair does not exist on the day, so the rotation drops out and another rule can stand", () => {
    // oc2 is founded only in 2026: on 31 March the turn to it leaves r2 without a holder.
    expect(work(outranked(["cnvo", "oc2"]))).toBe(75 + 2 * 15);
  });

  it("give the answer of each day when the chair that outranks the others does not exist", () => {
    // On cao in noord for po: r1 (cao, aob) and r2 (noord, cnvo) fit alike, r1 comes first. The
    // rotation r3 (cao for po, more specific than r1) knocks r1 out but comes after r2: while its chair
    // exists r2 wins; on 31 March its chair, oc2, does not exist yet, r3 drops out and r1 wins again.
    const scenario = ruled({ assign: { lead: "aob" } }, (d) => {
      d.model.rules[0].when = { themes: ["cao"] };
      d.model.rules.push({ id: "r2", when: { regions: ["noord"] }, then: { assign: { lead: "cnvo" } } });
      d.model.rules.push({ id: "r3", when: { themes: ["cao"], sectors: ["po"] }, then: { rotate: { among: ["fvov", "oc2"], every: { days: 1 }, startingOn: "2025-03-30" } } });
    });
    const cell = { theme: "cao", region: "noord", sector: "po" } as const;
    const timeline = representationTimeline(scenario, { ...cell, from, until: "2025-04-03" });
    expect(spans(timeline.intervals)).toEqual([
      [from, "2025-03-30", "represented", "aob"],
      ["2025-03-30", "2025-03-31", "represented", "cnvo"],
      ["2025-03-31", "2025-04-01", "represented", "aob"],
      ["2025-04-01", "2025-04-02", "represented", "cnvo"],
      ["2025-04-02", "2025-04-03", "represented", "aob"],
    ]);
    for (const day of ["2025-03-29", "2025-03-30", "2025-03-31", "2025-04-01", "2025-04-02"]) {
      const interval = timeline.intervals.find((i) => i.from <= day && day < i.until);
      expect(interval?.representation.lead, day).toBe(resolve(scenario, { ...cell, on: day }).lead);
    }
  });
});

describe("the cells resolved again when an organisation is founded", () => {
  it("under a largest-membership rule, are those of the sectors it serves and of the profession as a whole", () => {
    const founded = (when?: unknown) =>
      ruled({ largestMembership: { among: "all" } }, (d) => {
        if (when !== undefined) d.model.rules[0].when = when;
        d.organisations.find((o: any) => o.id === "bvmbo").founded = "2025-03-01";
      });
    // bvmbo serves mbo only: 25 mbo cells and 25 cells for the profession as a whole.
    expect(work(founded(), [null, "po", "vo", "mbo"])).toBe(100 + 50);
    // A rule for po and mbo leaves bvmbo only mbo, and does not speak for the whole profession.
    expect(work(founded({ sectors: ["po", "mbo"] }), [null, "po", "vo", "mbo"])).toBe(100 + 25);
  });

  it("under the coordination model without a fallback, are only those of the party's mandates", () => {
    const founded = world((d) => {
      d.organisations.find((o: any) => o.id === "cnvo").founded = "2025-03-01";
    });
    // cnvo holds m3: lerarenopleiding in noord, three sectors.
    expect(work(founded)).toBe(75 + 3);
  });

  it("under OC 2.0, are the professional cells of a chapter's region, and a statutory holder's labour cells", () => {
    const founded = (id: string) =>
      world((d) => {
        d.organisations.find((o: any) => o.id === id).founded = "2025-03-01";
      }, "worked-oc2");
    // lg-noord is the chapter for noord: four professional themes, three sectors.
    expect(work(founded("lg-noord"))).toBe(75 + 12);
    // aob holds s1, statutory, on cao everywhere: 15 cells.
    expect(work(founded("aob"))).toBe(75 + 15);
  });
});

describe("the cells resolved again when a mandate starts", () => {
  it("leave out the profession as a whole for a mandate with a list of sectors", () => {
    const m7 = world((d) => {
      d.mandates.push({
        id: "m7",
        holder: "aob",
        role: "lead",
        scope: { themes: ["cao"], regions: ["nl"], sectors: ["mbo"] },
        validFrom: "2025-03-01",
        grant: { by: "agreement", agreement: "a1" },
      });
    });
    expect(work(m7, [null, "po", "vo", "mbo"])).toBe(100 + 5);
  });

  it("under OC 2.0, are the labour cells of a statutory mandate and the professional cells of the body's delegation", () => {
    const oc2 = (grant: unknown) =>
      world((d) => {
        d.mandates.push({ id: "mx", holder: "cnvo", role: "lead", scope: { themes: "all", regions: ["noord"], sectors: "all" }, validFrom: "2025-03-01", grant });
      }, "worked-oc2");
    expect(work(oc2({ by: "statute" }))).toBe(75 + 3);
    expect(work(oc2({ by: "delegation", from: "oc2" }))).toBe(75 + 12);
  });
});
