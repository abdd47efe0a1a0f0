// The money behind the Dutch bodies and programmes, held to the sources and the timeline.
import { describe, expect, it } from "vitest";
import { findPitfalls } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { fresh, past } from "./fixtures.js";

const event = (id: string): string | undefined => nl.timeline.find((e) => e.id === id)?.on;

describe("the funding periods of the Dutch documents", () => {
  it("record the OC's money as OCW's, structural in every document, never one-off and with no end of its own", () => {
    for (const name of ["history-oc", "history-representation"] as const) {
      const periods = (fresh(name).funding ?? []).filter((f) => f.for === "oc");
      expect(periods.map((f) => [f.by, f.kind, f.until]), name).toEqual([["OCW", "structural", undefined]]);
    }
    const period = past.oc().funding?.[0];
    expect(period?.note).toContain("'met behulp van bekostiging door OCW'");
    expect(period?.note).toMatch(/Bestuursakkoord Beroepsgroep Leraren 2012-2015 \(bestuursakkoord-2012\)/);
    expect(period?.note).toMatch(/Wholly dependent on that one funder: BON's reason to leave/);
    for (const on of ["2012-06-01", "2015-06-01", "2017-09-01", "2018-06-01"]) {
      expect(findPitfalls(past.oc(), { on }).map((f) => f.id), on).not.toContain("fragile-funding");
    }
  });

  it("start on the days the timeline gives: the OC's founding, the LC's start, the growth fund's grant", () => {
    const start = (id: string) => past.representation().funding?.find((f) => f.id === id)?.from;
    expect(start("oc-ocw")).toBe(event("oc-founded"));
    expect(start("lc-start-subsidy")).toBe(event("lc-started"));
    expect(start("growth-fund-napl")).toBe(event("napl"));
  });

  it("keep the growth fund's amounts as totals in the note, the yearly amount unknown rather than spread", () => {
    const period = past.representation().funding?.find((f) => f.id === "growth-fund-napl");
    expect(period?.amountEurPerYear).toBeUndefined();
    expect(period?.note).toContain("EUR 73.1 million, and EUR 86.5 million more on conditions");
    expect(period?.note).toMatch(/A bid in the letter .* granted on 30 June 2023/);
  });

  it("cite a source the document ships, for every period", () => {
    for (const name of nl.documentNames) {
      const scenario = fresh(name);
      const shipped = new Set((scenario.sources ?? []).map((s) => s.id));
      for (const period of scenario.funding ?? []) expect(shipped.has(period.source ?? ""), `${name} ${period.id}`).toBe(true);
    }
  });
});
