import { beforeAll, describe, expect, it } from "vitest";
import { analyseScenario } from "../../src/analysis/analyse-scenario.js";
import { findPitfalls } from "../../src/analysis/find-pitfalls.js";
import { registerModel } from "../../src/governance/models.js";
import { parseScenario, safeParseScenario } from "../../src/governance/parse-scenario.js";
import { scenarioSchema } from "../../src/model/schema/scenario.js";
import { renderStructure } from "../../src/report/render-structure.js";
import { explain } from "../../src/resolve/explain.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { resolve } from "../../src/resolve/resolve.js";
import { changePoints } from "../../src/time/change-points.js";
import { representationTimeline } from "../../src/time/representation-timeline.js";
import { singleBodyRules } from "./single-body-model.js";

// A fourth model, registered through the same table as the three built in: every
// layer answers for it by asking its rules, with no change anywhere else.

const document = {
  schemaVersion: 1,
  id: "single",
  name: "One body for everything",
  sectors: [
    { id: "po", name: "Primair onderwijs" },
    { id: "vo", name: "Voortgezet onderwijs" },
  ],
  regions: [
    { id: "nl", name: "Nederland", level: "national" },
    { id: "noord", name: "Noord", level: "region", parent: "nl" },
  ],
  themes: [
    { id: "curriculum", name: "Curriculum", kind: "professional" },
    { id: "cao", name: "Arbeidsvoorwaarden", kind: "labour" },
  ],
  organisations: [
    { id: "huis", name: "Huis van de leraar", kind: "other", sectors: ["po", "vo"], founded: "2020-01-01", dissolved: "2030-01-01" },
    { id: "aob", name: "AOb", kind: "union", sectors: ["po", "vo"] },
  ],
  mandates: [],
  model: { kind: "single-body", body: "huis", established: "2026-01-01" },
};

describe("a fourth governance model, registered through the table", () => {
  beforeAll(() => {
    registerModel(singleBodyRules);
  });

  it("parses, with its own meaning check naming what is wrong and where", () => {
    expect(parseScenario(document).model).toEqual(document.model);
    const wrong = safeParseScenario({ ...document, model: { ...document.model, body: "nobody" } });
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(wrong.error.issues).toEqual([expect.objectContaining({ code: "unknown_reference", path: ["model", "body"] })]);
  });

  it("leaves the public schema to the three models", () => {
    expect(scenarioSchema.safeParse(document).success).toBe(false);
  });

  it("refuses a second model of a kind already known", () => {
    expect(() => {
      registerModel(singleBodyRules);
    }).toThrow(/single-body/);
  });

  it("resolves and explains a cell by its claims", () => {
    const scenario = parseScenario(document);
    const before = resolve(scenario, { theme: "cao", region: "noord", sector: "vo", on: "2025-06-01" });
    const after = resolve(scenario, { theme: "cao", region: "noord", sector: "vo", on: "2026-06-01" });
    expect([before.status, before.lead]).toEqual(["unrepresented", null]);
    expect([after.status, after.lead, after.model]).toEqual(["represented", "huis", "single-body"]);
    expect(explain(after)).toContain("huis");
  });

  it("runs through time: its establishment and the body's dissolution are change points", () => {
    const scenario = parseScenario(document);
    const points = changePoints(scenario, { from: "2024-01-01", until: "2035-01-01" });
    expect(points.map((p) => [p.on, p.events.map((e) => e.kind)])).toEqual([
      ["2026-01-01", ["body-established"]],
      ["2030-01-01", ["organisation-dissolved"]],
    ]);
    const timeline = representationTimeline(scenario, { theme: "curriculum", region: "nl", sector: null, from: "2024-01-01", until: "2035-01-01" });
    expect(timeline.intervals.map((i) => [i.from, i.until, i.representation.lead])).toEqual([
      ["2024-01-01", "2026-01-01", null],
      ["2026-01-01", "2030-01-01", "huis"],
      ["2030-01-01", "2035-01-01", null],
    ]);
  });

  it("is analysed, its facts read by the pitfalls", () => {
    const scenario = parseScenario(document);
    const matrix = representationMatrix(scenario, { on: "2027-01-01" });
    expect(matrix.cells.every((cell) => cell.lead === "huis")).toBe(true);
    const analysis = analyseScenario(scenario, { on: "2027-01-01" });
    expect(analysis.model).toBe("single-body");
    expect(analysis.coverage.counts.represented).toBe(matrix.cells.length);
    const findings = findPitfalls(scenario, { on: "2027-01-01" }).map((f) => f.id);
    // A body without a board or an open assembly leaves unorganised teachers out, told with the body's own words.
    expect(findings).toContain("unorganised-excluded");
    expect(findings).toContain("fragile-funding");
  });

  it("is drawn by the structure renderer from the facts it gives", () => {
    const mermaid = renderStructure(parseScenario(document));
    expect(mermaid).toContain("single-body");
    expect(mermaid).toContain("Huis van de leraar");
    expect(mermaid).toContain("2026-01-01");
  });
});
