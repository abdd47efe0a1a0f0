import { isParsed } from "./parsed-brand.js";
import { ScenarioError } from "./scenario-error.js";
import type { Scenario } from "./types.js";

/** The issue code of a scenario argument that the library did not make. */
export const NOT_PARSED = "not_parsed";

/** What a value is, in a word or two, for the refusal's message; never throws. */
function received(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "bigint":
      return "a bigint";
    case "boolean":
      return "a boolean";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
  }
  try {
    const what = Array.isArray(value) ? "array" : "object";
    // Who froze it is not known: the caller, or this library in another copy of itself (its
    // CommonJS build beside its ES module build), or a Proxy reports its target frozen.
    return Object.isFrozen(value)
      ? `a frozen ${what} (being frozen does not make it parsed: neither a frozen copy nor a Proxy of a parsed scenario is one, nor is a scenario parsed by another copy of the library, such as its CommonJS build loaded beside its ES module build)`
      : `an ${what}`;
  } catch {
    // A revoked proxy cannot even be asked whether it is an array.
    return "an object that could not be read";
  }
}

/**
 * The scenario a public function works on: the input itself, when the library made it
 * (`parseScenario`, `safeParseScenario`, `applyChange` or a history; recorded by the
 * private brand in `parsed-brand.ts`). Anything else is refused, never checked, copied,
 * frozen or kept: checking lives at the boundary (`parseScenario`), so that this module,
 * and every function that takes a scenario, ships without the parse path.
 *
 * @param input - the argument as the caller passed it
 * @param context - the function's name, with the argument's place when there are several
 *   (`compareScenarios: scenarios[1]`); the error's message starts with it
 * @returns the input, typed as the scenario it is
 * @throws {@link ScenarioError} with one issue, code `not_parsed` and path `[]`, when the
 *   library did not make `input`
 */
export function trustedScenario(input: unknown, context: string): Scenario {
  if (isParsed(input)) return input;
  throw new ScenarioError(
    [
      {
        code: NOT_PARSED,
        path: [],
        message: `received ${received(input)}, not a scenario the library made; pass the document through parseScenario first (once) and give the parsed scenario`,
      },
    ],
    context,
  );
}
