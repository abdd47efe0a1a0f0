import { z } from "zod";
import type { ModelKinds } from "../model/parse.js";
import { scenarioSchema } from "../model/schema/scenario.js";
import type { GovernanceModel } from "../model/types.js";
import { alternativeClaimRules } from "./alternative.js";
import { coordinationClaimRules } from "./coordination.js";
import type { ModelClaimRules } from "./model-rules.js";
import { oc2ClaimRules } from "./oc2.js";

/** The claim rules of any model in the table, as resolution and parsing see them. */
export type AnyClaimRules = ModelClaimRules<GovernanceModel>;

/**
 * One model's claim rules as a table entry. The table holds each model's rules under its
 * own kind and {@link claimRulesOf} looks them up by the model's kind, so a model only
 * ever meets its own rules: the one cast that this needs is here.
 */
function anyClaimRules<M extends { readonly kind: string }>(rules: ModelClaimRules<M>): AnyClaimRules {
  return rules as unknown as AnyClaimRules;
}

/**
 * What resolving and parsing ask of the built-in models, one line each. The whole rules
 * (`models.ts`) list the same models; this table holds only their claims, schemas and
 * meaning checks, so that an app importing `resolve` alone does not ship the models'
 * timelines, facts and mergers.
 */
const BUILT_IN: readonly AnyClaimRules[] = [anyClaimRules(coordinationClaimRules), anyClaimRules(oc2ClaimRules), anyClaimRules(alternativeClaimRules)];

const table = new Map<string, AnyClaimRules>(BUILT_IN.map((rules) => [rules.kind, rules]));
let kinds: ModelKinds | undefined;

/**
 * The claim rules of a model, found by its kind.
 * @throws Error when no model of the kind is known (a scenario from `parseScenario` always has one)
 */
export function claimRulesOf(model: { readonly kind: string }): AnyClaimRules {
  const rules = table.get(model.kind);
  if (rules === undefined) throw new Error(`no governance model of kind "${model.kind}" is known`);
  return rules;
}

/** Adds a model's claim rules; only `registerModel` (models.ts) calls it, after checking that the kind is new. */
export function addClaimRules<M extends { readonly kind: string }>(rules: ModelClaimRules<M>): void {
  table.set(rules.kind, anyClaimRules(rules));
  kinds = undefined;
}

/** What parsing needs from the table: the scenario schema admitting every model known, and each model's meaning checks. */
export function modelKinds(): ModelKinds {
  if (kinds !== undefined) return kinds;
  const schemas = [...table.values()].map((rules) => rules.schema) as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]];
  // The built-in models alone are the public schema itself, so its messages never change.
  const schema = table.size === BUILT_IN.length ? scenarioSchema : scenarioSchema.extend({ model: z.discriminatedUnion("kind", schemas) });
  return (kinds = { schema, meaningOf: claimRulesOf });
}
