import { show } from "../internal/show.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { z } from "zod";
import { checkMeaning, type ModelMeaning } from "./check-meaning.js";
import { parseShape } from "./parse-shape.js";
import { markParsed } from "./parsed-brand.js";
import { ScenarioError, type ScenarioIssue } from "./scenario-error.js";
import { SUPPORTED_SCHEMA_VERSIONS } from "./schema/scenario.js";
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

/** What parsing needs from the governance models in use: the scenario schema that admits them, and each one's meaning checks. */
export interface ModelKinds {
  /** The scenario schema, its `model` field admitting every model kind known. */
  readonly schema: z.ZodType;
  /** The meaning checks of a shape-valid model. */
  meaningOf(model: Scenario["model"]): ModelMeaning<Scenario["model"]>;
}

/**
 * Shape first, then meaning; returns every issue found, or the scenario: a new, deeply
 * frozen copy (the schema builds every object and array afresh, so the input is never
 * frozen or kept), recorded as made by the library. The governance layer binds `kinds`
 * (see `governance/parse-scenario.ts`), so that this layer never branches on a model's kind.
 */
export function checkScenarioWith(input: unknown, kinds: ModelKinds): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  const version = versionIssue(input);
  if (version !== undefined) return { ok: false, issues: [version] };
  const shape = parseShape(kinds.schema, input);
  if (!shape.ok) return shape;
  // The schema is the registered models' (a test may register a fourth kind), so its output is typed loosely; it is a Scenario.
  const scenario = shape.data as Scenario;
  const meaning = checkMeaning(scenario, kinds.meaningOf(scenario.model));
  if (meaning.length > 0) return { ok: false, issues: meaning };
  return { ok: true, scenario: markParsed(deepFreeze(scenario)) };
}

/**
 * The outcome of {@link checkScenarioWith} as {@link SafeParseResult}, the error's message
 * starting with `context` (the function's name); never throws (exotic inputs, such as
 * throwing getters or revoked proxies, end in a typed error too).
 */
export function guardedWith(input: unknown, context: string, kinds: ModelKinds): SafeParseResult {
  try {
    const result = checkScenarioWith(input, kinds);
    return result.ok
      ? { success: true, data: result.scenario }
      : { success: false, error: new ScenarioError(result.issues, context) };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const issue = { code: "unreadable_input", path: [], message: `the input could not be read: ${message}` };
    return { success: false, error: new ScenarioError([issue], context) };
  }
}
