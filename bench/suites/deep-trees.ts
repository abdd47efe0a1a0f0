/**
 * Deep trees: the whole matrix over region chains of 10,000 to 100,000 regions (each
 * the parent of the next), with a few mandates. Each depth runs in a fresh Node process
 * (with a 4 GB heap and `--expose-gc`), which reports the matrix's CPU time, its peak
 * resident memory and the heap the index and the matrix keep; the growth rows compare
 * the deepest chain with the shallowest, per cell, where linear growth gives 1x.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChainFigures } from "../deep-chain.js";
import type { BenchRow, BenchSuite } from "../lib.js";

const SUITE = "deep-trees";
const FULL = [10_000, 20_000, 50_000, 100_000];
const QUICK = [1_000, 2_000];
const HEAP_MB = 4096;
const WORKER = fileURLToPath(new URL("../deep-chain.ts", import.meta.url));

/** Runs one depth in its own process; undefined when that process failed (out of memory, say). */
function runDepth(depth: number): ChainFigures | { failed: string } {
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, "--expose-gc", `--max-old-space-size=${HEAP_MB}`, WORKER, String(depth)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 1024 * 1024,
    });
    return JSON.parse(out) as ChainFigures;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? "";
    const fatal = /heap out of memory|Maximum call stack/.exec(stderr)?.[0];
    return { failed: fatal ?? (error instanceof Error ? error.message.split("\n")[0] ?? "failed" : "failed") };
  }
}

function mb(value: number): string {
  return Number.isNaN(value) ? "?" : `${Math.round(value)} MB`;
}

function growth(name: string, value: number, what: string): BenchRow {
  return {
    suite: SUITE,
    name,
    medianMs: 0,
    runs: 0,
    ratio: { against: "shallowest chain, per cell", value, target: "≤ 2x", met: value <= 2 },
    note: `${what} per cell of the deepest chain against the shallowest; linear growth is 1x`,
  };
}

/** The deep-tree benchmarks. */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick }) {
    const rows: BenchRow[] = [];
    const measured: ChainFigures[] = [];
    for (const depth of quick ? QUICK : FULL) {
      const name = `chain of ${depth} regions / matrix`;
      const figures = runDepth(depth);
      if ("failed" in figures) {
        rows.push({ suite: SUITE, name, medianMs: Number.NaN, runs: 0, note: `failed with a ${HEAP_MB} MB heap: ${figures.failed}` });
        continue;
      }
      measured.push(figures);
      rows.push({
        suite: SUITE,
        name,
        medianMs: figures.matrixMs,
        runs: 1,
        note: `${figures.cells} cells; peak RSS ${mb(figures.peakRssMb)}, heap kept by index and matrix ${mb(figures.keptHeapMb)}; index built in the run`,
      });
    }
    const first = measured[0];
    const last = measured[measured.length - 1];
    if (first !== undefined && last !== undefined && last !== first) {
      const cells = last.cells / first.cells;
      rows.push(growth(`chain of ${last.depth} / ${first.depth} regions / time growth`, last.matrixMs / first.matrixMs / cells, "matrix time"));
      rows.push(growth(`chain of ${last.depth} / ${first.depth} regions / memory growth`, last.keptHeapMb / first.keptHeapMb / cells, "heap kept"));
    }
    return rows;
  },
};
