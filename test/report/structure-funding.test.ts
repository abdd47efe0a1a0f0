// The structure chart shows the scenario's funding periods under every model, each joined to
// what it pays for, in the language asked for; a scenario without periods draws none.
import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/index.js";
import "../../src/locale/nl/index.js";
import { renderStructure } from "../../src/report-entry.js";
import { fixture, fixtureJson } from "../fixtures/load.js";

function withFunding(name: "worked-coordination" | "worked-oc2", funding: unknown[]) {
  const d = structuredClone(fixtureJson(name)) as Record<string, unknown>;
  d["funding"] = funding;
  return parseScenario(d);
}

const periods = [
  { id: "f1", by: "OCW", kind: "structural", from: "2026-01-01", amountEurPerYear: 2_500_000, fte: 20 },
  { id: "f2", by: "OCW", kind: "project", from: "2025-09-01", until: "2027-09-01", for: "exploration" },
  { id: "f3", by: "members", kind: "one-off", from: "2026-01-01", for: "aob" },
];

describe("funding in the structure chart", () => {
  it("draws each period with its kind, funder, dates and figures, joined to what it pays for", () => {
    const mermaid = renderStructure(withFunding("worked-coordination", periods));
    expect(mermaid).toContain('(["Funding f1<br>structural<br>paid by OCW<br>from 2026-01-01<br>EUR 2 500 000 a year<br>20 FTE"])');
    expect(mermaid).toContain('(["Joint work of the parties"])');
    expect(mermaid).toContain('(["Funding f2<br>project<br>paid by OCW<br>from 2025-09-01<br>until 2027-09-01"])');
    expect(mermaid).toContain('(["The exploration"])');
  });

  it("joins money with no 'for' to the OC 2.0 body, and speaks Dutch", () => {
    const mermaid = renderStructure(withFunding("worked-oc2", periods.slice(0, 1)), { locale: "nl" });
    expect(mermaid).toContain("Financiering f1<br>structureel<br>betaald door OCW<br>vanaf 2026-01-01");
    expect(mermaid).not.toContain("gezamenlijke werk");
  });

  it("draws nothing more for a scenario without periods", () => {
    expect(renderStructure(fixture("worked-coordination"))).toBe(renderStructure(withFunding("worked-coordination", [])));
  });
});
