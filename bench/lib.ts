/**
 * A small benchmark harness: every suite in bench/suites/ exports `suite`, whose
 * `run()` returns rows; bench/run.ts prints them as a table and writes JSON.
 *
 * Times are the CPU time of this process (user + system, from `process.cpuUsage`)
 * by default, not wall time: the machines that run this are shared, and CPU time
 * does not count the time spent waiting for a core. Pass `clock: "wall"` for work
 * that waits on something else (child processes, I/O).
 */

/** One measured case. */
export interface BenchRow {
  /** The suite, e.g. `matrix` or `tally`. */
  readonly suite: string;
  /** What was measured, e.g. `large / coordination / library`. */
  readonly name: string;
  /** Median time of one run, in milliseconds (CPU time unless the row's note says otherwise). */
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
  /** `filter`, when given, is a substring of the case names to run; a suite may ignore it. */
  run(options: { readonly quick: boolean; readonly filter?: string }): Promise<BenchRow[]> | BenchRow[];
}

/** Which clock a measurement reads. */
export type Clock = "cpu" | "wall";

/** Milliseconds on the given clock, from an arbitrary start. */
export function now(clock: Clock = "cpu"): number {
  if (clock === "wall") return performance.now();
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Options of {@link measure} and {@link measureEach}. */
export interface MeasureOptions {
  /** Timed runs (default 7). */
  readonly runs?: number;
  /** Keep running until this many milliseconds have passed in all (default 0). */
  readonly minMs?: number;
  /** Untimed runs first (default 1). */
  readonly warmup?: number;
  /** CPU time (default) or wall time. */
  readonly clock?: Clock;
}

/**
 * Times `fn`: a warm-up, then `runs` timed runs (at least `minMs` in all), and
 * returns the median in milliseconds. The result of `fn` is kept so that it is
 * not optimised away.
 */
export function measure(fn: () => unknown, options: MeasureOptions = {}): { medianMs: number; runs: number } {
  return measureEach(() => undefined, fn, options);
}

/**
 * Like {@link measure}, but runs `setup` before each timed run, outside the timing,
 * and hands its result to `fn`: for work that must start from a fresh input.
 */
export function measureEach<T>(setup: () => T, fn: (input: T) => unknown, options: MeasureOptions = {}): { medianMs: number; runs: number } {
  const runs = options.runs ?? 7;
  const minMs = options.minMs ?? 0;
  const clock = options.clock ?? "cpu";
  let sink: unknown;
  for (let i = 0; i < (options.warmup ?? 1); i++) sink = fn(setup());
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs || spent < minMs) {
    const input = setup();
    const t0 = now(clock);
    sink = fn(input);
    const t = now(clock) - t0;
    times.push(t);
    spent += t;
    if (times.length >= 1000) break;
  }
  keep(sink);
  return { medianMs: median(times), runs: times.length };
}

/** The median of a list of timings (the upper one of the middle two for an even count). */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
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
