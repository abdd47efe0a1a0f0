import { enablePatches, Immer, type Patch } from "immer";
import { deepFreeze } from "../internal/deep-freeze.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { markParsed } from "../model/parsed-brand.js";
import { ScenarioError } from "../model/scenario-error.js";
import type { Scenario } from "../model/types.js";
import type { Change } from "./change.js";
import { checkChange } from "./change-schema.js";
import { checkChanged } from "./check-changed.js";
import { applyOperation } from "./operations/apply-operation.js";
import { prefixIssues } from "./rebase-issues.js";
import type { ScenarioPatch } from "./scenario-patch.js";

/** What {@link applyChange} returns: the new scenario and the patches between the two. @category Change */
export interface ChangeResult {
  /** The changed scenario, deeply frozen; when the change alters nothing, the input itself. */
  readonly scenario: Scenario;
  /** The steps from the input to the result. */
  readonly patches: readonly ScenarioPatch[];
  /** The steps back from the result to the input. */
  readonly inversePatches: readonly ScenarioPatch[];
}

let engine: Immer | undefined;

/** A private immer, so that an app's own immer settings (say, auto-freeze off) cannot reach the library. */
function immer(): Immer {
  if (engine === undefined) {
    enablePatches();
    engine = new Immer({ autoFreeze: true });
  }
  return engine;
}

const NONE: readonly ScenarioPatch[] = Object.freeze([]);

/** The change's `type` for messages, whatever the input was. */
function typeOf(change: unknown): string {
  const type = typeof change === "object" && change !== null && "type" in change ? change.type : undefined;
  return typeof type === "string" ? type : "?";
}

/**
 * The change carried out, without checking the result: immer's copy-on-write keeps
 * every untouched part of the scenario, and the patches say what changed.
 * Operation-level refusals (an unknown id, the wrong model) are thrown from here.
 */
export function produceChange(scenario: Scenario, change: Change): [Scenario, Patch[], Patch[]] {
  const [next, patches, inversePatches] = immer().produceWithPatches(scenario, (draft) => {
    applyOperation(scenario, draft, change);
  });
  return [next, patches, inversePatches];
}

/**
 * Applies one named change to a scenario, validates the result like a parsed
 * scenario, and returns it with the patches both ways. The input is never touched;
 * unchanged parts of the result are the input's own objects (structural sharing).
 *
 * @param scenario - a scenario from {@link index!parseScenario}, {@link index!safeParseScenario}, an earlier change or a
 *   history (unchanged parts are shared with the result and only what changed is checked); any other
 *   value, frozen or not, is refused and never checked, frozen, kept or changed
 * @param change - the change, typed or straight from JSON (it is validated)
 * @returns the new scenario, deeply frozen, with `patches` and `inversePatches`; when the
 *   change alters nothing, the very same scenario object and no patches
 * @throws {@link index!ScenarioError} (context `applyChange(<type>)`) when the change is malformed,
 *   makes no sense here (codes such as `unknown_mandate`, `revoke_before_start`, `wrong_model`;
 *   paths start with `change`), or would make the scenario invalid (the issues name the rule
 *   broken, with paths into the scenario); context `applyChange(<type>): scenario`, one issue with code
 *   `not_parsed`, when the library did not make `scenario`
 * @example
 * ```ts
 * const { scenario: next, patches } = applyChange(scenario, { type: "revoke-mandate", id: "m1", on: "2026-01-01" });
 * next.mandates[0]?.validUntil; // => "2026-01-01"
 * patches; // => [{ op: "add", path: ["mandates", 0, "validUntil"], value: "2026-01-01" }]
 * next.regions === scenario.regions; // => true
 * applyChange(next, { type: "revoke-mandate", id: "m1", on: "2026-01-01" }).scenario === next; // => true
 * ```
 * @category Change
 */
export function applyChange(scenario: Scenario, change: Change): ChangeResult {
  return applyChecked(scenario, checkedChange(change));
}

/** The change validated as a fresh copy, or a ScenarioError with paths under `change`. */
export function checkedChange(change: unknown): Change {
  const checked = checkChange(change);
  if (!checked.ok) throw new ScenarioError(prefixIssues(checked.issues, ["change"]), `applyChange(${typeOf(change)})`);
  return checked.change;
}

/**
 * {@link applyChange} for a change that {@link checkedChange} has validated. A scenario
 * the library made (parsed, or the result of an earlier change) is valid and cannot
 * change, so it is shared with the result and only what changed is checked. Any other
 * value is refused (`not_parsed`), so immer's freezing never reaches a caller's object.
 * The result is recorded as made by the library.
 */
export function applyChecked(scenario: Scenario, change: Change): ChangeResult {
  const base = trustedScenario(scenario, `applyChange(${change.type}): scenario`);
  const [next, patches, inversePatches] = produceChange(base, change);
  if (patches.length === 0) return { scenario: base, patches: NONE, inversePatches: NONE };
  const issues = checkChanged(base, next, patches);
  if (issues.length > 0) throw new ScenarioError(issues, `applyChange(${change.type})`);
  return { scenario: markParsed(next), patches: deepFreeze(patches), inversePatches: deepFreeze(inversePatches) };
}
