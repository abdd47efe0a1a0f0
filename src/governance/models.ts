import type { GovernanceModel } from "../model/types.js";
import { alternativeRules } from "./alternative.js";
import { addClaimRules } from "./claim-models.js";
import { coordinationRules } from "./coordination.js";
import type { GovernanceModelRules } from "./model-rules.js";
import { oc2Rules } from "./oc2.js";

/** The rules of any model in the table, as the layers above see them. */
export type AnyModelRules = GovernanceModelRules<GovernanceModel>;

/**
 * One model's rules as a table entry. The table holds each model's rules under its own
 * kind and {@link rulesOf} looks them up by the model's kind, so a model only ever meets
 * its own rules: the one cast that this needs is here.
 */
function anyRules<M extends { readonly kind: string }>(rules: GovernanceModelRules<M>): AnyModelRules {
  return rules as unknown as AnyModelRules;
}

/**
 * The governance models the library knows, one line each: adding a model is one
 * module that implements {@link GovernanceModelRules} and one line here and in
 * `claim-models.ts` (the claim rules alone, what resolution and parsing ship).
 */
const BUILT_IN: readonly AnyModelRules[] = [anyRules(coordinationRules), anyRules(oc2Rules), anyRules(alternativeRules)];

const table = new Map<string, AnyModelRules>(BUILT_IN.map((rules) => [rules.kind, rules]));

/**
 * The rules of a model, found by its kind: the one place that looks a model's kind up.
 * @throws Error when no model of the kind is known (a scenario from `parseScenario` always has one)
 * @example
 * ```ts
 * import { rulesOf } from "../src/governance/models.js";
 * import { nl } from "../src/nl/index.js";
 *
 * const model = nl.scenarios.oc2.model;
 * rulesOf(model).facts(model).voice; // => "organs"
 * ```
 */
export function rulesOf(model: { readonly kind: string }): AnyModelRules {
  const rules = table.get(model.kind);
  if (rules === undefined) throw new Error(`no governance model of kind "${model.kind}" is known`);
  return rules;
}

/** The model when it is of the kind asked for, else undefined: for operations that only one model has. */
export function modelOfKind<K extends GovernanceModel["kind"]>(model: GovernanceModel, kind: K): Extract<GovernanceModel, { kind: K }> | undefined {
  return model.kind === kind ? (model as Extract<GovernanceModel, { kind: K }>) : undefined;
}

/**
 * Adds a model to the table, for tests that show a fourth model needs no other layer;
 * not part of the public API, and the public schema (`scenarioSchema`) does not change.
 * @throws Error when a model of the kind is known already
 * @example
 * ```ts
 * import { registerModel } from "../src/governance/models.js";
 * import { oc2Rules } from "../src/governance/oc2.js";
 *
 * registerModel(oc2Rules); // throws: a governance model of kind "oc2" is known already
 * ```
 */
export function registerModel<M extends { readonly kind: string }>(rules: GovernanceModelRules<M>): void {
  if (table.has(rules.kind)) throw new Error(`a governance model of kind "${rules.kind}" is known already`);
  table.set(rules.kind, anyRules(rules));
  addClaimRules(rules);
}
