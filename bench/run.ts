/**
 * Runs every benchmark suite in bench/suites/ (each file that exports `suite`),
 * prints one table and writes the rows to bench/results/latest.json. Each suite runs
 * in a fresh Node process, so that the heap one suite leaves behind does not slow
 * the next one down; within a suite, the library and its baselines share a process.
 *
 *   npm run bench                        every suite, full sizes
 *   npm run bench -- --quick             a fast smoke run
 *   npm run bench -- parse               the suites whose name contains "parse"
 *   npm run bench -- resolution:large    ...and within them the cases containing "large"
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow, BenchSuite } from "./lib.js";
import { formatTable } from "./table.js";

function isSuite(value: unknown): value is BenchSuite {
  return typeof value === "object" && value !== null && "name" in value && "run" in value && typeof value.run === "function";
}

/** The environment variable through which a child process is told where to write its rows. */
const CHILD = "BENCH_ROWS_FILE";

/** Runs one suite file in this process and returns its rows. */
async function runSuite(file: string, quick: boolean, caseFilter: string | undefined): Promise<BenchRow[]> {
  const loaded: unknown = await import(new URL(file, new URL("./suites/", import.meta.url)).href);
  const suite = typeof loaded === "object" && loaded !== null && "suite" in loaded ? loaded.suite : undefined;
  if (!isSuite(suite)) return [];
  const found = await suite.run(caseFilter === undefined ? { quick } : { quick, filter: caseFilter });
  return found.filter((row) => caseFilter === undefined || row.name.includes(caseFilter));
}

/** Runs one suite file in a fresh Node process (with the same loader as this one) and returns its rows. */
function runSuiteApart(file: string, args: readonly string[]): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  const out = join(dir, "rows.json");
  try {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), file, ...args], {
      env: { ...process.env, [CHILD]: out },
      stdio: ["ignore", "ignore", "inherit"],
    });
    // JSON has no NaN (a row that measures a size, not a time): it comes back as null.
    const rows = JSON.parse(readFileSync(out, "utf8")) as (Omit<BenchRow, "medianMs"> & { medianMs: number | null })[];
    return rows.map((row) => ({ ...row, medianMs: row.medianMs ?? Number.NaN }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const child = process.env[CHILD];
  if (child !== undefined) {
    // bench/run.ts <file> [--quick] [suite:case]: one suite, rows to the file.
    const [file = "", ...rest] = process.argv.slice(2);
    const [, caseFilter] = (rest.find((a) => !a.startsWith("--")) ?? "").split(":");
    writeFileSync(child, JSON.stringify(await runSuite(file, rest.includes("--quick"), caseFilter)));
    return;
  }
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const [suiteFilter = ""] = (args.find((a) => !a.startsWith("--")) ?? "").split(":");
  const dir = new URL("./suites/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  const rows: BenchRow[] = [];
  const started = new Date();
  for (const file of files) {
    const name = file.replace(/\.ts$/, "");
    if (suiteFilter !== "" && !name.includes(suiteFilter)) continue;
    process.stderr.write(`bench: ${name}${quick ? " (quick)" : ""} ...\n`);
    const t0 = performance.now();
    rows.push(...runSuiteApart(file, args));
    process.stderr.write(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  if (rows.length === 0) {
    process.stderr.write(`bench: no suite matched ${JSON.stringify(args)}\n`);
    process.exitCode = 1;
    return;
  }
  console.log(formatTable(rows));
  const results = new URL("./results/", import.meta.url);
  mkdirSync(results, { recursive: true });
  const machine = { node: process.version, platform: `${platform()} ${arch()}`, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, loadAverage: loadavg() };
  writeFileSync(new URL("latest.json", results), `${JSON.stringify({ started: started.toISOString(), quick, args, machine, rows }, null, 2)}\n`);
  process.stderr.write(`bench: wrote bench/results/latest.json (${rows.length} rows)\n`);
}

await main();
