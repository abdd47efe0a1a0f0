// Mutation testing one area of src/ at a time, against that area's own tests (and any
// more test folders named), with its own report, incremental file and sandbox, so that
// areas can be measured one after the other on a busy machine or side by side.
//
//   npm run mutation:area -- time                  src/time against test/time
//   npm run mutation:area -- model resolve         src/model against test/model and test/resolve
//   npm run mutation:area -- time --force          every mutant again, ignoring the incremental file
//
// Reports: reports/mutation/<area>.json and .html; the score is printed at the end.
// The CLI tests call the source's run(argv, io) in-process (CLI_IN_PROCESS=1) instead of the built bin,
// so that they run the mutants.
// The score is a lower bound: tests in other folders may kill more mutants.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith("--"));
const [area, ...more] = args.filter((arg) => !arg.startsWith("--"));
if (area === undefined || !/^[a-z-]+$/.test(area) || !existsSync(`src/${area}`)) {
  console.error("usage: npm run mutation:area -- <area under src/> [more test folders under test/]");
  process.exit(2);
}
const base = JSON.parse(readFileSync("stryker.area.json", "utf8")) as Record<string, unknown>;
const config = {
  ...base,
  mutate: [`src/${area}/**/*.ts`],
  // A mutant that loops forever is found in a quarter of a minute; the slowest real test file takes a few seconds.
  timeoutMS: 15_000,
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  incremental: true,
  incrementalFile: `reports/mutation/${area}.incremental.json`,
  tempDirName: `.stryker-tmp-${area}`,
};
mkdirSync("reports/mutation", { recursive: true });
const file = `reports/mutation/${area}.config.json`;
writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
const tests = [area, ...more].flatMap((folder) => [`test/${folder}/**/*.test.ts`, `test/${folder}/**/*.test-prop.ts`]).join(",");
const run = spawnSync("npx", ["stryker", "run", file, ...flags], { stdio: "inherit", env: { ...process.env, MUTATION_TESTS: tests, CLI_IN_PROCESS: "1" } });
if (run.status !== 0) process.exit(run.status ?? 1);

interface Report {
  readonly files: Record<string, { readonly mutants: readonly { readonly status: string }[] }>;
}
const report = JSON.parse(readFileSync(`reports/mutation/${area}.json`, "utf8")) as Report;
const counts = new Map<string, number>();
for (const { mutants } of Object.values(report.files)) for (const { status } of mutants) counts.set(status, (counts.get(status) ?? 0) + 1);
const count = (status: string): number => counts.get(status) ?? 0;
const detected = count("Killed") + count("Timeout");
const valid = detected + count("Survived") + count("NoCoverage");
console.log(
  `mutation:area ${area}: ${((100 * detected) / Math.max(valid, 1)).toFixed(2)}% ` +
    `(killed ${count("Killed")}, timeout ${count("Timeout")}, survived ${count("Survived")}, no coverage ${count("NoCoverage")})`,
);
