import type { z } from "zod";
import { show } from "../internal/show.js";
import { FIRST_DAY, LAST_DAY } from "./calendar.js";
import { isYearZero } from "./dates.js";
import { formatPath, type ScenarioIssue } from "./scenario-error.js";

/** What kind of value was received, as messages name it: `null`, `an array`, `an object` or a `typeof` word. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    // Own properties only: a key such as "__proto__" or "constructor" names a value of the input, not of Object.prototype.
    here = Object.hasOwn(here, key) ? (here as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return here;
}

/** Turns zod's issues into the library's, with a code, a path and a message that says where. */
export function issuesFromZod(error: z.ZodError, input: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  collect(error.issues, [], input, out);
  return out;
}

/**
 * The issues of the one branch of a union that the input was meant for, so that a value
 * written in either of two shapes (a plain value or a dated list of it) hears what is wrong
 * in its own shape: the one branch that takes the value itself (no issue at the branch's
 * root but unknown keys); or, of two branches that both take its type, the one with fewer issues.
 * Undefined otherwise, so that the union's own message stands.
 */
function meantBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | undefined {
  // A branch that refuses the value itself (its type, or its one allowed value) was not meant for it; unknown keys are the value's own fault.
  const typed = branches.filter((issues) => !issues.some((i) => i.path.length === 0 && i.code !== "unrecognized_keys"));
  if (typed.length === 1) return typed[0];
  if (typed.length === 2 && branches.length === 2) {
    const [a, b] = typed as [readonly z.core.$ZodIssue[], readonly z.core.$ZodIssue[]];
    if (a.length !== b.length) return a.length < b.length ? a : b;
  }
  return undefined;
}

function collect(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[], input: unknown, out: ScenarioIssue[]): void {
  for (const raw of issues) {
    const issue = prefix.length === 0 ? raw : ({ ...raw, path: [...prefix, ...raw.path] } as z.core.$ZodIssue);
    if (issue.code === "invalid_union" && !("discriminator" in issue && typeof issue.discriminator === "string")) {
      const branch = meantBranch(issue.errors);
      if (branch !== undefined) {
        collect(branch, issue.path, input, out);
        continue;
      }
    }
    const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
    const where = formatPath(path);
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          out.push({ code: "unknown_key", path: [...path, key], message: `${where}: unknown key "${key}"` });
        }
        break;
      case "invalid_type": {
        const value = valueAt(input, issue.path);
        const received = describeValue(value);
        if (typeof value === "number" && !Number.isFinite(value)) {
          out.push({ code: "invalid_type", path, message: `${where}: must be a finite number, received ${String(value)}` });
        } else if (issue.expected === "int") {
          out.push({ code: "not_integer", path, message: `${where}: expected a whole number` });
        } else if (received === "undefined" && path.length > 0) {
          out.push({ code: "missing_field", path, message: `${where}: required, expected ${issue.expected}` });
        } else {
          out.push({ code: "invalid_type", path, message: `${where}: expected ${issue.expected}, received ${received}` });
        }
        break;
      }
      case "invalid_format":
        out.push({
          code: issue.format === "date" ? "invalid_date" : "invalid_format",
          path,
          message:
            issue.format !== "date"
              ? `${where}: ${issue.message}`
              : isYearZero(valueAt(input, issue.path))
                ? `${where}: ${show(valueAt(input, issue.path))} lies in year 0; days from ${FIRST_DAY} to ${LAST_DAY} are supported`
                : `${where}: ${show(valueAt(input, issue.path))} is not a calendar date written YYYY-MM-DD`,
        });
        break;
      case "too_small":
        out.push({
          code: issue.origin === "number" && issue.minimum === 0 ? "negative_number" : "too_small",
          path,
          message:
            issue.origin === "number"
              ? `${where}: must be at least ${String(issue.minimum)}`
              : `${where}: must have at least ${String(issue.minimum)} ${issue.origin === "string" ? "character" : "item"}${issue.minimum === 1 ? "" : "s"}`,
        });
        break;
      case "too_big":
        out.push({
          code: "too_big",
          path,
          message: `${where}: must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`,
        });
        break;
      case "invalid_value":
        out.push({
          code: "invalid_value",
          path,
          message: `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, received ${show(valueAt(input, issue.path))}`,
        });
        break;
      case "invalid_union": {
        if ("discriminator" in issue && typeof issue.discriminator === "string") {
          // zod puts the path on the discriminator key already.
          out.push({
            code: "invalid_value",
            path,
            message: `${where}: ${show(valueAt(input, issue.path))} is not an allowed "${issue.discriminator}"`,
          });
          break;
        }
        const received = valueAt(input, issue.path);
        const discriminator =
          received !== null && typeof received === "object" && !Array.isArray(received)
            ? Object.keys(received).join(", ")
            : describeValue(received);
        out.push({
          code: "invalid_union",
          path,
          message: `${where}: does not match any allowed form (received ${discriminator === "" ? "an empty object" : discriminator})`,
        });
        break;
      }
      default:
        out.push({ code: issue.code, path, message: `${where}: ${issue.message}` });
    }
  }
}
