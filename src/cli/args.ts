import { parseArgs } from "node:util";
import { FIRST_DAY, LAST_DAY } from "../model/calendar.js";
import { isIsoDate, isYearZero } from "../model/dates.js";
import { usageError } from "./errors.js";
import { type Catalogue, english } from "../index.js";
import { dutch } from "../locale/nl/index.js";

type OptionSpec = { readonly type: "string" | "boolean"; readonly short?: string; readonly multiple?: boolean };

/** Options every command takes. */
export const COMMON = {
  help: { type: "boolean", short: "h" },
  locale: { type: "string" },
  json: { type: "boolean" },
} as const satisfies Record<string, OptionSpec>;

/** The values parseArgs returns for a set of option specs. */
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** Parses a command's arguments strictly; unknown options, missing values and a one-value option given twice are usage errors. */
export function parse(command: string, argv: readonly string[], options: Record<string, OptionSpec>): { values: Values; positionals: string[] } {
  const all: Record<string, OptionSpec> = { ...COMMON, ...options };
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof all; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: all, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes; their messages name the option.
    throw usageError(error instanceof Error ? error.message : String(error), command);
  }
  refuseRepeated(parsed.tokens, all, command);
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * Refuses an option that takes one value but was given more than once: parseArgs would
 * keep the last silently. Options that may repeat (`multiple`) and flags, which cannot
 * disagree with themselves, are left alone.
 */
function refuseRepeated(tokens: readonly { kind: string; name?: string; value?: string | undefined }[], options: Record<string, OptionSpec>, command: string): void {
  const given = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === undefined) continue;
    const spec = options[token.name];
    if (spec === undefined || spec.type !== "string" || spec.multiple === true) continue;
    const seen = given.get(token.name) ?? [];
    seen.push(token.value ?? "");
    given.set(token.name, seen);
    if (seen.length > 1) {
      throw usageError(`--${token.name} takes one value but was given ${seen.length} times (${seen.map((v) => JSON.stringify(v)).join(", ")})`, command);
    }
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

/** The languages of `--locale`: the command line ships both. */
const LANGUAGES: Readonly<Record<string, Catalogue>> = { en: english, nl: dutch };

/** The `--locale`, checked, as the catalogue of its language. */
export function locale(values: Values, command: string): Catalogue {
  const given = str(values, "locale") ?? "en";
  const catalogue = Object.hasOwn(LANGUAGES, given) ? LANGUAGES[given] : undefined;
  if (catalogue === undefined) throw usageError(`--locale must be en or nl, received ${JSON.stringify(given)}`, command);
  return catalogue;
}

/** A required `--on` day, checked as a real calendar day written YYYY-MM-DD from 0001-01-01 to 9999-12-31. */
export function day(values: Values, command: string): string {
  const on = str(values, "on");
  if (on === undefined) throw usageError("--on YYYY-MM-DD is required", command);
  if (isYearZero(on)) throw usageError(`--on ${JSON.stringify(on)} lies in year 0; days from ${FIRST_DAY} to ${LAST_DAY} are supported`, command);
  if (!isIsoDate(on)) throw usageError(`--on must be a calendar day written YYYY-MM-DD, received ${JSON.stringify(on)}`, command);
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
