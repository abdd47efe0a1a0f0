// The three proposals, cell by cell, against what docs/dutch-case.md says each one does.
// Each oracle below is the guide's description written as plain code, sharing nothing with
// the resolver; every cell (theme, region, sector or the whole profession) is checked on
// days across the first years of the proposals.
import { differenceInCalendarYears, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { representationMatrix, type Scenario } from "../../src/index.js";
import { proposal } from "./fixtures.js";

/** What a cell should show: its lead and the rest of its delegation as a set, or a contest. */
type Expected = { readonly lead: string; readonly members: readonly string[] } | { readonly contested: readonly string[] };

interface Cell {
  readonly theme: string;
  readonly root: string;
  readonly labour: boolean;
  readonly region: string;
  /** The region and every region above it. */
  readonly within: readonly string[];
  readonly sector: string | null;
  /** Calendar years since the proposals started on 1 January. */
  readonly year: number;
}

const DAYS = ["2026-01-01", "2026-09-01", "2027-09-01", "2028-12-31", "2029-09-01", "2031-06-01"];
const START = "2026-01-01";

/**
 * Every cell of a scenario on each of the days, compared with the oracle: the cells that differ,
 * after checking that every cell (themes by regions by the sectors and the whole profession) was compared.
 */
function differences(scenario: Scenario, oracle: (cell: Cell) => Expected): string[] {
  const themes = new Map(scenario.themes.map((t) => [t.id, t]));
  const regions = new Map(scenario.regions.map((r) => [r.id, r]));
  const root = (id: string): string => {
    const parent = themes.get(id)?.parent;
    return parent === undefined ? id : root(parent);
  };
  const within = (id: string): string[] => {
    const parent = regions.get(id)?.parent;
    return parent === undefined ? [id] : [id, ...within(parent)];
  };
  const out: string[] = [];
  let compared = 0;
  for (const on of DAYS) {
    const matrix = representationMatrix(scenario, { on, sectors: [null, ...scenario.sectors.map((s) => s.id)] });
    for (const c of matrix.cells) {
      const cell: Cell = {
        theme: c.theme,
        root: root(c.theme),
        labour: themes.get(root(c.theme))?.kind === "labour",
        region: c.region,
        within: within(c.region),
        sector: c.sector,
        year: differenceInCalendarYears(parseISO(on), parseISO(START)),
      };
      compared += 1;
      const expected = oracle(cell);
      const actual: Expected =
        c.status === "contested"
          ? { contested: [...c.contenders].sort() }
          : { lead: c.lead ?? "(none)", members: c.delegation.filter((id) => id !== c.lead).sort() };
      const want = "contested" in expected ? { contested: [...expected.contested].sort() } : { lead: expected.lead, members: [...expected.members].sort() };
      if (JSON.stringify(actual) !== JSON.stringify(want)) out.push(`${on} ${c.theme} ${c.region} ${c.sector}: ${JSON.stringify(actual)} != ${JSON.stringify(want)}`);
    }
  }
  expect(compared).toBe(scenario.themes.length * scenario.regions.length * (scenario.sectors.length + 1) * DAYS.length);
  expect(compared).toBeGreaterThan(1000);
  return out;
}

const PAY = { lead: "aob", members: ["cnvo", "fvov"] };

describe("the coordination proposal, as the guide describes it", () => {
  it("gives every cell the lead and delegation the guide names", () => {
    const lead: Record<string, string> = {
      beroepsbeeld: "cnvo",
      bekwaamheidseisen: "fvov",
      curriculum: "fvov",
      lerarenopleiding: "aob",
      professionalisering: "aob",
      onderwijsarbeidsmarkt: "aob",
    };
    const mboLed = ["beroepsbeeld", "bekwaamheidseisen", "professionalisering", "curriculum"];
    const alongside: Record<string, string[]> = { lerarenopleiding: ["cnvo"], curriculum: ["aob"] };
    const oracle = (cell: Cell): Expected => {
      if (cell.labour) return PAY;
      if (cell.root === "onderwijsarbeidsmarkt" && cell.within.includes("oost-nederland")) return { contested: ["aob", "fvov"] };
      const chosen =
        cell.sector === "mbo" && mboLed.includes(cell.root)
          ? "bvmbo"
          : cell.root === "onderwijsarbeidsmarkt" && cell.within.includes("noord-nederland")
            ? "cnvo"
            : (lead[cell.root] ?? "?");
      const members = new Set([...(alongside[cell.root] ?? []), ...(cell.sector === "mbo" ? ["bvmbo"] : [])]);
      members.delete(chosen);
      return { lead: chosen, members: [...members] };
    };
    expect(differences(proposal.coordination(), oracle)).toEqual([]);
  });

  it("represents no cell the day before the agreement", () => {
    const matrix = representationMatrix(proposal.coordination(), { on: "2025-12-31", sectors: [null, "po", "vo", "mbo", "ho"] });
    expect(matrix.cells.length).toBe(9 * 12 * 5);
    expect(matrix.cells.filter((c) => c.status !== "unrepresented")).toEqual([]);
  });
});

describe("the OC 2.0 proposal, as the guide describes it", () => {
  it("gives the body every substantive cell, its chapters their regions, Platform VVVO the vo curriculum and the unions pay", () => {
    const oracle = (cell: Cell): Expected => {
      if (cell.labour) return PAY;
      if (cell.root === "curriculum" && cell.sector === "vo") return { lead: "pvvvo", members: [] };
      if (cell.within.includes("noord-nederland")) return { lead: "lg-noord", members: ["oc2"] };
      if (cell.within.includes("oost-nederland")) return { lead: "lg-oost", members: ["oc2"] };
      return { lead: "oc2", members: [] };
    };
    expect(differences(proposal.oc2(), oracle)).toEqual([]);
  });
});

describe("the alternative proposal, as the guide describes it", () => {
  it("follows its rules in order: pay, the mbo chamber, the vo curriculum, chairs in turn, ho jointly, the whole profession in turn", () => {
    const turn = (among: readonly string[], year: number): string => among[year % among.length] ?? "?";
    const oracle = (cell: Cell): Expected => {
      if (cell.labour) return PAY;
      if (cell.sector === "mbo") return { lead: "bvmbo", members: ["aob", "cnvo", "fvov"] };
      if (cell.root === "curriculum" && cell.sector === "vo") return { lead: "pvvvo", members: [] };
      if (cell.sector === "po") return { lead: turn(["aob", "cnvo", "fvov"], cell.year), members: [] };
      if (cell.sector === "vo") return { lead: turn(["fvov", "pvvvo", "aob", "cnvo"], cell.year), members: [] };
      // The largest of the three by members (the AOb) leads, jointly with the others that serve ho.
      if (cell.sector === "ho") return { lead: "aob", members: ["cnvo", "fvov"] };
      return { lead: turn(["aob", "cnvo", "fvov", "bvmbo"], cell.year), members: [] };
    };
    expect(differences(proposal.alternative(), oracle)).toEqual([]);
  });
});
