import { z } from "zod";
import { eitherOneOrSeveral, idListSchema, idSchema, idsOrAllSchema, isoDateSchema, nameSchema, sourcedShape } from "./common.js";

export const scopeSchema = z.strictObject({
  themes: idsOrAllSchema,
  regions: idListSchema.min(1),
  sectors: idsOrAllSchema,
});

export const grantSchema = z.discriminatedUnion("by", [
  z.strictObject({ by: z.literal("agreement"), agreement: idSchema }),
  z.strictObject({ by: z.literal("statute") }),
  z.strictObject({ by: z.literal("delegation"), from: idSchema }),
  z.strictObject({ by: z.literal("authority"), authority: nameSchema }),
]);

export const grantKindSchema = z.enum(["agreement", "statute", "delegation", "authority"]);

export const roleSchema = z.enum(["lead", "member"]);

export const mandateSchema = z.strictObject({
  id: idSchema,
  /** The one organisation that holds the mandate; give either this or `holders`. */
  holder: idSchema.optional(),
  /** A coalition: two or more distinct organisations that hold the mandate together; give either this or `holder`. */
  holders: idListSchema.min(2).optional(),
  /** The coalition's spokesperson (penvoerder), one of `holders`. */
  spokesperson: idSchema.optional(),
  role: roleSchema,
  scope: scopeSchema,
  /** First day the mandate is in force. */
  validFrom: isoDateSchema,
  /** First day the mandate is no longer in force; absent means open-ended. */
  validUntil: isoDateSchema.optional(),
  grant: grantSchema,
  ...sourcedShape,
}).meta(eitherOneOrSeveral("holder", "holders"));
