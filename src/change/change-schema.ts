import { z } from "zod";
import type { issuesFromZod } from "../model/issues-from-zod.js";
import { parseShape } from "../model/parse-shape.js";
import { ScenarioError } from "../model/scenario-error.js";
import { idListSchema, idSchema, isoDateSchema, sourcedShape, textSchema } from "../model/schema/common.js";
import { governanceModelSchema, ruleSchema } from "../model/schema/governance-model.js";
import { mandateSchema, roleSchema, scopeSchema } from "../model/schema/mandate.js";
import { organisationSchema } from "../model/schema/organisation.js";
import { regionSchema, sectorSchema, themeSchema } from "../model/schema/structure.js";
import type { Change } from "./change.js";

const organisationUpdateSchema = organisationSchema.omit({ id: true }).partial();
const mandateUpdateSchema = mandateSchema.omit({ id: true }).partial();

/** Each operation's schema, reusing the scenario's entity schemas so that a change can only carry well-formed parts. */
const operationSchemas = [
  z.strictObject({ type: z.literal("add-organisation"), organisation: organisationSchema }),
  z.strictObject({
    type: z.literal("update-organisation"),
    id: idSchema,
    set: organisationUpdateSchema.optional(),
    unset: z.array(z.enum(["shortName", "members", "memberOf", "founded", "dissolved", "sources", "note"])).optional(),
  }),
  z.strictObject({ type: z.literal("dissolve-organisation"), id: idSchema, on: isoDateSchema }),
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
  z.strictObject({ type: z.literal("revoke-mandate"), id: idSchema, on: isoDateSchema }),
  z.strictObject({ type: z.literal("sign-agreement"), organisation: idSchema, on: isoDateSchema }),
  z.strictObject({ type: z.literal("end-agreement"), on: isoDateSchema }),
  z.strictObject({ type: z.literal("set-model"), model: governanceModelSchema }),
  z.strictObject({
    type: z.literal("add-chapter"),
    chapter: z.strictObject({ region: idSchema, organisation: idSchema }),
  }),
  z.strictObject({
    type: z.literal("delegate"),
    id: idSchema,
    to: idSchema,
    scope: scopeSchema,
    role: roleSchema.optional(),
    validFrom: isoDateSchema,
    validUntil: isoDateSchema.optional(),
    sources: sourcedShape.sources,
    note: textSchema.optional(),
  }),
  z.strictObject({ type: z.literal("add-rule"), rule: ruleSchema, at: z.number().int().nonnegative().optional() }),
  z.strictObject({ type: z.literal("remove-rule"), id: idSchema }),
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
export const changeSchema: z.ZodType<Change> = z.discriminatedUnion("type", operationSchemas) as unknown as z.ZodType<Change>;

/** The same union with zod's inferred type, which a type test holds to the hand-written {@link Change}. */
export const changeUnionSchema = changeSchema as unknown as z.ZodDiscriminatedUnion<typeof operationSchemas>;

/** Validates a change; paths in the issues are relative to the change. */
export function checkChange(input: unknown): { ok: true; change: Change } | { ok: false; issues: ReturnType<typeof issuesFromZod> } {
  const result = parseShape(changeSchema, input);
  // zod's output type marks optional fields `| undefined`; absent keys are left out at run time.
  return result.ok ? { ok: true, change: result.data } : result;
}

/**
 * Validates a change that arrives as JSON and returns a fresh, typed copy.
 *
 * @param input - any value, typically the result of `JSON.parse`
 * @returns the change, as a new object that shares nothing with `input`
 * @throws {@link ScenarioError} (context `parseChange`) listing every problem, with paths relative to the change
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
