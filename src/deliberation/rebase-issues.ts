import { ZodError, type z } from "zod";
import { issuesFromZod } from "../model/issues-from-zod.js";
import { formatPath } from "../model/scenario-error.js";
import type { TallyIssue } from "./tally-error.js";

/**
 * zod's issues for a value found at `prefix`, with paths and messages that say where from
 * the top. A check of the deliberation's own (a `custom` issue with `params.code`) keeps
 * its code and message.
 */
export function zodIssuesAt(error: z.ZodError, input: unknown, prefix: readonly (string | number)[]): TallyIssue[] {
  return error.issues.flatMap((zodIssue) => {
    const code: unknown = zodIssue.code === "custom" ? zodIssue.params?.["code"] : undefined;
    if (typeof code === "string") {
      const path = [...prefix, ...zodIssue.path.map((key) => (typeof key === "number" ? key : String(key)))];
      return [{ code, path, message: `${formatPath(path)}: ${zodIssue.message}` }];
    }
    return rebased(new ZodError([zodIssue]), input, prefix);
  });
}

function rebased(error: z.ZodError, input: unknown, prefix: readonly (string | number)[]): TallyIssue[] {
  return issuesFromZod(error, input).map((issue) => {
    const local = `${formatPath(issue.path)}: `;
    const rest = issue.message.startsWith(local) ? issue.message.slice(local.length) : issue.message;
    const path = [...prefix, ...issue.path];
    return { code: issue.code, path, message: `${formatPath(path)}: ${rest}` };
  });
}
