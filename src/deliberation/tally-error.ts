import { type IssuePath, issueSummary } from "../model/scenario-error.js";

/**
 * One problem found in an election, a council or a set of weights.
 * @category Deliberation
 */
export interface TallyIssue {
  /** A stable snake_case code, such as `unknown_candidate` or `wrong_ballot_form`. */
  readonly code: string;
  /** Where the problem is, e.g. `["ballots", 3, "ranking", 1]`. */
  readonly path: IssuePath;
  /** A sentence that names the offending ballot, id or value. */
  readonly message: string;
}

/**
 * The error thrown when ballots, a council or weights are invalid; it carries every problem found.
 *
 * @example
 * ```ts
 * try {
 *   tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "c"] }] }, { method: "irv" });
 * } catch (error) {
 *   if (error instanceof TallyError) error.issues[0]?.code; // => "unknown_candidate"
 * }
 * ```
 * @category Deliberation
 */
export class TallyError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly TallyIssue[];

  /**
   * @param issues - the problems, at least one
   * @param context - the function that found them: `tally`, `apportion` or `deliberate`
   */
  constructor(issues: readonly TallyIssue[], context = "tally") {
    super(issueSummary(context, issues));
    this.name = "TallyError";
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}

/**
 * The error for a tie for exclusion whose ways out are too many to follow to the end without a
 * lot: the count cannot say whether it matters, and says so rather than guess.
 */
export function undecidableTie(round: number, among: readonly string[]): TallyError {
  const names = among.map((id) => JSON.stringify(id)).join(", ");
  return new TallyError(
    [
      {
        code: "undecidable_tie",
        path: ["options", "tieBreak"],
        message: `options.tieBreak: the tie for exclusion in round ${round} among ${names} has too many ways out to tell whether it changes the winners; give a seed to settle it by lot`,
      },
    ],
    "tally",
  );
}
