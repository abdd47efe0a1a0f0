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

/**
 * The key of a list of ids, or of a ranking with tied places: with no tie and no NUL in any id,
 * the length and the ids joined by NUL, which is exact and much cheaper than JSON; else JSON.
 * `undefined` when an entry is neither an id nor a non-empty list of ids.
 */
function listKey(list: readonly unknown[], ties: boolean): string | undefined {
  let plain = true;
  for (const item of list) {
    if (typeof item === "string") {
      if (item.includes("\u0000")) plain = false;
    } else if (ties && Array.isArray(item) && item.length > 0 && stringsOnly(item)) {
      plain = false;
    } else {
      return undefined;
    }
  }
  return plain ? `${list.length}\u0000${list.join("\u0000")}` : `json:${JSON.stringify(list)}`;
}

function numbersOnly(record: Record<string, unknown>, whole: boolean): boolean {
  for (const key in record) {
    const v = record[key];
    if (typeof v !== "number" || !Number.isFinite(v) || (whole && !Number.isInteger(v))) return false;
  }
  return true;
}

/**
 * Reads a well-formed plain ballot in one pass and gives an exact key of its content, so that
 * identical ballots are checked and counted once. Anything unusual
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
    const key = Array.isArray(content) ? listKey(content, form === "ranking") : undefined;
    return key === undefined ? undefined : { form, key: `${form}:${key}`, count };
  }
  if (!isPlainObject(content) || !numbersOnly(content, form === "grades")) return undefined;
  return { form, key: `${form}:json:${JSON.stringify(content)}`, count };
}
