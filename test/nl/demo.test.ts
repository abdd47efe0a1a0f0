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

  it("tells the history with the organisations leading together after the OC, and no contested cell", () => {
    expect(output).toContain("1. The history, 2011 to 2026");
    const legend = lines.filter((line) => /^ {2}[a-z] = .*, together$/.test(line));
    expect(legend.length).toBeGreaterThanOrEqual(3);
    expect(legend.join("\n")).toContain("AOb + CNV Onderwijs + FvOv + Platform VVVO, together");
    // After the OC, the chart's rows continue with coalitions, not with gaps or contests.
    const curriculumVo = lines.slice(lines.findIndex((l) => l.startsWith("curriculum "))).find((line) => /^ {22}vo {2}/.test(line));
    expect(curriculumVo?.trim().split(/\s+/)[1]).toMatch(/^O+b+$/);
    expect(output).not.toMatch(/^[a-z ]+ {2}(?:po|vo|mbo|ho) .*\?/m);
    expect(unwrapped(output)).toMatch(/On 2019-06-01, nationally: \d+ of 40 cells represented, \d+ of them by organisations together; 0 contested\./);
    expect(unwrapped(output)).toMatch(/On 2024-06-01, nationally: \d+ of 40 cells represented, \d+ of them by organisations together; 0 contested\./);
  });

  it("says who paid: the OC's money structural and never one-off, the LC's one-off", () => {
    const paid = unwrapped(output.slice(output.indexOf("Who paid:"), output.indexOf("On 2019-06-01")));
    expect(paid).toContain("oc: OCW, structural, from 2011-03-01, amount unknown");
    expect(paid).toContain("lc: OCW, one-off, 2020-03-02 to 2023-06-28");
    expect(paid).not.toMatch(/oc: [^\n]*one-off/);
  });

  it("shows the three proposals with the money each asks for, amounts unknown", () => {
    for (const heading of ["coordination: Intensieve afstemming", "oc2: OC 2.0", "alternative: Sectorkamers met roulerend voorzitterschap"]) {
      expect(output).toContain(heading);
    }
    const proposals = unwrapped(output.slice(output.indexOf("2. The three proposals"), output.indexOf("3. What a teacher")));
    expect(proposals.match(/the model's work: requested: OCW, structural, from 2026-01-01, amount unknown/g)?.length).toBe(3);
    expect(proposals.match(/exploration: requested: OCW, project/g)?.length).toBe(3);
  });

  it("compares what a teacher would notice: who speaks for my sector and region, with whom, paid by whom", () => {
    const section = unwrapped(output.slice(output.indexOf("3. What a teacher would notice"), output.indexOf("4. A few answers")));
    expect(section).toContain("A vo teacher in Noorderwijzer (Drenthe+) (noorderwijzer, vo):");
    expect(section).toMatch(/as today {5}curriculum: AOb \+ CNV Onderwijs \+ FvOv \+ Platform VVVO together/);
    expect(section).toMatch(/coordination curriculum: FvOv, with AOb/);
    expect(section).toContain("paid by: the organisations' own means (no funding recorded)");
    expect(section).toMatch(/paid by: requested: OCW, structural/);
    expect(section).not.toMatch(/cells have a different lead/);
    expect(section).toMatch(/oc2 {10}another speaker in \d+ of \d+ cells \(\d+ of them the new body OC 2\.0\)/);
  });

  it("explains a few answers, one of them in Dutch", () => {
    expect(output).toContain("4. A few answers, explained");
    expect(unwrapped(output)).toMatch(/contested between AOb and FvOv/);
    expect(unwrapped(output)).toContain("gezamenlijk vertegenwoordigd door AOb, CNV Onderwijs, FvOv en Platform VVVO");
  });

  it("ends with the lessons of history that findPitfalls finds in the OC and the LC", () => {
    expect(lines.find((line) => line.trimStart().startsWith("OC in 2015"))).toMatch(/distance-to-teachers/);
    expect(lines.find((line) => line.trimStart().startsWith("OC in 2018"))).toMatch(/mandatory-register, distance-to-teachers/);
    expect(lines.find((line) => line.trimStart().startsWith("LC in 2022"))).toMatch(/insufficient-members, fragile-funding/);
  });

  it("takes another day from the command line", () => {
    const before = unwrapped(demo("2025-06-01"));
    expect(before).toContain("3. What a teacher would notice on 2025-06-01");
    // Before the proposed start no model is in force: the proposals' cells name no one.
    expect(before).toMatch(/coordination curriculum: no one/);
  });
});
