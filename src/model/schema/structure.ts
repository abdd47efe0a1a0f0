import { z } from "zod";
import { idSchema, isoDateSchema, nameSchema, sourcedShape, textSchema } from "./common.js";

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  url: z.string().max(2_000).optional(),
  publisher: nameSchema.optional(),
  date: isoDateSchema.optional(),
  note: textSchema.optional(),
});

export const sectorSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  ...sourcedShape,
});

export const regionSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  level: nameSchema,
  parent: idSchema.optional(),
  ...sourcedShape,
});

export const themeKindSchema = z.enum(["professional", "labour"]);

export const themeSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  kind: themeKindSchema.optional(),
  parent: idSchema.optional(),
  ...sourcedShape,
});
