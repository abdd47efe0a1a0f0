import { z } from "zod";
import { countSchema, idSchema, isoDateSchema, textSchema } from "./common.js";

/**
 * People who belong to two organisations at once, as a source counts them: a teacher in a
 * union and a subject association, or a subject association in two federations. The reach
 * counts such people once. On a day the latest `asOf` on or before it holds for the pair.
 */
export const overlapSchema = z.strictObject({
  /** The two organisations (ids), in any order. */
  organisations: z.tuple([idSchema, idSchema]),
  /** How many people are members of both. */
  members: countSchema,
  /** The day the figure holds on. */
  asOf: isoDateSchema,
  /** The id of the source (in the scenario's `sources`) that gives the figure. */
  source: idSchema.optional(),
  note: textSchema.optional(),
});
