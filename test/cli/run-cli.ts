import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/run.js";

/** The built bin: the CLI tests run after `npm run build` (see the "test" script). */
export const BIN = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** A fixture path, relative to the repository root (the working directory of every run). */
export const FIXTURE = {
  coordination: "test/fixtures/worked-coordination.json",
  oc2: "test/fixtures/worked-oc2.json",
  election: "test/cli/fixtures/election.json",
  badElection: "test/cli/fixtures/bad-election.json",
};

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli.js ...args` as a subprocess, without a terminal and without colour settings unless given.
 * With CLI_IN_PROCESS=1 (set by `npm run mutation:area -- cli`) it calls the source's `run(argv, io)` in this
 * process instead, with the same files, environment and input, so that mutants of src/cli are what runs.
 */
export function cli(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Ran {
  if (process.env["CLI_IN_PROCESS"] === "1") return inProcess(args, options);
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" before the CLI tests (npm run test:cli)`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== "NO_COLOR" && key !== "FORCE_COLOR") env[key] = value;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    encoding: "utf8",
    env: { ...env, ...options.env },
    input: options.input ?? "",
    timeout: 60_000,
  });
  if (result.error !== undefined) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the bin on a real pseudo-terminal with util-linux `script`, with only PATH, TERM and `env` set, and returns
 * what the terminal showed. In-process (CLI_IN_PROCESS=1), `run` gets the same environment and a terminal flag.
 */
export function cliOnTerminal(args: readonly string[], env: Record<string, string>): Ran {
  const terminalEnv = { PATH: process.env["PATH"] ?? "", TERM: "xterm", ...env };
  if (process.env["CLI_IN_PROCESS"] === "1") return inProcess(args, { env: terminalEnv, terminal: true });
  const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(" ");
  const ran = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: terminalEnv, timeout: 60_000 });
  if (ran.error !== undefined) throw ran.error;
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** `cli` through the source's entry point: what the bin does, minus the process around it. */
function inProcess(args: readonly string[], options: { env?: Record<string, string>; input?: string; terminal?: boolean }): Ran {
  let stdout = "";
  let stderr = "";
  const env: Record<string, string | undefined> =
    options.terminal === true ? { ...options.env } : { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const code = run(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => {
      writeFileSync(path, text);
    },
    readStdin: () => options.input ?? "",
    env,
    isTTY: options.terminal === true,
  });
  return { code, stdout, stderr };
}

/** Parses what a `--json` run printed. */
export function json(ran: Ran): any {
  return JSON.parse(ran.stdout);
}
