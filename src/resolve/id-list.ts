import { checkArgument, idListArgument } from "../model/argument-schemas.js";

/** The list-of-ids options of a query, one schema each. */
const idLists = {
  themes: idListArgument<string>("themes"),
  regions: idListArgument<string>("regions"),
  sectors: idListArgument<string | null>("sectors"),
};

/**
 * Checks one list-of-ids option of a query (`themes`, `regions`, `sectors`) with its
 * schema: left out is `undefined`; anything else must be an array with no id given
 * twice. The ids themselves are checked against the scenario by the caller.
 * @throws Error starting `fn:` naming the option, and what was received or the repeated id
 */
export function idListOption<T>(given: readonly T[] | undefined, option: keyof typeof idLists, fn: string): readonly T[] | undefined {
  checkArgument(idLists[option], given, fn);
  return given;
}
