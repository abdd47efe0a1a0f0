import { z } from "zod";
import { countSchema, idListSchema, idSchema, isoDateSchema, nameSchema, sourcedShape } from "./common.js";
import { valueOrDatedSchema } from "./dated.js";

export const organisationKindSchema = z.enum([
  "union",
  "professional-association",
  "federation",
  "subject-platform",
  "umbrella",
  "learning-community",
  "cooperative",
  "other",
]);

export const membersSchema = z.strictObject({
  total: countSchema,
  asOf: isoDateSchema,
  /** Members per sector id; a sector left out falls back to `total` where a figure is needed. */
  bySector: z.record(idSchema, countSchema).optional(),
  /** The id of the source (in the scenario's `sources`) that gives this figure. */
  source: idSchema.optional(),
  /** Of `total`, the members who are teachers, when the source says; absent means unknown (never zero). */
  teachers: countSchema.optional(),
});

/**
 * One membership figure, which holds on every day, or a series of figures sorted by
 * `asOf`, each holding from its day until the next; before the first, unknown.
 */
export const membershipSchema = z.union([membersSchema, z.array(membersSchema)]);

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  shortName: nameSchema.optional(),
  kind: organisationKindSchema,
  /** The sector ids it serves: one list, or dated lists where they changed. */
  sectors: valueOrDatedSchema(idListSchema),
  members: membershipSchema.optional(),
  /** Federations this organisation belongs to (organisation ids). */
  memberOf: idListSchema.optional(),
  /** First day it exists. */
  founded: isoDateSchema.optional(),
  /** First day it no longer exists: it holds nothing from this day on. */
  dissolved: isoDateSchema.optional(),
  ...sourcedShape,
});

export const populationSchema = z.strictObject({
  teachers: countSchema,
  asOf: isoDateSchema,
  /** Teachers per sector id. */
  bySector: z.record(idSchema, countSchema).optional(),
  /** Teachers who belong to no organisation, when known. */
  unorganised: countSchema.optional(),
  ...sourcedShape,
});
