// Checked by `npm run typecheck`: the hand-written interfaces and the zod schemas describe the same document.
import { expectTypeOf } from "vitest";
import type { z } from "zod";
import type { Scenario } from "../../src/index.js";
import type { scenarioSchema } from "../../src/model/schema/scenario.js";

/** Readonly all the way down, with optional fields typed without `| undefined`. */
type Normal<T> = T extends readonly (infer U)[]
  ? readonly Normal<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Normal<Exclude<T[K], undefined>> }
    : T;

expectTypeOf<Normal<z.output<typeof scenarioSchema>>>().toEqualTypeOf<Normal<Scenario>>();
