import { z } from "zod";
import { show } from "../internal/show.js";
import { formatPath } from "../model/scenario-error.js";

/**
 * The figures at which a pitfall fires. At a threshold's own value a pitfall
 * does not fire: `min…` values are the least that passes, `max…` values the most.
 * @category Analysis
 */
export interface PitfallThresholds {
  /** `insufficient-members`: the least share of `population.teachers` the delegations must reach (teachers, by the upper bound of the counted figures). */
  readonly minMemberShare: number;
  /** `insufficient-members`: the least number of teachers the delegations must reach (by the upper bound of the counted figures; see docs/analysis.md). */
  readonly minMembers: number;
  /** `fragile-funding`: funding that stops within this many months of the day counts as ending. */
  readonly fundingHorizonMonths: number;
  /** `fragile-funding`: the least annual budget, in euros, for the work. */
  readonly minAnnualBudgetEur: number;
  /** `fragile-funding`: the least number of FTE for the work. */
  readonly minFte: number;
  /** `distance-to-teachers`, `unorganised-excluded`: the least number of board seats for teachers elected directly that counts as a say. */
  readonly minTeacherSeats: number;
  /** `distance-to-teachers`: the least number of cells decided below the national level that counts as presence in the regions. */
  readonly minRegionalCells: number;
  /** `coverage-gaps`: the largest share of unrepresented cells that passes. */
  readonly maxUnrepresentedShare: number;
  /** `contested-cells`: the largest share of contested cells that passes. */
  readonly maxContestedShare: number;
}

/**
 * The thresholds {@link findPitfalls} uses unless told otherwise; docs/analysis.md
 * gives the reason for each figure.
 * @example
 * ```ts
 * DEFAULT_THRESHOLDS.minMemberShare; // => 0.1
 * ```
 * @category Analysis
 */
export const DEFAULT_THRESHOLDS: PitfallThresholds = Object.freeze({
  minMemberShare: 0.1,
  minMembers: 15_000,
  fundingHorizonMonths: 12,
  minAnnualBudgetEur: 100_000,
  minFte: 1,
  minTeacherSeats: 1,
  minRegionalCells: 1,
  maxUnrepresentedShare: 0,
  maxContestedShare: 0,
});

function thresholdsSchema() {
  // One plain message per kind of threshold, whatever zod found wrong.
  const count = (error = "must be a whole number, 0 or more") => z.number({ error }).int({ error }).nonnegative({ error });
  const amount = (error = "must be a number, 0 or more") => z.number({ error }).nonnegative({ error });
  const share = (error = "must be a share from 0 to 1") => z.number({ error }).min(0, { error }).max(1, { error });
  return z.strictObject({
    minMemberShare: share(),
    minMembers: amount(),
    fundingHorizonMonths: count(),
    minAnnualBudgetEur: amount(),
    minFte: amount(),
    minTeacherSeats: count(),
    minRegionalCells: count(),
    maxUnrepresentedShare: share(),
    maxContestedShare: share(),
  }, { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown threshold ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}` : "must be an object of thresholds") }).partial();
}

/**
 * The defaults overridden by `given`, validated.
 * @throws Error starting with `fn` that names every bad threshold and what it must be
 */
export function thresholdsFrom(given: unknown, fn: string): PitfallThresholds {
  if (given === undefined) return DEFAULT_THRESHOLDS;
  const result = thresholdsSchema().safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const value = path.length === 1 ? (given as Record<string, unknown>)[String(path[0])] : undefined;
      const received = path.length === 1 ? ` (received ${show(value)})` : "";
      return `${formatPath(["thresholds", ...path])}: ${issue.message}${received}`;
    });
    throw new Error(`${fn}: invalid thresholds: ${problems.join("; ")}`);
  }
  const out: { -readonly [K in keyof PitfallThresholds]: number } = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(out) as (keyof PitfallThresholds)[]) {
    const value = result.data[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
