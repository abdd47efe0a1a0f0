// The mutation score over the whole of src/, from the reports that `npm run mutation` and
// `npm run mutation:area` leave in reports/mutation/. A mutant measured in more than one report
// (an area run again against more test folders, say) counts as detected when any run detected it.
//
//   npm run mutation:summary                   score per area and over src/
//   npm run mutation:summary -- --survivors    and every mutant left alive, by file and line
import { existsSync, readdirSync, readFileSync } from "node:fs";

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: Position; readonly end: Position };
}
interface Position {
  readonly line: number;
  readonly column: number;
}
interface Report {
  readonly files?: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const COUNTED = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const folder = "reports/mutation";
const stale = new Set<string>();
const best = new Map<string, { readonly file: string; readonly mutant: Mutant }>();
const reports = readdirSync(folder).filter((name) => name.endsWith(".json") && !name.endsWith(".config.json") && !name.endsWith(".incremental.json"));
for (const name of reports) {
  const report = JSON.parse(readFileSync(`${folder}/${name}`, "utf8")) as Report;
  for (const [file, { source, mutants }] of Object.entries(report.files ?? {})) {
    // A report on a file that has changed since says nothing about the file as it is now.
    if (!existsSync(file) || readFileSync(file, "utf8") !== source) {
      stale.add(`${file} (in ${name})`);
      continue;
    }
    for (const mutant of mutants) {
      if (!COUNTED.has(mutant.status)) continue;
      const { start, end } = mutant.location;
      const key = `${file}:${start.line}:${start.column}:${end.line}:${end.column}:${mutant.mutatorName}:${mutant.replacement ?? ""}`;
      const seen = best.get(key);
      if (seen === undefined || (!DETECTED.has(seen.mutant.status) && DETECTED.has(mutant.status))) best.set(key, { file, mutant });
    }
  }
}

const areaOf = (file: string): string => file.replace(/\\/g, "/").replace(/^.*?src\//, "").split("/")[0] ?? file;
const tally = new Map<string, { detected: number; survived: number; noCoverage: number }>();
const alive: string[] = [];
for (const { file, mutant } of best.values()) {
  const area = areaOf(file);
  const row = tally.get(area) ?? { detected: 0, survived: 0, noCoverage: 0 };
  if (DETECTED.has(mutant.status)) row.detected += 1;
  else {
    if (mutant.status === "Survived") row.survived += 1;
    else row.noCoverage += 1;
    alive.push(`${file}:${mutant.location.start.line} ${mutant.status} ${mutant.mutatorName} ${JSON.stringify(mutant.replacement ?? "")}`);
  }
  tally.set(area, row);
}

const measured = [...tally.keys()];
const unmeasured = readdirSync("src", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !measured.includes(entry.name))
  .map((entry) => entry.name);
const score = (detected: number, valid: number): string => `${((100 * detected) / Math.max(valid, 1)).toFixed(2)}%`;
let detected = 0;
let valid = 0;
console.log("| area | mutants | detected | survived | no coverage | score |\n| --- | ---: | ---: | ---: | ---: | ---: |");
for (const area of measured.sort()) {
  const row = tally.get(area) ?? { detected: 0, survived: 0, noCoverage: 0 };
  const count = row.detected + row.survived + row.noCoverage;
  detected += row.detected;
  valid += count;
  console.log(`| ${area} | ${count} | ${row.detected} | ${row.survived} | ${row.noCoverage} | ${score(row.detected, count)} |`);
}
console.log(`| measured | ${valid} | ${detected} |  |  | ${score(detected, valid)} |`);
if (stale.size > 0) console.log(`\nLeft out, changed since they were measured (run their area again):\n${[...stale].sort().join("\n")}`);
if (unmeasured.length > 0) console.log(`\nNot measured yet: ${unmeasured.join(", ")}. The score over src/ needs every area.`);
if (process.argv.includes("--survivors")) console.log(`\n${alive.sort().join("\n")}`);
