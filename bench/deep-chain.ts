/**
 * A scenario whose regions form one long chain (r0 <- r1 <- ... each the parent of
 * the next), with two themes, one sector and a few mandates, for the deep-trees suite.
 *
 * Run as a script (`deep-chain.ts <depth>`), it measures the whole matrix over such a
 * chain in this process and prints one JSON line: the CPU time of the matrix, the
 * process's peak resident memory and the heap the index and the matrix keep. The suite
 * runs it once per depth, each in a fresh process, so that every peak is its own.
 */
import { pathToFileURL } from "node:url";
import { parseScenario, representationMatrix } from "../src/index.js";
import { now } from "./lib.js";

const ON = "2026-06-01";

/** The scenario document of a chain of `depth` regions. */
export function chainScenario(depth: number): unknown {
  const regions = Array.from({ length: depth }, (_, i) =>
    i === 0 ? { id: "r0", name: "Region 0", level: "national" } : { id: `r${i}`, name: `Region ${i}`, level: "region", parent: `r${i - 1}` },
  );
  // A national mandate and three deeper ones, each of another organisation, so that answers change down the chain.
  const at = [0, Math.floor(depth / 4), Math.floor(depth / 2), Math.floor((3 * depth) / 4)];
  const mandates = at.map((d, i) => ({
    id: `m${i}`,
    holder: `o${i}`,
    role: "lead",
    scope: { themes: i === 2 ? ["t1"] : ["t0"], regions: [`r${d}`], sectors: "all" },
    validFrom: "2025-01-01",
    grant: { by: "agreement", agreement: "a1" },
  }));
  const organisations = at.map((_, i) => ({ id: `o${i}`, name: `Organisation ${i}`, kind: "union", sectors: ["vo"] }));
  return {
    schemaVersion: 1,
    id: `chain-${depth}`,
    name: `A chain of ${depth} regions`,
    sectors: [{ id: "vo", name: "Voortgezet onderwijs" }],
    regions,
    themes: [
      { id: "t0", name: "Theme 0", kind: "professional" },
      { id: "t1", name: "Theme 1", parent: "t0" },
    ],
    organisations,
    mandates,
    model: {
      kind: "coordination",
      parties: organisations.map((o) => o.id),
      agreement: { id: "a1", signedOn: "2025-01-01", signatories: organisations.map((o) => o.id) },
      fallback: "none",
    },
  };
}

/** What one process measured for one depth. */
export interface ChainFigures {
  readonly depth: number;
  readonly cells: number;
  /** CPU time of the first matrix, the index built inside it. */
  readonly matrixMs: number;
  /** Peak resident memory of the whole process, in MB. */
  readonly peakRssMb: number;
  /** Heap kept by the index and the matrix after a full collection, in MB (NaN without `--expose-gc`). */
  readonly keptHeapMb: number;
}

const MB = 1024 * 1024;

/** Measures one matrix over a chain of `depth` regions in this process. */
export function measureChain(depth: number): ChainFigures {
  const scenario = parseScenario(chainScenario(depth));
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = now();
  const matrix = representationMatrix(scenario, { on: ON });
  const matrixMs = now() - t0;
  collect?.();
  const kept = collect === undefined ? Number.NaN : (process.memoryUsage().heapUsed - before) / MB;
  // maxRSS is in kilobytes.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { depth, cells: matrix.cells.length, matrixMs, peakRssMb, keptHeapMb: kept };
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.stdout.write(`${JSON.stringify(measureChain(Number(process.argv[2])))}\n`);
}
