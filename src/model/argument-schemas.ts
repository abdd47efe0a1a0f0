import { z } from "zod";
import { show } from "../internal/show.js";
import { readDay } from "./dates.js";

/**
 * The one way a public function checks the shape of its arguments: a zod schema,
 * whose first issue becomes an `Error` starting `fn:`. Checks against the scenario
 * (an unknown theme, a day outside a period) follow by hand, as `parseScenario`
 * checks meaning after shape.
 * @throws Error `fn: <the first issue's message>`
 */
export function checkArgument<S extends z.ZodType>(schema: S, value: unknown, fn: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`${fn}: ${result.error.issues[0]?.message ?? "invalid argument"}`);
}

/** A query object with the given fields; anything else (null, an array, a number ...) is refused naming the expected shape. */
export function queryObject<S extends z.core.$ZodLooseShape>(shape: S, described: string): z.ZodObject<S, z.core.$loose> {
  return z.looseObject(shape, { error: () => `expected a query object ${described}` });
}

/** A day: a `YYYY-MM-DD` string or a `Date` (its local calendar day), read as `YYYY-MM-DD`. */
export function dayArgument(name = "on"): z.ZodType<string> {
  return z.unknown().transform((value, ctx) => {
    const read = readDay(value, name);
    if (read.ok) return read.day;
    ctx.issues.push({ code: "custom", message: read.message, input: value });
    return z.NEVER;
  });
}

/**
 * A list-of-ids option (`themes`, `regions`, `sectors`): left out is `undefined`;
 * anything else must be an array with no id given twice. A string would otherwise
 * be read letter by letter, and a repeated id would make repeated cells and count
 * them twice. The ids themselves are checked against the scenario afterwards.
 */
export function idListArgument<T>(option: string): z.ZodType<readonly T[] | undefined> {
  return z
    .array(z.custom<T>(() => true), { error: (issue) => `'${option}' must be a list of ids, received ${show(issue.input)}` })
    .check((ctx) => {
      const seen = new Set<unknown>();
      for (const id of ctx.value) {
        if (seen.has(id)) {
          ctx.issues.push({ code: "custom", message: `'${option}' names ${show(id)} more than once`, input: ctx.value });
          return;
        }
        seen.add(id);
      }
    })
    .optional();
}
