import { z } from "zod";

/** A non-empty id of at most 200 characters. */
export const idSchema = z.string().min(1).max(200);

/** A display name. */
export const nameSchema = z.string().min(1).max(500);

/** Longer free text. */
export const textSchema = z.string().max(20_000);

/**
 * A real calendar day written `YYYY-MM-DD` from 0001-01-01 to 9999-12-31 (zod checks month
 * lengths and leap years; four digits keep years past 9999 out, and the pattern refuses year 0).
 */
export const isoDateSchema = z.stringFormat("date", new RegExp(`^(?!0000-)${z.regexes.date.source.replace(/^\^/, "")}`));

/** A count of people or seats. */
export const countSchema = z.number().int().nonnegative();

/** A list of ids. */
export const idListSchema = z.array(idSchema);

/** A list of ids, or every one. */
export const idsOrAllSchema = z.union([z.literal("all"), idListSchema]);

/** Sources and a note, shared by every entity. */
export const sourcedShape = {
  /** Ids of sources in the scenario's `sources` list. */
  sources: idListSchema.optional(),
  /** A remark, e.g. where one source corrects another. */
  note: textSchema.optional(),
};

/**
 * JSON Schema words for a party written as one organisation (`one`) or a coalition
 * (`several`, with an optional `spokesperson`): exactly one of the two fields, and a
 * spokesperson only beside a coalition. zod checks neither; the meaning checks do, with
 * clearer messages, and these words keep the emitted JSON Schema in step with them.
 */
export function eitherOneOrSeveral(one: string, several: string): Record<string, unknown> {
  return { oneOf: [{ required: [one] }, { required: [several] }], dependentRequired: { spokesperson: [several] } };
}
