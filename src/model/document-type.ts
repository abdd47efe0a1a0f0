import type { z } from "zod";

/**
 * Readonly all the way down (a pair stays a pair), with optional fields typed without `| undefined`
 * (zod's output type adds it; with `exactOptionalPropertyTypes` a field is
 * either left out or holds a value, which is what a parse returns).
 */
export type DeepReadonly<T> = T extends readonly [infer A, infer B]
  ? readonly [DeepReadonly<A>, DeepReadonly<B>]
  : T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<Exclude<T[K], undefined>> }
    : T;

/** The type of the document a zod schema accepts, as a deeply readonly value. */
export type DocumentOf<S extends z.ZodType> = DeepReadonly<z.output<S>>;
