import type { ScenarioIndex } from "./scenario-index.js";

/**
 * A typed table kept beside each scenario index: `perIndex(make)` returns a getter that
 * makes the value on first use for an index and hands the same value back after that.
 * Each use declares its own getter, so two layers never share a key or guess a type;
 * the value lives exactly as long as the index (a `WeakMap` holds it).
 *
 * @example
 * ```ts
 * import { perIndex } from "../src/model/per-index.js";
 * import { indexOf } from "../src/model/scenario-index.js";
 * import { nl } from "../src/nl/index.js";
 *
 * const seen = perIndex(() => new Map<string, number>());
 * const index = indexOf(nl.scenarios.coordination);
 * seen(index).set("a", 1);
 * seen(index).get("a"); // => 1
 * ```
 */
export function perIndex<T>(make: (index: ScenarioIndex) => T): (index: ScenarioIndex) => T {
  const values = new WeakMap<ScenarioIndex, T>();
  return (index) => {
    let value = values.get(index);
    if (value === undefined) values.set(index, (value = make(index)));
    return value;
  };
}
