import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { changePoints, parseScenario, representationTimeline, type Scenario } from "../../src/index.js";
import { GROWTH_FUND_PARTNERS, LETTER_ORGANISATIONS, representationHistoryDocument } from "../../src/nl/representation-history.js";
import { HISTORY_SVG, representationHistorySvg } from "../../scripts/render-timeline.js";

// Parsed in each test, so that every test that reads the history also runs the code that writes it.
const parsed = (): Scenario => parseScenario(representationHistoryDocument());
const period = { from: "2011-01-01", until: "2027-01-01" };

function story(theme: string, sector: string): unknown[] {
  return representationTimeline(parsed(), { theme, region: "nl", sector, ...period }).intervals.map((i) => {
    const r = i.representation;
    return [i.from, r.status, r.status === "contested" ? r.contenders : r.delegation];
  });
}

describe("the Dutch history of representation, 2011-2026", () => {
  it("is a valid scenario document, a fresh copy on every call", () => {
    const doc = representationHistoryDocument() as any;
    doc.mandates.length = 0;
    expect(representationHistoryDocument().mandates.length).toBeGreaterThan(0);
    expect(parsed().model.kind).toBe("alternative");
  });

  it("tells the OC years, BON leaving, and the organisations leading together after the OC", () => {
    expect(story("curriculum", "vo")).toEqual([
      ["2011-01-01", "unrepresented", []],
      ["2011-03-01", "represented", ["oc", "aob", "bon", "cnvo", "fvov", "pvvvo"]],
      ["2016-10-01", "represented", ["oc", "aob", "cnvo", "fvov", "pvvvo"]],
      ["2019-01-01", "represented", ["aob", "cnvo", "fvov", "pvvvo"]],
    ]);
  });

  it("tells the LC years for primary education only, with the organisations together before and after", () => {
    expect(story("bekwaamheidseisen", "po").slice(3)).toEqual([
      ["2019-01-01", "represented", ["aob", "cnvo", "fvov"]],
      ["2020-03-02", "represented", ["lc"]],
      ["2023-06-28", "represented", ["aob", "cnvo", "fvov"]],
    ]);
    expect(story("bekwaamheidseisen", "vo").map((s) => (s as unknown[])[0])).not.toContain("2020-03-02");
  });

  it("tells professional development by the growth-fund partners from the grant, without CNV Onderwijs", () => {
    expect(story("professionalisering", "mbo").slice(3)).toEqual([
      ["2019-01-01", "unrepresented", []],
      ["2023-06-30", "represented", ["aob", "bvmbo", "fvov"]],
    ]);
    const partners = new Set(parsed().mandates.filter((m) => m.id.startsWith("growth-fund-")).flatMap((m) => m.holders ?? []));
    expect([...partners].sort()).toEqual([...GROWTH_FUND_PARTNERS].sort());
    expect(partners.has("cnvo")).toBe(false);
    expect(LETTER_ORGANISATIONS).toContain("cnvo");
  });

  it("changes only on the sourced days", () => {
    expect(changePoints(parsed(), period).map((p) => p.on)).toEqual([
      "2011-03-01",
      "2016-10-01",
      "2019-01-01",
      "2019-03-13",
      "2020-03-02",
      "2023-06-28",
      "2023-06-30",
      "2023-07-06",
    ]);
  });

  it("cites sources for every mandate, and notes where the sources correct the letter", () => {
    const history = parsed();
    const ids = new Set((history.sources ?? []).map((s) => s.id));
    for (const mandate of history.mandates) {
      expect(mandate.sources?.length, mandate.id).toBeGreaterThan(0);
      for (const id of mandate.sources ?? []) expect(ids.has(id), `${mandate.id} cites ${id}`).toBe(true);
    }
    for (const source of history.sources ?? []) {
      if (source.id !== "letter" && source.id !== "assumption") expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
    const note = (id: string): string => history.mandates.find((m) => m.id === id)?.note ?? "";
    expect(note("oc-lead")).toMatch(/'in 2018'.*1 January 2019/);
    expect(note("lc-lead")).toMatch(/'LC'.*Lerarencollectief/);
    expect(note("oc-board-fvov")).toMatch(/'FO CMHF\/VCP'.*FvOv/);
    expect(note("joint-profession")).toMatch(/ASSUMPTION/);
    expect(note("growth-fund-po")).toMatch(/NEITHER PARTNER LIST NAMES CNV ONDERWIJS/);
    expect(note("region-seat")).toContain("'vertegenwoordiger(s) van vak- en beroepsorganisaties van onderwijspersoneel'");
  });

  it("is drawn in docs/images/representation-history.svg, kept up to date by scripts/render-timeline.ts", () => {
    const svg = representationHistorySvg();
    expect(readFileSync(HISTORY_SVG, "utf8")).toBe(svg);
    for (const name of ["Beroepsbeeld", "Curriculum", "Onderwijsarbeidsmarkt", ">OC<", ">LC<"]) expect(svg).toContain(name);
  });
});
