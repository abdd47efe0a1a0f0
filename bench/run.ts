/**
 * Runs every benchmark suite in bench/suites/ (each file that exports `suite`),
 * prints one table and writes the rows to bench/results/latest.json.
 *
 *   npm run bench                        every suite, full sizes
 *   npm run bench -- --quick             a fast smoke run
 *   npm run bench -- parse               the suites whose name contains "parse"
 *   npm run bench -- resolution:large    ...and within them the cases containing "large"
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { arch, cpus, loadavg, platform } from "node:os";
import type { BenchRow, BenchSuite } from "./lib.js";
import { formatTable } from "./table.js";

function isSuite(value: unknown): value is BenchSuite {
  return typeof value === "object" && value !== null && "name" in value && "run" in value && typeof value.run === "function";
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const [suiteFilter = "", caseFilter] = (args.find((a) => !a.startsWith("--")) ?? "").split(":");
  const dir = new URL("./suites/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts")).sort();
  const rows: BenchRow[] = [];
  const started = new Date();
  for (const file of files) {
    const loaded: unknown = await import(new URL(file, dir).href);
    const suite = typeof loaded === "object" && loaded !== null && "suite" in loaded ? loaded.suite : undefined;
    if (!isSuite(suite)) continue;
    if (suiteFilter !== "" && !suite.name.includes(suiteFilter) && !file.includes(suiteFilter)) continue;
    process.stderr.write(`bench: ${suite.name}${quick ? " (quick)" : ""} ...\n`);
    const t0 = performance.now();
    const found = await suite.run(caseFilter === undefined ? { quick } : { quick, filter: caseFilter });
    rows.push(...found.filter((row) => caseFilter === undefined || row.name.includes(caseFilter)));
    process.stderr.write(`bench: ${suite.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
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
