/** A path into the scenario document: keys and array indexes, outermost first. @category Validation */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in a scenario document (or in a change to one).
 * @category Validation
 */
export interface ScenarioIssue {
  /** A stable snake_case code, such as `unknown_reference` or `region_cycle`. */
  readonly code: string;
  /** Where the problem is. */
  readonly path: IssuePath;
  /** A sentence that names the offending id or value. */
  readonly message: string;
}

/**
 * Renders a path as `mandates[3].scope.regions[0]`.
 *
 * @param path - the path to render
 * @returns the path in dotted notation, or `(root)` for the empty path
 * @example
 * ```ts
 * formatPath(["mandates", 3, "holder"]); // => "mandates[3].holder"
 * ```
 * @category Validation
 */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out === "" ? "(root)" : out;
}

/** An issue as one line of an error's summary: its path once (messages often start with it), the message and the code. */
function issueLine(issue: ScenarioIssue): string {
  const where = `${formatPath(issue.path)}: `;
  return `${issue.message.startsWith(where) ? "" : where}${issue.message} [${issue.code}]`;
}

/** The message of an error that carries issues: how many, the first five as lines, and how many more. */
export function issueSummary(context: string, issues: readonly ScenarioIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `- ${issueLine(issue)}`);
  const more = issues.length > 5 ? [`- ... and ${issues.length - 5} more`] : [];
  return `${context}: ${issues.length} problem${issues.length === 1 ? "" : "s"} found\n${[...shown, ...more].join("\n")}`;
}

/**
 * The error thrown when a scenario (or a change to one) is invalid; it carries every problem found.
 *
 * @example
 * ```ts
 * try {
 *   parseScenario({ schemaVersion: 2 });
 * } catch (error) {
 *   if (error instanceof ScenarioError) error.issues[0]?.code; // => "unsupported_version"
 * }
 * ```
 * @category Validation
 */
export class ScenarioError extends Error {
  /** Every problem found, in document order. */
  readonly issues: readonly ScenarioIssue[];

  /**
   * @param issues - the problems, at least one
   * @param context - what was being checked, e.g. `parseScenario` or `applyChange(grant-mandate)`
   */
  constructor(issues: readonly ScenarioIssue[], context = "scenario") {
    super(issueSummary(context, issues));
    this.name = "ScenarioError";
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}
