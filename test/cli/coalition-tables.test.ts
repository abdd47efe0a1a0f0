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
    expect(ran.stdout).toMatch(/zuid\s+vo\s+—\s+\*CNVO\*\+AOb\+FvOv/);
  });
});
