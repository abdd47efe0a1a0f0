import { parseArgs } from "node:util";
import { usageError } from "./errors.js";

type OptionSpec = { readonly type: "string" | "boolean"; readonly short?: string; readonly multiple?: boolean };

/** Options every command takes. */
export const COMMON = {
  help: { type: "boolean", short: "h" },
  locale: { type: "string" },
  json: { type: "boolean" },
} as const satisfies Record<string, OptionSpec>;

/** The values parseArgs returns for a set of option specs. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Parses a command's arguments strictly; unknown options and missing values are usage errors. */
export function parse(command: string, argv: readonly string[], options: Record<string, OptionSpec>): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes; their messages name the option.
    throw usageError(error instanceof Error ? error.message : String(error), command);
  }
}

/** A string option's value, if given. */
export function str(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** A repeatable string option's values, split on commas too. */
export function list(values: Values, name: string): string[] | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const all = Array.isArray(value) ? value : [value];
  return all.flatMap((v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter((s) => s !== "") : []));
}

/** The `--locale`, checked. */
export function locale(values: Values, command: string): "en" | "nl" {
  const given = str(values, "locale") ?? "en";
  if (given !== "en" && given !== "nl") throw usageError(`--locale must be en or nl, received ${JSON.stringify(given)}`, command);
  return given;
}

/** A required `--on` day, checked as a real calendar day written YYYY-MM-DD. */
export function day(values: Values, command: string): string {
  const on = str(values, "on");
  if (on === undefined) throw usageError("--on YYYY-MM-DD is required", command);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  const [y, m, d] = match === null ? [0, 0, 0] : [Number(match[1]), Number(match[2]), Number(match[3])];
  // UTC arithmetic only checks the calendar: no time zone is involved.
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  if (match === null || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw usageError(`--on must be a calendar day written YYYY-MM-DD, received ${JSON.stringify(on)}`, command);
  }
  return on;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(values: Values, name: string, allowed: readonly T[], fallback: T, command: string): T {
  const given = str(values, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(given)) throw usageError(`--${name} must be one of ${allowed.join(", ")}, received ${JSON.stringify(given)}`, command);
  return given as T;
}

/** Checks ids given on the command line against a scenario's. */
export function known(kind: string, ids: readonly string[] | undefined, all: readonly string[], command: string): void {
  for (const id of ids ?? []) {
    if (!all.includes(id)) throw usageError(`unknown ${kind} ${JSON.stringify(id)}; known: ${all.join(", ")}`, command);
  }
}
