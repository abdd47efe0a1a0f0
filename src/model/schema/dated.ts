import { z } from "zod";
import { isoDateSchema } from "./common.js";

/**
 * The schema of a dated value: a list of periods `[from, until)`, each with the value in
 * force then. The shape only; `parseScenario` checks that the list is not empty, that each
 * period ends after it starts, and that the periods are sorted and do not overlap.
 */
export function datedSchema<T extends z.ZodType>(value: T) {
  return z.array(
    z.strictObject({
      /** First day the value holds. */
      from: isoDateSchema,
      /** First day it no longer holds; absent means open-ended (only the last period may leave it out). */
      until: isoDateSchema.optional(),
      value,
    }),
  );
}

/** A field that is either one value for all time (the first edition's shape) or a {@link datedSchema} list. */
export function valueOrDatedSchema<T extends z.ZodType>(value: T) {
  return z.union([value, datedSchema(value)]);
}
