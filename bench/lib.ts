/**
 * A small benchmark harness: every suite in bench/suites/ exports `run()`,
 * which returns rows; bench/run.ts prints them as a table and writes JSON.
 */

/** One measured case. */
export interface BenchRow {
  /** The suite, e.g. `matrix` or `tally`. */
  readonly suite: string;
  /** What was measured, e.g. `large / coordination / library`. */
  readonly name: string;
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  /** Number of timed runs. */
  readonly runs: number;
  /** Optional ratio against a named baseline, measured in the same process. */
  readonly ratio?: { readonly against: string; readonly value: number; readonly target?: string; readonly met?: boolean };
  readonly note?: string;
}

/** A suite of benchmarks. */
export interface BenchSuite {
  readonly name: string;
  run(options: { readonly quick: boolean }): Promise<BenchRow[]> | BenchRow[];
}

/**
 * Times `fn`: a warm-up, then `runs` timed runs (at least `minMs` in all), and
 * returns the median in milliseconds. The result of `fn` is kept so that it is
 * not optimised away.
 */
export function measure(fn: () => unknown, options: { runs?: number; minMs?: number; warmup?: number } = {}): { medianMs: number; runs: number } {
  const runs = options.runs ?? 7;
  const minMs = options.minMs ?? 0;
  let sink: unknown;
  for (let i = 0; i < (options.warmup ?? 1); i++) sink = fn();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < runs || performance.now() - start < minMs) {
    const t0 = performance.now();
    sink = fn();
    times.push(performance.now() - t0);
    if (times.length >= 1000) break;
  }
  keep(sink);
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? 0, runs: times.length };
}

let kept: unknown;
/** Holds on to a value so that the engine cannot drop the work that made it. */
export function keep(value: unknown): void {
  kept = value;
}
/** The last kept value (read by nobody; exported so that lint sees it used). */
export function lastKept(): unknown {
  return kept;
}
