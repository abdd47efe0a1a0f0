import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../../src/index.js";
import { renderStructure } from "../../src/report-entry.js";
import { fixture, fixtureJson } from "../fixtures/load.js";
import { alternativeScenario, HOSTILE, hostileScenario } from "./fixtures.js";

/** The statements our Mermaid output uses: a header, comments, nodes, edges, subgraphs. */
const STATEMENT = [
  /^flowchart (TB|LR)$/,
  /^ {2}%% [^\n]*$/,
  /^ {2,4}n\d+(\["[^"]*"\]|\("[^"]*"\)|\(\["[^"]*"\]\)|\{\{"[^"]*"\}\})$/,
  /^ {2}n\d+ (-->|-\.->)(\|"[^"]*"\|)? n\d+$/,
  /^ {2}subgraph g\d+\["[^"]*"\]$/,
  /^ {2}end$/,
];

function statements(mermaid: string): string[] {
  expect(mermaid.endsWith("\n")).toBe(true);
  const lines = mermaid.trimEnd().split("\n");
  for (const line of lines) expect(STATEMENT.some((re) => re.test(line)), line).toBe(true);
  return lines;
}

describe("renderStructure", () => {
  it("draws the coordination model: parties, who signed, the agreement and its fallback", async () => {
    const mermaid = renderStructure(fixture("worked-coordination"));
    const lines = statements(mermaid);
    await expect(mermaid).toMatchFileSnapshot("golden/structure-worked-coordination-en.mmd");
    expect(lines.filter((l) => l.includes('|"signed"|'))).toHaveLength(4);
  });

  it("marks a party that has not signed with a dotted edge", () => {
    const w = structuredClone(fixtureJson("worked-coordination")) as any;
    w.model.agreement.signatories = ["aob", "cnvo", "fvov"];
    const lines = statements(renderStructure(parseScenario(w)));
    expect(lines.filter((l) => l.includes('-.->|"party, not signed"|'))).toHaveLength(1);
  });

  it("draws the OC 2.0 model: board seats, assembly, advisory council, chapters, register, funding, delegations", async () => {
    const mermaid = renderStructure(fixture("worked-oc2"));
    statements(mermaid);
    await expect(mermaid).toMatchFileSnapshot("golden/structure-worked-oc2-en.mmd");
    expect(mermaid).toContain('"Board<br>10 seats"');
    expect(mermaid).toContain('-->|"3 seats"|');
    expect(mermaid).toContain("General assembly<br>open to unorganised teachers");
    expect(mermaid).toContain("Advisory council<br>50 seats");
    expect(mermaid).toContain('subgraph g');
    expect(mermaid).toContain("EUR 2 500 000 a year");
    expect(mermaid).toContain('-.->|"delegates curriculum (mbo), d1"|');
  });

  it("draws the alternative model: rules in order, each linked to the organisations it names", async () => {
    const mermaid = renderStructure(alternativeScenario(), { locale: "nl", direction: "LR" });
    const lines = statements(mermaid);
    expect(lines[0]).toBe("flowchart LR");
    await expect(mermaid).toMatchFileSnapshot("golden/structure-alternative-reason-nl.mmd");
    expect(mermaid).toContain("1. Regel r1<br>als thema#39;s curriculum#59; sectoren mbo<br>leiding bij BVMBO, leden AOb");
  });

  it("escapes ids and names so that they cannot break the chart", () => {
    const mermaid = renderStructure(hostileScenario());
    statements(mermaid);
    expect(mermaid).not.toContain("<script>");
    expect(mermaid).toContain("#60;script#62;");
    expect(HOSTILE.orgName).toContain("\n");
  });

  it("gives the same output in every time zone", () => {
    const before = process.env["TZ"];
    const outputs = new Set<string>();
    try {
      for (const tz of ["UTC", "Pacific/Apia", "Asia/Kolkata"]) {
        process.env["TZ"] = tz;
        outputs.add([fixture("worked-coordination"), fixture("worked-oc2"), alternativeScenario()].map((s) => renderStructure(s)).join("\n"));
      }
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
    expect(outputs.size).toBe(1);
  });

  it("rejects what is not a scenario, and unknown options", () => {
    expect(() => renderStructure({} as Scenario)).toThrow(/^renderStructure: 1 problem found\n- \(root\): received an object, not a scenario the library made; .*\[not_parsed\]$/);
    expect(() => renderStructure(Object.freeze(structuredClone(fixture("worked-oc2"))))).toThrow(/being frozen does not make it parsed/);
    expect(() => renderStructure(fixture("worked-oc2"), { locale: "fr" as "en" })).toThrow(/^renderStructure: locale must be "en" or "nl"/);
    expect(() => renderStructure(fixture("worked-oc2"), { direction: "RL" as "LR" })).toThrow(/^renderStructure: direction must be "TB" or "LR"/);
  });
});
