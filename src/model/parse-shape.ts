import type { z } from "zod";
import type { DocumentOf } from "./document-type.js";
import { setOwn } from "../internal/own.js";
import { issuesFromZod } from "./issues-from-zod.js";
import type { ScenarioIssue } from "./scenario-error.js";
import { countSchema } from "./schema/common.js";
import { append } from "../internal/append.js";

type Key = string | number;


function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * zod leaves an own `__proto__` key out of a record's output without checking it
 * (strict objects report it as unknown, records skip it). In this library every
 * record is keyed by user-chosen ids and holds counts (`bySector`), so such a key is
 * an id like any other: its value is checked as a count and put back as an own
 * property, in its place among the record's keys.
 */
function keepProtoKeys(input: unknown, output: unknown, path: readonly Key[], found: z.core.$ZodIssue[]): unknown {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < output.length; i++) {
      const item: unknown = output[i];
      // Only objects can hold such a key: strings and numbers are passed by without a path.
      if (typeof item === "object" && item !== null) output[i] = keepProtoKeys(input[i], item, [...path, i], found);
    }
    return output;
  }
  if (!isRecordLike(input) || !isRecordLike(output)) return output;
  if (Object.hasOwn(input, "__proto__") && Object.propertyIsEnumerable.call(input, "__proto__") && !Object.hasOwn(output, "__proto__")) {
    const checked = countSchema.safeParse(input["__proto__"]);
    if (!checked.success) {
      append(found, checked.error.issues.map((issue) => ({ ...issue, path: [...path, "__proto__", ...issue.path] })));
      return output;
    }
    const rebuilt: Record<string, unknown> = {};
    for (const key of Object.keys(input)) {
      if (key === "__proto__") setOwn(rebuilt, key, checked.data);
      else if (Object.hasOwn(output, key)) setOwn(rebuilt, key, output[key]);
    }
    return rebuilt;
  }
  for (const key of Object.keys(output)) {
    const value = output[key];
    if (typeof value !== "object" || value === null || !Object.hasOwn(input, key)) continue;
    const kept = keepProtoKeys(input[key], value, [...path, key], found);
    // A record is rebuilt only where it held a __proto__ key; everything else stays as zod made it.
    if (kept !== value) setOwn(output, key, kept);
  }
  return output;
}

/**
 * Checks the shape of a document with a zod schema, keeping ids named `__proto__`
 * that zod would drop from records unchecked. The data is typed as the schema's
 * {@link DocumentOf}: zod's output read deeply readonly, with optional fields that
 * are either left out or hold a value.
 */
export function parseShape<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: DocumentOf<S> } | { ok: false; issues: ScenarioIssue[] } {
  const shape = schema.safeParse(input);
  if (!shape.success) return { ok: false, issues: issuesFromZod(shape.error, input) };
  const found: z.core.$ZodIssue[] = [];
  // The one place zod's output becomes a document type: keepProtoKeys hands back zod's own output (or a copy of it).
  const data = keepProtoKeys(input, shape.data, [], found) as DocumentOf<S>;
  // issuesFromZod reads only the issues, with paths from the root of the input.
  return found.length > 0 ? { ok: false, issues: issuesFromZod({ issues: found } as z.ZodError, input) } : { ok: true, data };
}
