import { describe, expect, it } from "vitest";
import { type Mandate } from "../../src/index.js";
import { impactOf } from "../../src/change-entry.js";
import { refusal, world } from "./fixtures.js";

const m7: Mandate = {
  id: "m7",
  holder: "aob",
  role: "lead",
  scope: { themes: ["curriculum"], regions: ["noord"], sectors: "all" },
  validFrom: "2025-01-01",
  grant: { by: "agreement", agreement: "a1" },
};

function summary(cell: { theme: string; region: string; sector: string | null; before: { status: string; lead: string | null } | null; after: { status: string; lead: string | null } }): string {
  const show = (r: { status: string; lead: string | null } | null): string => (r === null ? "none" : r.lead ?? r.status);
  return `${cell.theme}/${cell.region}/${cell.sector ?? "-"}: ${show(cell.before)} -> ${show(cell.after)}`;
}

describe("impactOf", () => {
  it("lists the cells a revoked mandate hands to another lead, as in its documentation", () => {
    const impact = impactOf(world("coordination"), { type: "revoke-mandate", id: "m2", on: "2025-03-01" }, { on: "2025-06-01" });
    expect(impact.on).toBe("2025-06-01");
    expect(impact.cells.map(summary)).toEqual([
      "curriculum/nl/mbo: bvmbo -> aob",
      "curriculum/noord/mbo: bvmbo -> aob",
      "curriculum/oost/mbo: bvmbo -> aob",
      "curriculum/zuid/mbo: bvmbo -> aob",
      "curriculum/west/mbo: bvmbo -> aob",
    ]);
    expect(impact.cells[0]?.after.delegation).toEqual(["aob", "fvov"]);
    // Only the cells the mandate covers were resolved again: one theme, five regions, one sector.
    expect(impact.cellsChecked).toBe(5);
  });

  it("finds the worked example's contested cell when m7 is granted, and nothing else", () => {
    const scenario = world("coordination");
    const impact = impactOf(scenario, { type: "grant-mandate", mandate: m7 }, { on: "2025-06-01" });
    expect(impact.cells.map(summary)).toEqual(["curriculum/noord/mbo: bvmbo -> contested"]);
    expect(impact.cells[0]?.after.contenders).toEqual(["aob", "bvmbo"]);
    expect(impact.scenario.mandates).toHaveLength(scenario.mandates.length + 1);
    expect(impact.cellsChecked).toBe(3);
  });

  it("sees no effect of a mandate that is not in force on the day", () => {
    const impact = impactOf(world("coordination"), { type: "grant-mandate", mandate: { ...m7, validFrom: "2026-01-01" } }, { on: "2025-06-01" });
    expect(impact.cells).toEqual([]);
    expect(impact.cellsChecked).toBe(0);
  });

  it("resolves the whole matrix again for a change that is not about mandates", () => {
    const impact = impactOf(world("coordination"), { type: "end-agreement", on: "2025-03-01" }, { on: "2025-06-01" });
    expect(impact.cellsChecked).toBe(5 * 5 * 3);
    expect(impact.cells.every((cell) => cell.before?.status !== "unrepresented" && cell.after.status === "unrepresented")).toBe(true);
    expect(impact.cells.map(summary)).toContain("lerarenopleiding/noord/vo: contested -> unrepresented");
  });

  it("lists the cells of a new sector with no answer before", () => {
    const impact = impactOf(world("coordination"), { type: "add-sector", sector: { id: "ho", name: "Hoger onderwijs" } }, { on: "2025-06-01", themes: ["curriculum"] });
    expect(impact.cells).toHaveLength(5);
    expect(impact.cells.map(summary)[0]).toBe("curriculum/nl/ho: none -> aob");
  });

  it("keeps to the themes, regions and sectors asked for, in the order asked", () => {
    const impact = impactOf(world("coordination"), { type: "revoke-mandate", id: "m2", on: "2025-03-01" }, { on: "2025-06-01", regions: ["west", "zuid"] });
    expect(impact.cells.map(summary)).toEqual(["curriculum/west/mbo: bvmbo -> aob", "curriculum/zuid/mbo: bvmbo -> aob"]);
  });

  it("finds nothing, and resolves nothing, for a change that alters nothing", () => {
    const scenario = world("coordination");
    const impact = impactOf(scenario, { type: "end-agreement", on: "2025-06-01" }, { on: "2025-06-01" });
    expect(impactOf(impact.scenario, { type: "end-agreement", on: "2025-06-01" }, { on: "2025-06-01" })).toEqual({ on: "2025-06-01", scenario: impact.scenario, cells: [], cellsChecked: 0 });
  });

  it("refuses a change that would be refused, and a query it cannot answer", () => {
    expect(refusal(() => impactOf(world("coordination"), { type: "revoke-mandate", id: "m99", on: "2025-03-01" }, { on: "2025-06-01" })).issues[0]?.code).toBe("unknown_mandate");
    expect(() => impactOf(world("coordination"), { type: "end-agreement", on: "2026-01-01" }, { on: "2025-06-01", themes: ["nope"] })).toThrow(/^impactOf: unknown theme/);
    expect(() => impactOf(world("coordination"), { type: "end-agreement", on: "2026-01-01" }, { on: "june" })).toThrow(/^impactOf: /);
  });

  it("leaves the scenario it is given as it was", () => {
    const scenario = world("oc2");
    const copy = structuredClone(scenario);
    const impact = impactOf(scenario, { type: "add-chapter", chapter: { region: "zuid", organisation: "fvov" } }, { on: "2026-03-01" });
    expect(scenario).toEqual(copy);
    expect(impact.cells.map(summary)).toContain("curriculum/zuid/vo: oc2 -> fvov");
  });
});

