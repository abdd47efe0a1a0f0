import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** The output with wrapped lines joined again, for matching sentences. */
function unwrapped(output: string): string {
  return output.replace(/\n {4,}/g, " ");
}

/** Runs examples/demo.ts as `npm run demo` does (through tsx, against src), and returns what it prints. */
function demo(...args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", "examples/demo.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
}

describe("npm run demo", () => {
  const output = demo();
  const lines = output.trimEnd().split("\n");

  it("fits an 80-column terminal", () => {
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
  });

  it("prints a matrix for each of the three models, a few explained answers and the differences", () => {
    expect(output).toContain("The Dutch case on 2026-09-01");
    for (const heading of ["coordination: Intensieve afstemming", "oc2: OC 2.0", "alternative: Sectorkamers met roulerend voorzitterschap"]) {
      expect(output).toContain(heading);
    }
    expect(lines.filter((line) => line.startsWith("theme  ")).length).toBeGreaterThanOrEqual(3);
    expect(output).toContain("A few answers, explained");
    expect(unwrapped(output)).toMatch(/contested between AOb and FvOv/);
    expect(output).toContain("Where the models differ");
    expect(output).toMatch(/^\d+ of 540 cells have a different lead/m);
  });

  it("ends with the lessons of history that findPitfalls finds in the OC and the LC", () => {
    expect(lines.find((line) => line.trimStart().startsWith("OC in 2015"))).toMatch(/mandatory-register, distance-to-teachers/);
    expect(lines.find((line) => line.trimStart().startsWith("LC in 2022"))).toMatch(/insufficient-members, fragile-funding/);
  });

  it("shows the lead of each cell in the national table", () => {
    const row = lines.find((line) => line.startsWith("curriculum ") && line.includes("pvvvo") && line.includes("oc2"));
    expect(row?.split(/\s+/)).toEqual(["curriculum", "oc2", "pvvvo", "oc2", "oc2", "oc2"]);
  });

  it("takes another day from the command line", () => {
    const before = unwrapped(demo("2025-06-01"));
    expect(before).toContain("The Dutch case on 2025-06-01");
    // Before the proposed start no model is in force yet; only pay follows the statutes under OC 2.0.
    expect(before).toMatch(/coordination[\s\S]*0 represented, 0 contested, 540 unrepresented/);
  });
});
