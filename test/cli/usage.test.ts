import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const COMMANDS = ["validate", "resolve", "matrix", "compare", "pitfalls", "tally", "structure"];

describe("beroepsgroep: help, version and bad usage", () => {
  it("prints the commands and the exit codes with --help, and exits 0", () => {
    const ran = cli(["--help"]);
    expect(ran.code).toBe(0);
    for (const command of COMMANDS) expect(ran.stdout).toContain(`  ${command} `);
    expect(ran.stdout).toContain("Exit codes: 0 ok; 1 invalid input or problems found; 2 bad usage; 70 unexpected failure.");
    expect(ran.stdout).toContain("NO_COLOR");
    expect(ran.stderr).toBe("");
  });

  it.each(COMMANDS)("has --help for %s", (command) => {
    const ran = cli([command, "--help"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout.startsWith(`Usage: beroepsgroep ${command}`)).toBe(true);
    expect(ran.stdout).toContain("--locale en|nl");
    expect(ran.stdout).toContain("--json");
    expect(cli(["help", command]).stdout).toBe(ran.stdout);
  });

  it("shows a command's help even next to options it would reject", () => {
    const ran = cli(["matrix", "--no-such-option", "-h"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("Usage: beroepsgroep matrix");
  });

  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    const ran = cli(["--version"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toBe(`${pkg.version}\n`);
  });

  it("exits 2 with the help on standard error when run without a command", () => {
    const ran = cli([]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toContain("Usage: beroepsgroep <command>");
  });

  it("exits 2 on an unknown command", () => {
    const ran = cli(["frobnicate"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe('beroepsgroep: unknown command "frobnicate"\nRun "beroepsgroep --help" for the commands.\n');
    expect(cli(["help", "frobnicate"]).code).toBe(2);
  });

  it("exits 2 on an unknown option, naming it and pointing to the command's help", () => {
    const ran = cli(["matrix", "--on", "2026-06-01", "--colour"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toMatch(/^beroepsgroep matrix: Unknown option '--colour'/);
    expect(ran.stderr).toContain('Run "beroepsgroep matrix --help" for usage.');
  });

  it("exits 2 when an option lacks its value", () => {
    const ran = cli(["resolve", "--theme"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^beroepsgroep resolve: Option '--theme <value>' argument missing/);
  });

  it("exits 2 on a missing or malformed --on", () => {
    expect(cli(["matrix"]).stderr).toMatch(/^beroepsgroep matrix: --on YYYY-MM-DD is required\n/);
    expect(cli(["matrix"]).code).toBe(2);
    const ran = cli(["pitfalls", "--on", "2025-02-29"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^beroepsgroep pitfalls: --on must be a calendar day written YYYY-MM-DD, received "2025-02-29"/);
    expect(cli(["pitfalls", "--on", "1-1-2025"]).code).toBe(2);
  });

  it("exits 2 on an unknown locale, format or embedded scenario", () => {
    const locale = cli(["structure", "--locale", "fr"]);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toMatch(/--locale must be en or nl, received "fr"/);
    const format = cli(["matrix", "--on", "2026-06-01", "--format", "pdf"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of text, md, markdown, html, svg, json, received "pdf"/);
    const scenario = cli(["structure", "--scenario", "utopia"]);
    expect(scenario.code).toBe(2);
    expect(scenario.stderr).toMatch(/unknown --scenario "utopia"; expected one of coordination, oc2, alternative, history-oc, history-lc/);
  });

  it("exits 2 when given both a FILE and --scenario, or too many FILEs", () => {
    expect(cli(["structure", "test/fixtures/worked-oc2.json", "--scenario", "oc2"]).stderr).toMatch(/give a FILE or --scenario, not both/);
    const many = cli(["structure", "a.json", "b.json"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/expected at most one FILE, received 2/);
  });
});

describe("help and the end of options", () => {
  it("answers -h and help like --help, and -v like --version", () => {
    const help = cli(["--help"]).stdout;
    expect(help).toContain("Without FILE it works on the embedded Dutch dataset");
    expect(cli(["-h"]).stdout).toBe(help);
    expect(cli(["help"]).stdout).toBe(help);
    expect(cli(["-v"]).stdout).toBe(cli(["--version"]).stdout);
  });

  it("rejects help on an unknown command on standard error, exit 2", () => {
    const ran = cli(["help", "nope"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toBe('beroepsgroep: unknown command "nope"\nRun "beroepsgroep --help" for the commands.\n');
  });

  it("takes --help after -- as a file name, not as a request for help", () => {
    const ran = cli(["matrix", "--on", "2025-06-01", "--", "--help"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe("beroepsgroep matrix: cannot read --help: no such file\n");
  });
});
