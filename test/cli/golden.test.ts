// Whole outputs of the commands, as a reader sees them: the text, the colours and the
// exit code of each command line below, kept in test/cli/golden/. Every line of a table,
// every colour and every word in either language is part of what the CLI promises.
// After a deliberate change of output, `npx vitest run test/cli/golden.test.ts -u` writes
// them again; read the diff before committing it.
import { readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, FIXTURE } from "./run-cli.js";

const COLOUR = { FORCE_COLOR: "1" };

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly env?: Record<string, string>;
}

const CASES: readonly Case[] = [
  { name: "matrix-en-colour", args: ["matrix", FIXTURE.coordination, "--on", "2025-06-01"], env: COLOUR },
  { name: "matrix-nl-one-sector", args: ["matrix", FIXTURE.coordination, "--on", "2025-06-01", "--locale", "nl", "--sector", "vo"] },
  { name: "matrix-selection", args: ["matrix", FIXTURE.oc2, "--on", "2026-03-01", "--theme", "curriculum", "--theme", "cao", "--region", "noord", "--region", "west"], env: COLOUR },
  { name: "compare-en-colour", args: ["compare", FIXTURE.coordination, FIXTURE.oc2, "--on", "2026-03-01"], env: COLOUR },
  { name: "compare-nl-dataset", args: ["compare", "--on", "2026-06-01", "--locale", "nl", "--sector", "vo", "--region", "noord-nederland"], env: COLOUR },
  { name: "compare-md", args: ["compare", FIXTURE.coordination, FIXTURE.oc2, "--on", "2026-03-01", "--format", "md", "--max-rows", "3"] },
  { name: "pitfalls-en-colour", args: ["pitfalls", FIXTURE.coordination, "--on", "2025-06-01"], env: COLOUR },
  { name: "pitfalls-nl", args: ["pitfalls", FIXTURE.oc2, "--on", "2026-03-01", "--locale", "nl"], env: COLOUR },
  { name: "resolve-represented-colour", args: ["resolve", FIXTURE.coordination, "--theme", "curriculum", "--region", "west", "--sector", "vo", "--on", "2025-06-01"], env: COLOUR },
  { name: "resolve-contested-colour", args: ["resolve", FIXTURE.coordination, "--theme", "lerarenopleiding", "--region", "noord", "--sector", "vo", "--on", "2025-06-01"], env: COLOUR },
  { name: "resolve-whole-profession-nl", args: ["resolve", FIXTURE.coordination, "--theme", "curriculum", "--region", "zuid", "--on", "2025-06-01", "--locale", "nl"], env: COLOUR },
  ...["plurality", "two-round", "irv", "borda", "copeland", "schulze", "ranked-pairs", "approval", "score", "majority-judgment", "stv"].map((method) => ({
    name: `tally-${method}-colour`,
    args: ["tally", "--method", method],
    env: COLOUR,
  })),
  { name: "tally-stv-two-seats-hare", args: ["tally", FIXTURE.election, "--method", "stv", "--seats", "2", "--quota", "hare"] },
  { name: "tally-schulze-margin", args: ["tally", FIXTURE.election, "--method", "schulze", "--strength", "margin"] },
  { name: "tally-ranked-pairs-ratio", args: ["tally", FIXTURE.election, "--method", "ranked-pairs", "--strength", "ratio"] },
  { name: "tally-bad-seats", args: ["tally", "--method", "stv", "--seats", "2x"] },
  { name: "tally-bad-option", args: ["tally", FIXTURE.election, "--method", "irv", "--seats", "2"] },
  { name: "tally-bad-election", args: ["tally", FIXTURE.badElection, "--method", "irv"], env: COLOUR },
  { name: "compare-bad-max-rows", args: ["compare", "--on", "2026-06-01", "--max-rows", "3x"] },
  { name: "matrix-two-files", args: ["matrix", FIXTURE.coordination, FIXTURE.oc2, "--on", "2025-06-01"] },
  { name: "resolve-two-files", args: ["resolve", FIXTURE.coordination, FIXTURE.oc2, "--theme", "cao", "--region", "noord", "--on", "2025-06-01"] },
  { name: "pitfalls-two-files", args: ["pitfalls", FIXTURE.coordination, FIXTURE.oc2, "--on", "2025-06-01"] },
  { name: "tally-two-files", args: ["tally", FIXTURE.election, FIXTURE.election, "--method", "irv"] },
  { name: "validate-en-colour", args: ["validate", FIXTURE.coordination, FIXTURE.election, "no/such/file.json"], env: COLOUR },
  { name: "validate-dataset", args: ["validate"] },
  { name: "validate-nl-colour", args: ["validate", FIXTURE.coordination, FIXTURE.election, "no/such/file.json", "--locale", "nl"], env: COLOUR },
];

/** Every help text: the command as a whole, then each command's. */
const HELP_TOPICS: readonly (readonly string[])[] = [["--help"], ...["validate", "resolve", "matrix", "compare", "pitfalls", "tally", "structure"].map((command) => [command, "--help"])];

function transcript(c: Case): string {
  const ran = cli(c.args, { env: c.env ?? {} });
  const env = Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${v} `).join("");
  return `$ ${env}beroepsgroep ${c.args.join(" ")}\n[exit ${ran.code}]\n--- stdout\n${ran.stdout}\n--- stderr\n${ran.stderr}`;
}

describe("command output, whole", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      await expect(transcript(c)).toMatchFileSnapshot(`golden/${c.name}.txt`);
    });
  }

  it("help, every topic, in English", async () => {
    await expect(HELP_TOPICS.map((args) => transcript({ name: "help", args })).join("\n")).toMatchFileSnapshot("golden/help-en.txt");
  });

  it("help, every topic, in Dutch with --locale nl", async () => {
    await expect(HELP_TOPICS.map((args) => transcript({ name: "help", args: [...args, "--locale", "nl"] })).join("\n")).toMatchFileSnapshot("golden/help-nl.txt");
  });

  it("writes no colour into a file, even when colour is forced", () => {
    const file = "test/cli/.golden-out.txt";
    try {
      for (const args of [
        ["compare", FIXTURE.coordination, FIXTURE.oc2, "--on", "2026-03-01"],
        ["matrix", FIXTURE.coordination, "--on", "2025-06-01"],
        ["tally", "--method", "irv"],
      ]) {
        const shown = cli(args, { env: COLOUR });
        const written = cli([...args, "--out", file], { env: COLOUR });
        expect(written.code).toBe(0);
        expect(shown.stdout).toContain("\u001B[");
        expect(readFileSync(file, "utf8")).toBe(cli(args).stdout);
      }
    } finally {
      rmSync(file, { force: true });
    }
  });
});
