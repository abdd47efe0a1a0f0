import { deepFreeze } from "../internal/deep-freeze.js";
import { show } from "../internal/show.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { formatPath, ScenarioError, type ScenarioIssue } from "../model/scenario-error.js";
import type { Scenario } from "../model/types.js";
import { applyChecked, checkedChange, type ChangeResult } from "./apply-change.js";
import type { Change } from "./change.js";

/** An entry's change applied again, with the scenario it led to. */
export interface Replayed {
  readonly change: Change;
  readonly result: ChangeResult;
}

/** Where a replayed entry failed: change paths stay, scenario paths move into the message. */
function entryIssues(issues: readonly ScenarioIssue[], at: (string | number)[]): ScenarioIssue[] {
  return issues.map((issue) =>
    issue.path[0] === "change"
      ? { ...issue, path: [...at, ...issue.path], message: `${formatPath(at)}: ${issue.message}` }
      : { code: issue.code, path: [...at, "change"], message: `${formatPath([...at, "change"])} would make the scenario invalid: ${formatPath(issue.path)}: ${issue.message}` },
  );
}

/**
 * Applies each entry's change in turn, refusing the first that fails with its
 * issues moved under `[list, i]`; `inspect` may add issues of its own (a mismatch).
 */
export function replayEntries(
  base: Scenario,
  entries: readonly { readonly change: unknown }[],
  list: string,
  context: string,
  inspect?: (replayed: Replayed, before: Scenario, index: number) => ScenarioIssue[],
): Replayed[] {
  const out: Replayed[] = [];
  let state = base;
  entries.forEach((entry: unknown, i) => {
    // Plain JavaScript callers may pass anything as an entry.
    if (typeof entry !== "object" || entry === null) {
      const message = `${formatPath([list, i])}: expected an entry { change }, received ${show(entry)}`;
      throw new ScenarioError([{ code: "invalid_type", path: [list, i], message }], context);
    }
    let replayed: Replayed;
    try {
      // The checked change is a fresh copy, so a history never shares it with its input.
      const change = deepFreeze(checkedChange((entry as { readonly change: unknown }).change));
      replayed = { change, result: applyChecked(state, change) };
    } catch (error) {
      if (error instanceof ScenarioError) throw new ScenarioError(entryIssues(error.issues, [list, i]), context);
      throw error;
    }
    const issues = inspect?.(replayed, state, i) ?? [];
    if (issues.length > 0) throw new ScenarioError(issues, context);
    out.push(replayed);
    state = replayed.result.scenario;
  });
  return out;
}

/**
 * Rebuilds a scenario by applying the changes of a log to the scenario it started from.
 *
 * @param base - the scenario the log starts from (a history's `base`), made by the library
 *   ({@link index!parseScenario}, {@link index!safeParseScenario}, `applyChange` or a history)
 * @param log - the entries, oldest first; only their `change` is read
 * @returns the scenario after every change, equal to the history's `current`
 * @throws {@link index!ScenarioError} (context `replay`, code `not_parsed`) when the library did not make `base`
 *   (it is refused, never checked, copied, frozen or kept), or when an entry is not an object or its
 *   change is refused; the issue paths of an entry start with `["log", i]`
 * @throws Error starting `replay:` when `log` is not an array
 * @example
 * ```ts
 * const history = createHistory(scenario).apply({ type: "revoke-mandate", id: "m1", on: "2026-01-01" });
 * replay(history.base, history.log).mandates[0]?.validUntil; // => "2026-01-01"
 * ```
 * @category Change
 */
export function replay(base: Scenario, log: readonly { readonly change: Change }[]): Scenario {
  const trusted = trustedScenario(base, "replay");
  if (!Array.isArray(log)) throw new Error("replay: 'log' must be an array of entries");
  const replayed = replayEntries(trusted, log, "log", "replay");
  return replayed[replayed.length - 1]?.result.scenario ?? trusted;
}
