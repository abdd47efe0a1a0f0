// Enough for every tie among a council's handful of options; past it the tie is reported as undecided.
const MAX_RUNS = 5000;

/** The end of one run of a count that follows forced choices at its unresolved ties. */
export interface Run {
  /** Set when the count met an unresolved tie beyond the forced choices: the candidates it could exclude. */
  readonly stoppedAt?: readonly number[];
  readonly winners: readonly number[];
}

/**
 * Every set of winners the count can reach, trying each way of excluding at each unresolved
 * tie in turn. `complete` is false when there were too many ways to try them all.
 */
export function reachableWinners(run: (forced: readonly number[]) => Run): { sets: number[][]; complete: boolean } {
  const seen = new Map<string, number[]>();
  const stack: number[][] = [[]];
  let runs = 0;
  while (stack.length > 0) {
    if (++runs > MAX_RUNS) return { sets: [...seen.values()], complete: false };
    const forced = stack.pop() as number[];
    const out = run(forced);
    if (out.stoppedAt !== undefined) {
      for (const c of out.stoppedAt) stack.push([...forced, c]);
      continue;
    }
    const set = [...out.winners].sort((a, b) => a - b);
    seen.set(set.join(","), set);
  }
  return { sets: [...seen.values()], complete: true };
}
