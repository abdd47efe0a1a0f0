// Makes the next `npm run mutation:area -- <area>` test an area's surviving mutants again.
//
//   npm run mutation:retest -- report
//
// Stryker's incremental mode reuses a surviving mutant's result while its source file and
// the tests that cover it are unchanged. A static mutant (code that runs when a module is
// loaded, such as a table of words) is covered by no test in particular, so tests added since
// would never be tried on it. This drops the survivors and the uncovered mutants from the
// area's incremental file; the next run tests them as new and reuses every detected result.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

interface Incremental {
  readonly files: Record<string, { mutants: { readonly status: string }[] }>;
}

const area = process.argv[2];
const file = `reports/mutation/${area ?? ""}.incremental.json`;
if (area === undefined || !/^[a-z-]+$/.test(area) || !existsSync(file)) {
  console.error("usage: npm run mutation:retest -- <area with a reports/mutation/<area>.incremental.json>");
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, "utf8")) as Incremental;
let dropped = 0;
for (const entry of Object.values(report.files)) {
  const kept = entry.mutants.filter((m) => m.status !== "Survived" && m.status !== "NoCoverage");
  dropped += entry.mutants.length - kept.length;
  entry.mutants = kept;
}
writeFileSync(file, JSON.stringify(report));
console.log(`mutation:retest ${area}: ${dropped} surviving or uncovered mutants will be tested again by the next run`);
