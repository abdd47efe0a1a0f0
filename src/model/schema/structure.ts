import { z } from "zod";
import { idSchema, isoDateSchema, nameSchema, sourcedShape, textSchema } from "./common.js";

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: nameSchema,
  url: z.string().max(2_000).optional(),
  /** Who published it, e.g. `AOb` or `Tweede Kamer`. */
  publisher: nameSchema.optional(),
  /** The day it was published, when known. */
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
  /** Free text: `national`, `region`, `province` ... */
  level: nameSchema,
  /** The enclosing region; absent only at the root. */
  parent: idSchema.optional(),
  ...sourcedShape,
});

export const themeKindSchema = z.enum(["professional", "labour"]);

export const themeSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** Required at every root; a child without one inherits its parent's. */
  kind: themeKindSchema.optional(),
  /** The enclosing theme; absent at a root. */
  parent: idSchema.optional(),
  ...sourcedShape,
});
