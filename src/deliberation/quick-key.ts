import type { BallotForm } from "./tally-options.js";

/** A ballot's form, its grouping key and its count, read without copying. */
export interface QuickRead {
  readonly form: BallotForm;
  readonly key: string;
  readonly count: number;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function stringsOnly(list: readonly unknown[]): boolean {
  for (const item of list) if (typeof item !== "string") return false;
  return true;
}

function rankingOk(list: readonly unknown[]): boolean {
  for (const item of list) {
    if (typeof item === "string") continue;
    if (!Array.isArray(item) || item.length === 0 || !stringsOnly(item)) return false;
  }
  return true;
}

function numbersOnly(record: Record<string, unknown>, whole: boolean): boolean {
  for (const key in record) {
    const v = record[key];
    if (typeof v !== "number" || !Number.isFinite(v) || (whole && !Number.isInteger(v))) return false;
  }
  return true;
}

/**
 * Reads a well-formed plain ballot in one pass and gives the exact JSON of its content as a
 * grouping key, so that identical ballots are checked and counted once. Anything unusual
 * returns `undefined` and goes through the zod schema instead.
 */
export function quickRead(ballot: unknown): QuickRead | undefined {
  if (!isPlainObject(ballot)) return undefined;
  let form: BallotForm | undefined;
  let count = 1;
  for (const key in ballot) {
    if (key === "count") {
      const c = ballot[key];
      // An explicit `count: undefined` is a count left out, as the schema reads it.
      if (c === undefined) continue;
      if (typeof c !== "number" || !(c >= 0) || c === Infinity) return undefined;
      count = c;
    } else if (key === "ranking" || key === "approvals" || key === "scores" || key === "grades") {
      if (form !== undefined) return undefined;
      form = key;
    } else {
      return undefined;
    }
  }
  if (form === undefined) return undefined;
  const content = ballot[form];
  if (form === "ranking" || form === "approvals") {
    if (!Array.isArray(content) || !(form === "ranking" ? rankingOk(content) : stringsOnly(content))) return undefined;
  } else if (!isPlainObject(content) || !numbersOnly(content, form === "grades")) {
    return undefined;
  }
  return { form, key: `${form}:${JSON.stringify(content)}`, count };
}
