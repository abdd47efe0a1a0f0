import { checkMeaning } from "../model/check-meaning.js";
import { parseShape } from "../model/parse-shape.js";
import { rulesOf } from "../governance/models.js";
import { checkScenario } from "../governance/parse-scenario.js";
import type { ScenarioIssue } from "../model/scenario-error.js";
import { scenarioSchema } from "../model/schema/scenario.js";
import type { Scenario } from "../model/types.js";
import { rebaseIssues } from "./rebase-issues.js";
import type { ScenarioPatch } from "./scenario-patch.js";

/** Every problem `checkScenario` finds in the scenario, or none. */
export function fullCheck(scenario: Scenario): ScenarioIssue[] {
  const result = checkScenario(scenario);
  return result.ok ? [] : result.issues;
}

type Listed = readonly { readonly id: string }[] | undefined;

/** True when every id of `before` is still in `after`. */
function keepsIds(before: Listed, after: Listed): boolean {
  if (before === after || before === undefined) return true;
  const ids = new Set((after ?? []).map((item) => item.id));
  return before.every((item) => ids.has(item.id));
}

/** The agreement a mandate's `grant.agreement` may name, which the mandate checks depend on. */
function agreementKey(scenario: Scenario): string | undefined {
  const agreements = rulesOf(scenario.model).agreements(scenario.model);
  // Ids hold no NUL (or any control character), so joined they stay apart.
  return agreements?.join("\u0000");
}

/**
 * True when the checks of an unchanged mandate give the same answer in both
 * scenarios: they read only which ids exist and which agreement is in force.
 */
function sameMandateContext(before: Scenario, after: Scenario): boolean {
  return (
    keepsIds(before.sectors, after.sectors) &&
    keepsIds(before.regions, after.regions) &&
    keepsIds(before.themes, after.themes) &&
    keepsIds(before.organisations, after.organisations) &&
    keepsIds(before.sources, after.sources) &&
    agreementKey(before) === agreementKey(after)
  );
}

/**
 * The problems of a changed scenario, found by checking only what the change can
 * affect; the result equals {@link fullCheck} of `after` (a property test holds
 * the two together) provided `before` was valid.
 *
 * Why it is exact: the checks of `checkScenario` split into checks of everything
 * but the mandates, checks of each mandate on its own (which read only the sets of
 * ids and the agreement in force), and the uniqueness of mandate ids. The patches
 * say which mandates changed; everything else but the mandates is small and is
 * checked whole. Unchanged mandates passed in `before` and pass again as long as
 * no id disappeared and the agreement is the same; otherwise the whole scenario is
 * checked.
 */
export function checkChanged(before: Scenario, after: Scenario, patches: readonly ScenarioPatch[]): ScenarioIssue[] {
  const touched = new Set<number>();
  let other = false;
  for (const patch of patches) {
    const [head, index] = patch.path;
    if (head !== "mandates") other = true;
    // Anything but an edit of one mandate in place or at the end (a removal, a new list) is checked whole.
    else if (typeof index !== "number" || (patch.op === "remove" && patch.path.length === 2)) return fullCheck(after);
    else touched.add(index);
  }
  if (other && !sameMandateContext(before, after)) return fullCheck(after);

  const indexes = [...touched].sort((a, b) => a - b);
  const mandates = indexes.flatMap((i) => {
    const mandate = after.mandates[i];
    return mandate === undefined ? [] : [mandate];
  });
  if (mandates.length < indexes.length) return fullCheck(after);
  const view = { ...after, mandates };
  const toReal = (path: readonly (string | number)[]): (string | number)[] =>
    path[0] === "mandates" && typeof path[1] === "number" ? ["mandates", indexes[path[1]] ?? path[1], ...path.slice(2)] : [...path];

  const shape = parseShape(scenarioSchema, view);
  if (!shape.ok) return rebaseIssues(shape.issues, toReal);
  const issues = rebaseIssues(
    // Duplicate mandate ids are looked for across the whole list below.
    checkMeaning(view as Scenario, rulesOf(view.model)).filter((issue) => !(issue.code === "duplicate_id" && issue.path[0] === "mandates")),
    toReal,
  );
  const ids = new Set(mandates.map((m) => m.id));
  const seen = new Set<string>();
  after.mandates.forEach((mandate, i) => {
    if (!ids.has(mandate.id)) return;
    if (seen.has(mandate.id)) {
      issues.push({ code: "duplicate_id", path: ["mandates", i, "id"], message: `mandate "${mandate.id}" appears more than once` });
    }
    seen.add(mandate.id);
  });
  return issues;
}
