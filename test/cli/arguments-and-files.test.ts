// What the commands make of their arguments: days, files that cannot be read, a FILE beside
// --scenario, and the counting settings passed on to tally.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureJson } from "../fixtures/load.js";
import { cli, FIXTURE, json } from "./run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "beroepsgroep-cli-arguments-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("--on", () => {
  it.each(["2025-02-30", "2025-13-01", "2025-06-31", "2025-06-00", "x2025-06-01", "2025-06-01x", "2025-6-1"])("rejects %s, naming it", (on) => {
    const ran = cli(["matrix", FIXTURE.coordination, "--on", on]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`--on must be a calendar day written YYYY-MM-DD, received ${JSON.stringify(on)}`);
  });

  it("takes a leap day", () => {
    expect(cli(["matrix", FIXTURE.coordination, "--on", "2024-02-29"]).code).toBe(0);
  });
});

describe("files that cannot be read", () => {
  it("say that a directory is a directory", () => {
    const ran = cli(["matrix", "test", "--on", "2025-06-01"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("beroepsgroep matrix: cannot read test: it is a directory\n");
  });

  it("count the problems of a scenario file in words, and show a path with a two-digit index once", () => {
    const doc = structuredClone(fixtureJson("worked-coordination")) as { themes: { name: unknown }[] };
    while (doc.themes.length < 12) doc.themes.push({ ...doc.themes[0]!, id: `t${doc.themes.length}` } as never);
    doc.themes[11]!.name = 5;
    const file = join(scratch, "one-problem.json");
    writeFileSync(file, JSON.stringify(doc));
    const ran = cli(["matrix", file, "--on", "2025-06-01"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(`beroepsgroep matrix: ${file} is not a valid scenario: 1 problem\n  themes[11].name: expected string, received number [invalid_type]\n`);
  });
});

describe("validate", () => {
  it("rejects a FILE beside --scenario, and an unknown --scenario", () => {
    const both = cli(["validate", FIXTURE.coordination, "--scenario", "oc2"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give FILEs or --scenario, not both");
    const unknown = cli(["validate", "--scenario", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown --scenario "nope"; expected one of coordination, oc2, alternative');
  });
});

describe("--scenario", () => {
  it.each(["__proto__", "constructor"])("rejects %s as an unknown name, listing the known ones", (name) => {
    const ran = cli(["matrix", "--scenario", name, "--on", "2025-06-01"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`unknown --scenario ${JSON.stringify(name)}; expected one of coordination, oc2, alternative, history-oc, history-lc, history-representation`);
  });
});

describe("tally options", () => {
  it("passes --strength on to the count: the strongest paths differ", () => {
    const paths = (strength: string) => json(cli(["tally", "--method", "schulze", "--strength", strength, "--json"])).result.strongestPaths.alternative.oc2;
    expect([paths("winning"), paths("margin"), paths("ratio")]).toEqual([85, 50, 2.4285714285714284]);
    expect(json(cli(["tally", "--method", "schulze", "--json"])).result.strongestPaths.alternative.oc2).toBe(85);
  });

  it("passes --quota on to the count, droop by default", () => {
    const quota = (...more: string[]) => json(cli(["tally", "--method", "stv", "--seats", "2", ...more, "--json"])).result.quota;
    expect([quota("--quota", "hare"), quota("--quota", "droop"), quota()]).toEqual([60, 41, 41]);
  });
});
