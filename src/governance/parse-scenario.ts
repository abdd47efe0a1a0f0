import { checkScenarioWith, guardedWith, type SafeParseResult } from "../model/parse.js";
import type { ScenarioIssue } from "../model/scenario-error.js";
import type { Scenario } from "../model/types.js";
import { modelKinds } from "./claim-models.js";

export type { SafeParseResult } from "../model/parse.js";

/**
 * Shape first, then meaning (the model's own checks included); returns every issue
 * found, or the scenario: a new, deeply frozen copy, recorded as made by the library.
 */
export function checkScenario(input: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  return checkScenarioWith(input, modelKinds());
}

function guarded(input: unknown, context: string): SafeParseResult {
  return guardedWith(input, context, modelKinds());
}

/**
 * Validates a scenario document (shape, then references, trees, dates and counts)
 * and returns it deeply frozen.
 *
 * @param input - any value, typically the result of `JSON.parse`
 * @returns the validated, deeply frozen scenario
 * @throws {@link ScenarioError} listing every problem found, not just the first
 * @example
 * ```ts
 * const parsed = parseScenario(JSON.parse(text));
 * parsed.model.kind; // => "coordination"
 * Object.isFrozen(parsed.mandates); // => true
 * ```
 * @category Validation
 */
export function parseScenario(input: unknown): Scenario {
  const result = guarded(input, "parseScenario");
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseScenario}, but returns the outcome instead of throwing.
 *
 * @param input - any value
 * @returns `{ success: true, data }` or `{ success: false, error }`; never throws
 * @example
 * ```ts
 * const result = safeParseScenario({ schemaVersion: 1 });
 * result.success; // => false
 * if (!result.success) result.error.issues.length > 0; // => true
 * ```
 * @category Validation
 */
export function safeParseScenario(input: unknown): SafeParseResult {
  return guarded(input, "safeParseScenario");
}
