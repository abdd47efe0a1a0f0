import { formatPath, type IssuePath, type ScenarioIssue } from "../model/scenario-error.js";

/**
 * Moves issues to another place: `at` maps each old path to its new one, and a
 * message that starts with the old path (as zod-derived messages do) is rewritten to match.
 */
export function rebaseIssues(issues: readonly ScenarioIssue[], at: (path: IssuePath) => IssuePath): ScenarioIssue[] {
  return issues.map((issue) => {
    const path = at(issue.path);
    const old = `${formatPath(issue.path)}:`;
    const message = issue.message.startsWith(old) ? `${formatPath(path)}:${issue.message.slice(old.length)}` : issue.message;
    return { code: issue.code, path, message };
  });
}

/** Puts `prefix` in front of every issue's path. */
export function prefixIssues(issues: readonly ScenarioIssue[], prefix: IssuePath): ScenarioIssue[] {
  return rebaseIssues(issues, (path) => [...prefix, ...path]);
}
