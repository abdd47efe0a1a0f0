import { z } from "zod";
import { countSchema, idListSchema, idSchema, isoDateSchema, nameSchema, sourcedShape } from "./common.js";

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
  bySector: z.record(idSchema, countSchema).optional(),
});

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  shortName: nameSchema.optional(),
  kind: organisationKindSchema,
  sectors: idListSchema,
  members: membersSchema.optional(),
  memberOf: idListSchema.optional(),
  founded: isoDateSchema.optional(),
  dissolved: isoDateSchema.optional(),
  ...sourcedShape,
});

export const populationSchema = z.strictObject({
  teachers: countSchema,
  asOf: isoDateSchema,
  bySector: z.record(idSchema, countSchema).optional(),
  unorganised: countSchema.optional(),
  ...sourcedShape,
});