describe("impactOf: what counts as a changed answer", () => {
  const grant = (holder: string, role: "lead" | "member", scope: Mandate["scope"]) =>
    ({ type: "grant-mandate", mandate: { id: "m8", holder, role, scope, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } } }) as const;
  const line = (c: { before: { status: string; lead: string | null; delegation: readonly string[]; contenders: readonly string[] } | null; after: { status: string; lead: string | null; delegation: readonly string[]; contenders: readonly string[] } }) =>
    [c.before, c.after].map((r) => (r === null ? "none" : `${r.status} ${r.lead ?? "-"} [${r.delegation.join(",")}] [${r.contenders.join(",")}]`)).join(" -> ");

  it("a cell whose delegation alone changes", () => {
    const impact = impactOf(world("coordination"), grant("cnvo", "member", { themes: ["curriculum"], regions: ["west"], sectors: ["vo"] }), { on: "2025-06-01" });
    expect(impact.cells.map(line)).toEqual(["represented aob [aob,fvov] [] -> represented aob [aob,cnvo,fvov] []"]);
  });

  it("a contested cell whose contenders alone change", () => {
    const impact = impactOf(world("coordination"), grant("aob", "lead", { themes: ["lerarenopleiding"], regions: ["noord"], sectors: "all" }), { on: "2025-06-01", sectors: ["vo"] });
    expect(impact.cells.map(line)).toEqual(["contested - [] [cnvo,fvov] -> contested - [] [aob,cnvo,fvov]"]);
  });

  it("checks no cell for a change that alters nothing, and every cell for one outside the mandates", () => {
    const scenario = world("coordination");
    const same = impactOf(scenario, { type: "update-organisation", id: "aob", set: { name: scenario.organisations[0]!.name } }, { on: "2025-06-01" });
    expect([same.cellsChecked, same.cells]).toEqual([0, []]);
    const agreement = impactOf(scenario, { type: "end-agreement", on: "2027-01-01" }, { on: "2025-06-01" });
    expect([agreement.cellsChecked, agreement.cells]).toEqual([75, []]);
  });
});
