import { wellFormed } from "../report/well-formed.js";
import { describe, expect, it } from "vitest";
import { cli, FIXTURE, json } from "./run-cli.js";

describe("beroepsgroep compare", () => {
  it("compares the three embedded Dutch scenarios without FILE", () => {
    const ran = cli(["compare", "--on", "2026-06-01", "--sector", "vo"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^2026-06-01\n# {2}scenario +cells/);
    expect(ran.stdout).toContain("(nl-coordination)");
    expect(ran.stdout).toContain("(nl-oc2)");
    expect(ran.stdout).toContain("(nl-alternative)");
    expect(ran.stdout).toMatch(/\n\d+ cells with a different lead\ntheme +region +sector +#0 +#1 +#2\n/);
  });

  it("compares fixture files side by side, marking the answers that differ from the first with ≠", () => {
    const ran = cli(["compare", FIXTURE.coordination, FIXTURE.oc2, "--on", "2026-03-01", "--theme", "curriculum", "--region", "west", "--sector", "vo"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(["1 cells with a different lead", "theme       region  sector  #0   #1", "curriculum  west    vo      AOb  ≠OC 2.0", "≠ a different answer from #0, ▨ contested, — unrepresented"].join("\n"));
  });

  it("renders the comparison as SVG, Markdown and JSON", () => {
    const args = ["compare", FIXTURE.coordination, FIXTURE.oc2, "--on", "2026-03-01"];
    const svg = cli([...args, "--format", "svg", "--max-rows", "5"]).stdout;
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain("<title id=\"bg-title\">Scenarios side by side on 2026-03-01</title>");
    expect(svg).toMatch(/\.\.\. and \d+ more cells that differ/);
    const md = cli([...args, "--format", "md", "--locale", "nl"]).stdout;
    expect(md).toMatch(/^## Scenario's naast elkaar op 2026-03-01\n/);
    const data = json(cli([...args, "--json"]));
    expect(data.sources).toEqual([FIXTURE.coordination, FIXTURE.oc2]);
    expect(data.comparison.scenarios.map((s: { id: string }) => s.id)).toEqual(["worked-coordination", "worked-oc2"]);
    expect(data.comparison.differences.length).toBeGreaterThan(0);
  });

  it("mixes files with embedded scenarios, and needs at least two", () => {
    const ran = cli(["compare", FIXTURE.oc2, "--scenario", "oc2", "--on", "2026-06-01", "--json"]);
    expect(ran.code).toBe(0);
    expect(json(ran).sources).toEqual([FIXTURE.oc2, "nl:oc2"]);
    const one = cli(["compare", FIXTURE.oc2, "--on", "2026-06-01"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/compare needs at least two scenarios, received 1/);
  });

  it("exits 2 when an id asked for is missing from a scenario, and on a bad --max-rows", () => {
    const ran = cli(["compare", FIXTURE.coordination, "--scenario", "coordination", "--on", "2026-06-01", "--theme", "cao"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^beroepsgroep compare: compareScenarios: theme "cao" is missing from scenario 1/);
    expect(cli(["compare", "--on", "2026-06-01", "--max-rows", "many"]).code).toBe(2);
  });

  it("exits 1 when a file is missing", () => {
    const ran = cli(["compare", FIXTURE.oc2, "gone.json", "--on", "2026-06-01"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("beroepsgroep compare: cannot read gone.json: no such file\n");
  });
});

describe("beroepsgroep pitfalls", () => {
  it("lists the pitfalls of the embedded coordination scenario and exits 1", () => {
    const ran = cli(["pitfalls", "--on", "2026-06-01"]);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toMatch(/^\d+ pitfalls in nl:coordination on 2026-06-01:\n\[(high|medium|low)\] [a-z-]+: /);
  });

  it("exits 0 when a scenario repeats no pitfall", () => {
    const ran = cli(["pitfalls", "--scenario", "oc2", "--on", "2026-06-01", "--locale", "nl"]);
    expect(ran.stdout).toBe("Geen valkuilen gevonden in nl:oc2 op 2026-06-01.\n");
    expect(ran.code).toBe(0);
  });

  it("finds the lessons of history in the Onderwijscoöperatie, in Dutch: the mandatory register once it was mandatory", () => {
    const before = cli(["pitfalls", "--scenario", "history-oc", "--on", "2015-06-01", "--locale", "nl"]);
    expect(before.code).toBe(1);
    expect(before.stdout).not.toContain("] mandatory-register: ");
    const after = cli(["pitfalls", "--scenario", "history-oc", "--on", "2018-01-01", "--locale", "nl"]);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain("] mandatory-register: ");
  });

  it("reports a fixture's findings as JSON", () => {
    const ran = cli(["pitfalls", FIXTURE.coordination, "--on", "2025-06-01", "--json"]);
    expect(ran.code).toBe(1);
    const data = json(ran);
    expect(data.source).toBe(FIXTURE.coordination);
    expect(data.findings.map((f: { id: string }) => f.id)).toContain("contested-cells");
  });
});

describe("beroepsgroep tally", () => {
  it("counts the embedded council example by instant runoff, round by round", () => {
    const ran = cli(["tally", "--method", "irv"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^irv: /);
    expect(ran.stdout).toMatch(/\nround 1: .*\nround 2: /);
  });

  it("writes the plain-text tally in Dutch with --locale nl, the numbers and ids unchanged", () => {
    const english = cli(["tally", "--method", "irv"]);
    const dutch = cli(["tally", "--method", "irv", "--locale", "nl"]);
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toMatch(/\nrangorde: .*\nronde 1: .*\nronde 2: /);
    expect(dutch.stdout).not.toMatch(/\n(ranking|round \d)/);
    expect(dutch.stdout.replace(/rangorde/g, "ranking").replace(/ronde (\d)/g, "round $1")).toBe(english.stdout);
  });

  it.each(["plurality", "two-round", "borda", "copeland", "schulze", "ranked-pairs", "approval", "score", "majority-judgment", "stv"])("counts the council example by %s", (method) => {
    const ran = cli(["tally", "--method", method, "--json"]);
    expect(ran.code).toBe(0);
    const data = json(ran);
    expect(data.source).toBe("nl:council-example");
    expect(data.result.method).toBe(method);
    expect(data.result.winners.length).toBeGreaterThan(0);
  });

  it("counts a fixture election, with the pairwise table for Schulze", () => {
    const ran = cli(["tally", FIXTURE.election, "--method", "schulze"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("pairwise (row over column):\n  coordination: oc2 7, alternative 9\n");
    const stv = cli(["tally", FIXTURE.election, "--method", "stv", "--seats", "2", "--quota", "hare", "--format", "svg"]);
    expect(wellFormed(stv.stdout)).toBe(true);
    expect(stv.stdout).toContain('<g class="bar"');
    const md = cli(["tally", FIXTURE.election, "--method", "irv", "--format", "md"]);
    expect(md.stdout).toMatch(/^## Count by irv\n/);
  });

  it("exits 1 on an invalid election, listing every problem", () => {
    const ran = cli(["tally", FIXTURE.badElection, "--method", "irv"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^beroepsgroep tally: test\/cli\/fixtures\/bad-election\.json: 2 problems\n/);
    expect(ran.stderr).toContain("[unknown_candidate]");
    expect(ran.stderr).toContain("[negative_count]");
  });

  it("exits 2 on a missing or unknown method, and an option the method does not take", () => {
    expect(cli(["tally"]).stderr).toMatch(/--method is required: one of plurality, two-round, irv/);
    expect(cli(["tally", "--method", "dice"]).code).toBe(2);
    const seats = cli(["tally", "--method", "irv", "--seats", "2"]);
    expect(seats.code).toBe(2);
    expect(seats.stderr).toContain("[option_not_applicable]");
    expect(cli(["tally", "--method", "stv", "--seats", "0"]).code).toBe(2);
  });
});
