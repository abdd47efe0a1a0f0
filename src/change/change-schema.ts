import { z } from "zod";
import type { issuesFromZod } from "../model/issues-from-zod.js";
import { parseShape } from "../model/parse-shape.js";
import { ScenarioError } from "../model/scenario-error.js";
import { idListSchema, idSchema, isoDateSchema, sourcedShape } from "../model/schema/common.js";
import { chapterSchema, governanceModelSchema, ruleSchema } from "../model/schema/governance-model.js";
import { fundingPeriodSchema } from "../model/schema/funding.js";
import { mandateSchema, roleSchema, scopeSchema } from "../model/schema/mandate.js";
import { organisationSchema } from "../model/schema/organisation.js";
import { regionSchema, sectorSchema, themeSchema } from "../model/schema/structure.js";
import type { Change } from "./change.js";

const organisationUpdateSchema = organisationSchema.omit({ id: true }).partial();
const mandateUpdateSchema = mandateSchema.omit({ id: true }).partial();

/** `dissolve-organisation`. */
export const dissolveOrganisationSchema = z.strictObject({ type: z.literal("dissolve-organisation"), id: idSchema, on: isoDateSchema });

/** `revoke-mandate`. */
export const revokeMandateSchema = z.strictObject({ type: z.literal("revoke-mandate"), id: idSchema, on: isoDateSchema });

/** `sign-agreement`. */
export const signAgreementSchema = z.strictObject({ type: z.literal("sign-agreement"), organisation: idSchema, on: isoDateSchema });

/** `end-agreement`. */
export const endAgreementSchema = z.strictObject({ type: z.literal("end-agreement"), on: isoDateSchema });

/** `add-chapter`. */
export const addChapterSchema = z.strictObject({ type: z.literal("add-chapter"), chapter: chapterSchema });

/** `delegate`. */
export const delegateSchema = z.strictObject({
  type: z.literal("delegate"),
  /** The id of the mandate this creates. */
  id: idSchema,
  /** The organisation the body delegates to. */
  to: idSchema,
  scope: scopeSchema,
  /** `lead` unless said otherwise. */
  role: roleSchema.optional(),
  validFrom: isoDateSchema,
  validUntil: isoDateSchema.optional(),
  ...sourcedShape,
});

/** `add-coalition-member`. */
export const addCoalitionMemberSchema = z.strictObject({
  type: z.literal("add-coalition-member"),
  /** The mandate the organisation joins; a single holder's mandate becomes a coalition's. */
  mandate: idSchema,
  organisation: idSchema,
});

/** `remove-coalition-member`. */
export const removeCoalitionMemberSchema = z.strictObject({
  type: z.literal("remove-coalition-member"),
  mandate: idSchema,
  organisation: idSchema,
});

/** `set-spokesperson`. */
export const setSpokespersonSchema = z.strictObject({
  type: z.literal("set-spokesperson"),
  mandate: idSchema,
  /** One of the coalition's holders; left out, the coalition has no spokesperson. */
  organisation: idSchema.optional(),
});

/** `add-rule`. */
export const addRuleSchema = z.strictObject({
  type: z.literal("add-rule"),
  rule: ruleSchema,
  /** Where the rule goes in the ordered list (0 is first); the end when left out. */
  at: z.number().int().nonnegative().optional(),
});

/** `remove-rule`. */
export const removeRuleSchema = z.strictObject({ type: z.literal("remove-rule"), id: idSchema });

/** `add-funding`. */
export const addFundingSchema = z.strictObject({ type: z.literal("add-funding"), funding: fundingPeriodSchema });

/** `end-funding`. */
export const endFundingSchema = z.strictObject({ type: z.literal("end-funding"), id: idSchema, on: isoDateSchema });

/** Each operation's schema, reusing the scenario's entity schemas so that a change can only carry well-formed parts. */
const operationSchemas = [
  z.strictObject({ type: z.literal("add-organisation"), organisation: organisationSchema }),
  z.strictObject({
    type: z.literal("update-organisation"),
    id: idSchema,
    set: organisationUpdateSchema.optional(),
    unset: z.array(z.enum(["shortName", "members", "memberOf", "founded", "dissolved", "sources", "note"])).optional(),
  }),
  dissolveOrganisationSchema,
  z.strictObject({
    type: z.literal("merge-organisations"),
    ids: idListSchema.min(1),
    into: z.union([idSchema, organisationSchema]),
    on: isoDateSchema,
  }),
  z.strictObject({ type: z.literal("add-theme"), theme: themeSchema }),
  z.strictObject({ type: z.literal("add-region"), region: regionSchema }),
  z.strictObject({ type: z.literal("add-sector"), sector: sectorSchema }),
  z.strictObject({ type: z.literal("grant-mandate"), mandate: mandateSchema }),
  z.strictObject({
    type: z.literal("amend-mandate"),
    id: idSchema,
    set: mandateUpdateSchema.optional(),
    unset: z.array(z.enum(["validUntil", "sources", "note"])).optional(),
  }),
  revokeMandateSchema,
  addCoalitionMemberSchema,
  removeCoalitionMemberSchema,
  setSpokespersonSchema,
  signAgreementSchema,
  endAgreementSchema,
  z.strictObject({ type: z.literal("set-model"), model: governanceModelSchema }),
  addChapterSchema,
  delegateSchema,
  addRuleSchema,
  removeRuleSchema,
  addFundingSchema,
  endFundingSchema,
] as const;

/**
 * The zod schema of a {@link Change}: one strict object per operation, discriminated on `type`.
 *
 * @example
 * ```ts
 * changeSchema.safeParse({ type: "revoke-mandate", id: "m1", on: "2026-01-01" }).success; // => true
 * changeSchema.safeParse({ type: "revoke-mandate", id: "m1" }).success; // => false
 * ```
 * @category Change
 */
export const changeSchema = z.discriminatedUnion("type", operationSchemas);

/** Validates a change; paths in the issues are relative to the change. */
export function checkChange(input: unknown): { ok: true; change: Change } | { ok: false; issues: ReturnType<typeof issuesFromZod> } {
  const result = parseShape(changeSchema, input);
  return result.ok ? { ok: true, change: result.data } : result;
}

/**
 * Validates a change that arrives as JSON and returns a fresh, typed copy.
 *
 * @param input - any value, typically the result of `JSON.parse`
 * @returns the change, as a new object that shares nothing with `input`
 * @throws {@link index!ScenarioError} (context `parseChange`) listing every problem, with paths relative to the change
 * @example
 * ```ts
 * parseChange({ type: "dissolve-organisation", id: "lc", on: "2023-07-01" }).type; // => "dissolve-organisation"
 * ```
 * @category Change
 */
export function parseChange(input: unknown): Change {
  const result = checkChange(input);
  if (!result.ok) throw new ScenarioError(result.issues, "parseChange");
  return result.change;
}
