/**
 * The import cost of the package: the time a fresh Node process spends importing
 * the built package (dist/), against importing its three dependencies alone.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type BenchRow, type BenchSuite, median } from "../lib.js";

const SUITE = "import";
const root = new URL("../../", import.meta.url);

/** Imports `specifiers` in a fresh Node process and returns the CPU and wall milliseconds it took, measured inside. */
function importOnce(specifiers: readonly string[], kind: "import" | "require"): { cpu: number; wall: number } {
  const load =
    kind === "import"
      ? specifiers.map((s) => `await import(${JSON.stringify(s)});`).join("")
      : specifiers.map((s) => `require(${JSON.stringify(s)});`).join("");
  const script = `const t=performance.now();const c=process.cpuUsage();${load}const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({cpu:(u.user+u.system)/1000,wall:performance.now()-t}));`;
  const args = kind === "import" ? ["--input-type=module", "-e", script] : ["-e", script];
  const out = execFileSync(process.execPath, args, { cwd: fileURLToPath(root), encoding: "utf8" });
  return JSON.parse(out) as { cpu: number; wall: number };
}

function row(name: string, specifiers: readonly string[], kind: "import" | "require", runs: number, base?: number): BenchRow {
  const samples = Array.from({ length: runs }, () => importOnce(specifiers, kind));
  const cpu = median(samples.map((s) => s.cpu));
  const wall = median(samples.map((s) => s.wall));
  return {
    suite: SUITE,
    name,
    medianMs: cpu,
    runs,
    ...(base === undefined ? {} : { ratio: { against: "dependencies alone", value: cpu / base } }),
    note: `CPU time in a fresh node process (wall ${wall.toFixed(0)} ms)`,
  };
}

/** The import benchmarks; they need the built package (npm run build). */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick }) {
    const runs = quick ? 3 : 9;
    if (!existsSync(new URL("dist/index.js", root))) {
      return [{ suite: SUITE, name: "import dist/index.js", medianMs: Number.NaN, runs: 0, note: "skipped: dist/ is missing; run npm run build first" }];
    }
    const deps = row("zod, immer and date-fns alone", ["zod", "immer", "date-fns"], "import", runs);
    return [
      deps,
      row("import beroepsgroep (ESM, dist/index.js)", ["./dist/index.js"], "import", runs, deps.medianMs),
      row("require beroepsgroep (CJS, dist/index.cjs)", ["./dist/index.cjs"], "require", runs),
      row("import beroepsgroep/nl (ESM, the Dutch dataset)", ["./dist/nl.js"], "import", runs, deps.medianMs),
    ];
  },
};
