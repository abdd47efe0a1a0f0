import { describe, expect, it } from "vitest";
import { changePoints, matrixTimeline, representationMatrix } from "../../src/index.js";
import { indexOf } from "../../src/model/scenario-index.js";
import type { Scenario } from "../../src/model/types.js";
import { matrixAxes } from "../../src/resolve/matrix.js";
import { resolveOverPeriod } from "../../src/time/resolve-over-period.js";
import { fixture } from "../fixtures/load.js";
import { ruled, world } from "./fixtures.js";

const coordination = fixture("worked-coordination");

/** How many cell resolutions a matrix timeline costs over the period. */
function work(scenario: Scenario, from: string, until: string): number {
  const axes = matrixAxes(scenario, { on: from }, "test");
  return resolveOverPeriod(indexOf(scenario), axes, from, until).work.resolved;
}

describe("matrixTimeline", () => {
  it("walks the cells in the order of representationMatrix, each starting with that day's answer", () => {
    const timeline = matrixTimeline(coordination, { from: "2025-06-01", until: "2025-07-01" });
    const matrix = representationMatrix(coordination, { on: "2025-06-01" });
    expect(timeline).toMatchObject({ from: "2025-06-01", until: "2025-07-01", themes: matrix.themes, regions: matrix.regions, sectors: matrix.sectors });
    expect(timeline.cells.map((c) => c.intervals[0]?.representation)).toEqual(matrix.cells);
  });

  it("takes a subset of the axes, with null for the profession as a whole", () => {
    const timeline = matrixTimeline(coordination, { from: "2024-01-01", until: "2026-01-01", themes: ["curriculum"], regions: ["west"], sectors: [null, "mbo"] });
    expect(timeline.cells.map((c) => [c.sector, c.intervals.map((i) => [i.from, i.representation.lead])])).toEqual([
      [null, [["2024-01-01", null], ["2025-01-01", "aob"]]],
      ["mbo", [["2024-01-01", null], ["2025-01-01", "bvmbo"]]],
    ]);
  });

  it("resolves again only the cells under a mandate's scope when it starts", () => {
    const m7 = world((d) => {
      d.mandates.push({
        id: "m7", holder: "aob", role: "lead", scope: { themes: ["curriculum"], regions: ["noord"], sectors: "all" },
        validFrom: "2025-03-01", grant: { by: "agreement", agreement: "a1" },
      });
    });
    // 75 cells on the first day, then curriculum in noord for three sectors.
    expect(work(m7, "2025-02-01", "2025-04-01")).toBe(75 + 3);
    const noordMbo = matrixTimeline(m7, { from: "2025-02-01", until: "2025-04-01", themes: ["curriculum"], regions: ["noord"], sectors: ["mbo"] });
    expect(noordMbo.cells[0]?.intervals.map((i) => [i.from, i.representation.status])).toEqual([
      ["2025-02-01", "represented"],
      ["2025-03-01", "contested"],
    ]);
  });

  it("resolves again only the cells where a dissolved organisation holds claims", () => {
    const dissolved = world((d) => {
      d.organisations.find((o: any) => o.id === "bvmbo").dissolved = "2025-03-01";
    });
    // bvmbo holds m2 on curriculum for mbo: five regions.
    expect(work(dissolved, "2025-02-01", "2025-04-01")).toBe(75 + 5);
  });

  it("resolves every cell again when the agreement is signed, and every professional cell when the body is established", () => {
    expect(work(coordination, "2024-12-01", "2025-02-01")).toBe(75 + 75);
    // Four professional themes of five, by five regions and three sectors.
    expect(work(fixture("worked-oc2"), "2025-12-01", "2026-02-01")).toBe(75 + 60);
  });

  it("resolves every cell of the fallback when a party is founded under a largest-membership fallback", () => {
    const fallback = world((d) => {
      d.model.fallback = "largest-membership";
      d.organisations.find((o: any) => o.id === "cnvo").founded = "2025-03-01";
    });
    expect(work(fallback, "2025-02-01", "2025-04-01")).toBe(75 + 75);
  });

  it("resolves again the cells a rotation's rule matches when the chair passes, but not when it stays", () => {
    const rotation = (among: string[]) =>
      ruled({ rotate: { among, every: { days: 1 }, startingOn: "2024-01-01" } }, (d) => {
        d.model.rules[0].when = { themes: ["cao"] };
      });
    // Fifteen cao cells on each of the nine turnovers after the first day.
    expect(work(rotation(["aob", "cnvo"]), "2024-01-01", "2024-01-11")).toBe(75 + 9 * 15);
    expect(work(rotation(["aob"]), "2024-01-01", "2024-01-11")).toBe(75);
    expect(changePoints(rotation(["aob"]), { from: "2024-01-01", until: "2024-01-11" })).toHaveLength(10);
  });

  it("under the alternative model, resolves again for a mandate only the cells a deferring rule decides", () => {
    const deferring = world((d) => {
      d.model = {
        kind: "alternative",
        name: "Test",
        rules: [
          { id: "curriculum", when: { themes: ["curriculum"] }, then: { assign: { lead: "aob" } } },
          { id: "rest", then: { mandates: {} } },
        ],
      };
      d.mandates.push({
        id: "m9", holder: "cnvo", role: "lead", scope: { themes: "all", regions: ["nl"], sectors: "all" },
        validFrom: "2025-03-01", grant: { by: "statute" },
      });
    });
    // m9 covers all 75 cells, but the curriculum cells (15) are decided by an assignment.
    expect(work(deferring, "2025-02-01", "2025-04-01")).toBe(75 + 60);
    const timeline = matrixTimeline(deferring, { from: "2025-02-01", until: "2025-04-01", regions: ["zuid"], sectors: ["po"] });
    expect(timeline.cells.map((c) => [c.theme, c.intervals.map((i) => i.representation.lead)])).toEqual([
      ["curriculum", ["aob"]],
      ["lerarenopleiding", [null, "cnvo"]],
      ["bekwaamheid", [null, "cnvo"]],
      ["bevoegdheden", [null, "cnvo"]],
      ["cao", [null, "cnvo"]],
    ]);
  });

  it("rejects unknown ids and bad periods, naming itself", () => {
    expect(() => matrixTimeline(coordination, { from: "2025-01-01", until: "2026-01-01", regions: ["mars"] })).toThrow('matrixTimeline: unknown region "mars"');
    expect(() => matrixTimeline(coordination, { from: "2025-01-01", until: "nope" })).toThrow(/^matrixTimeline: 'until' must be a calendar date/);
  });
});

describe("matrixTimeline intervals", () => {
  it("resolve their representation when first read, then keep it, and cannot be changed", () => {
    const interval = matrixTimeline(coordination, { from: "2025-01-01", until: "2025-02-01", themes: ["curriculum"] }).cells[0]!.intervals[0]!;
    expect(interval.representation).toBe(interval.representation);
    expect(Object.keys(interval)).toEqual(["from", "until", "representation"]);
    expect(Object.isFrozen(interval)).toBe(true);
    expect(() => {
      (interval as any).from = "2000-01-01";
    }).toThrow(TypeError);
  });
});
