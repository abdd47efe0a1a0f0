// Prints one closing line for the whole `npm test` run from vitest's JSON reports:
// "tests: N passed, N failed" (and skipped, if any), summed over every time zone run.
import { existsSync, readFileSync } from "node:fs";

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

// The runs of `npm test`: the unit tests in two time zones, the CLI against the build, then the playground page in Chromium.
const files = ["vitest-unit-apia.json", "vitest-unit-sao-paulo.json", "vitest-cli.json", "vitest-playground.json"];
const missing = files.filter((f) => !existsSync(`reports/${f}`));
if (missing.length > 0) throw new Error(`test-summary: missing ${missing.join(", ")} in reports/`);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const report = JSON.parse(readFileSync(`reports/${file}`, "utf8")) as Report;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
if (failed > 0 || skipped > 0 || passed === 0) process.exit(1);
