// Checked by `npm run typecheck`: the hand-written change interfaces and the zod schemas describe the same JSON.
import { expectTypeOf } from "vitest";
import type { z } from "zod";
import type { Change } from "../../src/index.js";
import type { changeUnionSchema } from "../../src/change/change-schema.js";

/** Readonly all the way down, with optional fields typed without `| undefined`. */
type Normal<T> = T extends readonly (infer U)[]
  ? readonly Normal<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Normal<Exclude<T[K], undefined>> }
    : T;

expectTypeOf<Normal<z.output<typeof changeUnionSchema>>>().toEqualTypeOf<Normal<Change>>();
