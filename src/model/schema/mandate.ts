import { z } from "zod";
import { idListSchema, idSchema, idsOrAllSchema, isoDateSchema, nameSchema, sourcedShape } from "./common.js";

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
  holder: idSchema,
  role: roleSchema,
  scope: scopeSchema,
  /** First day the mandate is in force. */
  validFrom: isoDateSchema,
  /** First day the mandate is no longer in force; absent means open-ended. */
  validUntil: isoDateSchema.optional(),
  grant: grantSchema,
  ...sourcedShape,
});
