import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

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

/** Runs `node dist/cli.js ...args` as a subprocess, without a terminal and without colour settings unless given. */
export function cli(args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Ran {
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

/** Parses what a `--json` run printed. */
export function json(ran: Ran): any {
  return JSON.parse(ran.stdout);
}
