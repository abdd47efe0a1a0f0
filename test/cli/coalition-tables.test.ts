import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, FIXTURE } from "./run-cli.js";

// The worked coordination example with coalitions on lerarenopleiding: AOb, CNVO and FvOv in Zuid
// (spokesperson CNVO), CNVO and BVMBO in West (no spokesperson), AOb and BVMBO against AOb in Oost.
function coalitionDocument(): string {
  const doc = JSON.parse(readFileSync(FIXTURE.coordination, "utf8"));
  const coalition = (id: string, holders: string[], region: string, extra: Record<string, unknown> = {}) => ({
    id,
    holders,
    role: "lead",
    scope: { themes: ["lerarenopleiding"], regions: [region], sectors: "all" },
    validFrom: "2025-01-01",
    grant: { by: "agreement", agreement: "a1" },
    ...extra,
  });
  doc.mandates.push(
    coalition("c1", ["fvov", "aob", "cnvo"], "zuid", { spokesperson: "cnvo" }),
    coalition("c2", ["cnvo", "bvmbo"], "west"),
    coalition("c3", ["aob", "bvmbo"], "oost", { spokesperson: "aob" }),
    { id: "c4", holder: "aob", role: "lead", scope: { themes: ["lerarenopleiding"], regions: ["oost"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
  );
  return JSON.stringify(doc);
}

describe("the CLI's text tables with coalitions", () => {
  it("shows a coalition in one cell, spokesperson first and marked, and explains the marks in the key, in Dutch", () => {
    const ran = cli(["matrix", "-", "--on", "2025-06-01", "--theme", "lerarenopleiding", "--sector", "vo", "--locale", "nl"], { input: coalitionDocument() });
    expect(ran.code).toBe(0);
    const row = ran.stdout.split("\n").find((line) => line.startsWith("lerarenopleiding")) ?? "";
    expect(row).toContain("CNVO*+AOb+FvOv");
    expect(row).toContain("BVMBO+CNVO");
    expect(row).toContain("▨ AOb/AOb+BVMBO");
    expect(ran.stdout).toContain("▨ betwist, — niet vertegenwoordigd, a+b een coalitie die gezamenlijk leidt, * de penvoerder");
  });

  it("leaves the key as it was when no coalition shows", () => {
    const ran = cli(["matrix", FIXTURE.coordination, "--on", "2025-06-01", "--theme", "curriculum"]);
    expect(ran.stdout.trimEnd().endsWith("▨ contested, — unrepresented")).toBe(true);
  });

  it("compares a coalition with the single leads it replaces", () => {
    const file = FIXTURE.coordination;
    const ran = cli(["compare", file, "-", "--on", "2025-06-01", "--theme", "lerarenopleiding", "--sector", "vo"], { input: coalitionDocument() });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/zuid\s+vo\s+—\s+≠CNVO\*\+AOb\+FvOv/);
  });

  it("marks a differing answer apart from a coalition's spokesperson, and explains both marks in the key, in both languages", () => {
    const args = ["compare", FIXTURE.coordination, "-", "--on", "2025-06-01", "--theme", "lerarenopleiding", "--sector", "vo"];
    const en = cli(args, { input: coalitionDocument() });
    expect(en.stdout.trimEnd().split("\n").at(-1)).toBe("≠ a different answer from #0, ▨ contested, — unrepresented, a+b a coalition leading together, * its spokesperson");
    const nl = cli([...args, "--locale", "nl"], { input: coalitionDocument() });
    expect(nl.stdout.trimEnd().split("\n").at(-1)).toBe("≠ een ander antwoord dan #0, ▨ betwist, — niet vertegenwoordigd, a+b een coalitie die gezamenlijk leidt, * de penvoerder");
  });

  it("shows the money a year and FTEs for the model's work: known, partly unknown, or none", () => {
    const funded = (periods: unknown[]) => {
      const doc = JSON.parse(readFileSync(FIXTURE.coordination, "utf8"));
      doc.funding = periods;
      return JSON.stringify(doc);
    };
    const period = (id: string, extra: Record<string, unknown>) => ({ id, by: "ocw", kind: "structural", from: "2024-01-01", ...extra });
    const row = (input: string, locale = "en") =>
      cli(["compare", FIXTURE.coordination, "-", "--on", "2025-06-01", "--theme", "curriculum", "--locale", locale], { input }).stdout.split("\n").find((line) => line.startsWith("1 ")) ?? "";
    expect(row(funded([period("f1", { amountEurPerYear: 2_500_000, fte: 20 })]))).toMatch(/EUR 2 500 000\s+20\s/);
    expect(row(funded([period("f1", { amountEurPerYear: 1_000_000, fte: 2.5 }), period("f2", {})]))).toMatch(/EUR 1 000 000 \+ unknown\s+2\.5 \+ unknown\s/);
    expect(row(funded([period("f1", {})]), "nl")).toMatch(/onbekend\s+onbekend\s/);
    expect(row(funded([period("f1", { from: "2030-01-01", amountEurPerYear: 1 })]))).toMatch(/none\s+none\s/);
  });
});
