// The letter's claim, held against the embedded history: "in wisselende samenstelling op thema- en
// regioniveau" the organisations have represented the profession for years, "in gezamenlijkheid".
import { describe, expect, it } from "vitest";
import { representationMatrix, type Representation } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { past } from "./fixtures.js";

const DAYS = ["2019-06-01", "2024-06-01"];
const SECTORS = [null, "po", "vo", "mbo", "ho"];
/** The themes the letter says the organisations worked on together, and their subthemes. */
const LETTER_THEMES = ["beroepsbeeld", "team-van-het-jaar", "bekwaamheidseisen", "bevoegdheden", "lerarenopleiding", "curriculum", "onderwijsarbeidsmarkt"];

function nationalCells(on: string): readonly Representation[] {
  const history = past.representation();
  const professional = history.themes.filter((t) => (t.kind ?? history.themes.find((p) => p.id === t.parent)?.kind) === "professional").map((t) => t.id);
  return representationMatrix(history, { on, regions: ["nl"], themes: professional, sectors: SECTORS }).cells;
}

describe("the organisations' joint representation in the Dutch history", () => {
  for (const on of DAYS) {
    it(`on ${on}, at the national level, leaves no professional cell contested and most represented`, () => {
      const cells = nationalCells(on);
      expect(cells.length).toBe(8 * SECTORS.length);
      expect(cells.filter((c) => c.status === "contested")).toEqual([]);
      expect(cells.filter((c) => c.status === "represented").length).toBeGreaterThan(cells.length / 2);
    });

    it(`on ${on}, lets coalitions lead every sector on the letter's themes of joint work, in compositions that vary by sector`, () => {
      const cells = nationalCells(on).filter((c) => LETTER_THEMES.includes(c.theme));
      for (const cell of cells) {
        expect(cell.status, `${cell.theme} ${cell.sector}`).toBe("represented");
        expect(cell.leads.length, `${cell.theme} ${cell.sector}`).toBeGreaterThan(1);
        expect(cell.lead, "no penvoerder is sourced").toBeNull();
      }
      const leadsIn = (sector: string | null) => cells.find((c) => c.theme === "curriculum" && c.sector === sector)?.leads;
      expect(leadsIn("vo")).toEqual(["aob", "cnvo", "fvov", "pvvvo"]);
      expect(leadsIn("mbo")).toEqual(["aob", "bvmbo", "cnvo", "fvov"]);
      expect(leadsIn(null)).toEqual(["aob", "bvmbo", "cnvo", "fvov", "pvvvo"]);
    });
  }

  it("leaves professional development to the growth-fund partners once the programme is granted, without CNV Onderwijs", () => {
    const cells = nationalCells("2024-06-01").filter((c) => c.theme === "professionalisering" && c.sector !== null && c.sector !== "ho");
    expect(cells.map((c) => c.leads)).toEqual([["aob", "fvov"], ["aob", "fvov", "pvvvo"], ["aob", "bvmbo", "fvov"]]);
    expect(nationalCells("2019-06-01").filter((c) => c.theme === "professionalisering").every((c) => c.status === "unrepresented")).toBe(true);
  });

  it("seats the letter's four organisations together in every onderwijsregio from the forerunners' start", () => {
    const history = past.representation();
    const regions = history.regions.filter((r) => r.level.startsWith("onderwijsregio")).map((r) => r.id);
    const on = (day: string) => representationMatrix(history, { on: day, regions, themes: ["onderwijsarbeidsmarkt"], sectors: ["vo"] }).cells;
    expect(on("2024-06-01").map((c) => c.leads)).toEqual(regions.map(() => ["aob", "cnvo", "fvov"]));
    // Before 6 July 2023 a region follows the national coalition, Platform VVVO included.
    expect(on("2023-07-05").map((c) => c.leads)).toEqual(regions.map(() => ["aob", "cnvo", "fvov", "pvvvo"]));
    const all = representationMatrix(history, { on: "2024-06-01" }).cells;
    expect(all.filter((c) => c.status === "contested")).toEqual([]);
  });

  it("starts the programme's and the regions' coalitions on the days the timeline gives the grant and the forerunners", () => {
    const history = past.representation();
    const event = (id: string) => nl.timeline.find((e) => e.id === id)?.on;
    const starts = (prefix: string) => [...new Set(history.mandates.filter((m) => m.id.startsWith(prefix)).map((m) => m.validFrom))];
    expect(starts("growth-fund-")).toEqual([event("napl")]);
    expect(starts("region-seat")).toEqual([event("forerunners")]);
  });
});
