import { show } from "../internal/show.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import { checkMeaning } from "./check-meaning.js";
import { parseShape } from "./parse-shape.js";
import { isParsed, markParsed } from "./parsed-brand.js";
import { ScenarioError, type ScenarioIssue } from "./scenario-error.js";
import { SUPPORTED_SCHEMA_VERSIONS, scenarioSchema } from "./schema/scenario.js";
import type { Scenario } from "./types.js";

/** The outcome of {@link safeParseScenario}. @category Validation */
export type SafeParseResult =
  | { readonly success: true; readonly data: Scenario }
  | { readonly success: false; readonly error: ScenarioError };

function versionIssue(input: unknown): ScenarioIssue | undefined {
  if (input === null || typeof input !== "object" || Array.isArray(input) || !("schemaVersion" in input)) {
    return undefined;
  }
  const version = input.schemaVersion;
  if (version === 1) return undefined;
  return {
    code: "unsupported_version",
    path: ["schemaVersion"],
    message: `schemaVersion ${show(version)} is not supported; this release reads version ${SUPPORTED_SCHEMA_VERSIONS.join(", ")}`,
  };
}

/**
 * Shape first, then meaning; returns every issue found, or the scenario: a new, deeply
 * frozen copy (the schema builds every object and array afresh, so the input is never
 * frozen or kept), recorded as made by the library.
 */
export function checkScenario(input: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  const version = versionIssue(input);
  if (version !== undefined) return { ok: false, issues: [version] };
  const shape = parseShape(scenarioSchema, input);
  if (!shape.ok) return shape;
  const scenario: Scenario = shape.data;
  const meaning = checkMeaning(scenario);
  if (meaning.length > 0) return { ok: false, issues: meaning };
  return { ok: true, scenario: markParsed(deepFreeze(scenario)) };
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

/**
 * The scenario a public function works on: the input itself when the library made it
 * (parsed, or changed from a parsed one), else a checked, frozen copy, as
 * {@link parseScenario} makes, so that the caller's object is never frozen, kept or
 * answered from stale.
 * @throws {@link ScenarioError} with `context` (the function's name) when the input is not a valid scenario
 */
export function trustedScenario(input: unknown, context: string): Scenario {
  if (isParsed(input)) return input;
  const result = guarded(input, context);
  if (!result.success) throw result.error;
  return result.data;
}

function guarded(input: unknown, context: string): SafeParseResult {
  try {
    const result = checkScenario(input);
    return result.ok
      ? { success: true, data: result.scenario }
      : { success: false, error: new ScenarioError(result.issues, context) };
  } catch (cause) {
    // Exotic inputs (throwing getters, revoked proxies) still end in a typed error.
    const message = cause instanceof Error ? cause.message : String(cause);
    const issue = { code: "unreadable_input", path: [], message: `the input could not be read: ${message}` };
    return { success: false, error: new ScenarioError([issue], context) };
  }
}
