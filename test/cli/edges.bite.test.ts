// The CLI's option parsing, colour switches, file errors and its process-facing I/O:
// the corners that the command tests pass by.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { processIo } from "../../src/cli/io.js";
import { fixtureJson } from "../fixtures/load.js";
import { cli, cliOnTerminal, FIXTURE, json } from "./run-cli.js";

const ESC = "\u001B[";
const scratch = mkdtempSync(join(tmpdir(), "beroepsgroep-cli-edges-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const resolveArgs = ["resolve", FIXTURE.coordination, "--theme", "curriculum", "--region", "west", "--sector", "vo", "--on", "2025-06-01"];

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

describe("repeatable options", () => {
  it("split on commas, trim, and skip empty pieces", () => {
    const ran = cli(["matrix", FIXTURE.coordination, "--on", "2025-06-01", "--theme", " curriculum , ,cao", "--region", "noord,", "--sector", "vo", "--json"]);
    expect(ran.code).toBe(0);
    const { matrix } = json(ran);
    expect(matrix.themes).toEqual(["curriculum", "cao"]);
    expect(matrix.regions).toEqual(["noord"]);
    expect(matrix.sectors).toEqual(["vo"]);
  });
});

describe("colour switches", () => {
  it("ignore an empty NO_COLOR and an empty FORCE_COLOR", () => {
    expect(cliOnTerminal(resolveArgs, { NO_COLOR: "" }).stdout).toContain(ESC);
    expect(cli(resolveArgs, { env: { FORCE_COLOR: "" } }).stdout).not.toContain(ESC);
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

describe("processIo", () => {
  it("is the real process: its streams, files, environment and terminal flag", () => {
    const io = processIo();
    expect(io.env).toBe(process.env);
    expect(io.isTTY).toBe(process.stdout.isTTY);
    const file = join(scratch, "io.txt");
    io.writeFile(file, "één\n");
    expect(io.readFile(file)).toBe("één\n");
    expect(readFileSync(file, "utf8")).toBe("één\n");
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      io.out("to out");
      io.err("to err");
      expect(out).toHaveBeenCalledWith("to out");
      expect(err).toHaveBeenCalledWith("to err");
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
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
