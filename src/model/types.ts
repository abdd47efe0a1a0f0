/**
 * The scenario document as typed, deeply readonly values.
 *
 * Each type is derived from its zod schema in `./schema/` (the one source of
 * truth; the field docs live on the schema fields), read deeply readonly. An
 * object type is an empty interface extending its schema's output, so that the
 * API docs list its fields and link it by name where another type uses it; a
 * union is an alias marked `@useDeclaredType`, so that the docs show its members
 * rather than the derivation. Four types whose fields are other named types ({@link Scenario},
 * {@link GovernanceModel}, {@link AlternativeModel}, {@link Rule}) stay written
 * out so that the docs name those types; `test/model/schema-types.test-d.ts`
 * holds them equal to their schemas. A parsed {@link Scenario} is deeply frozen
 * at run time too.
 *
 * @module
 */
import type { DocumentOf } from "./document-type.js";
import type { sourcedShape } from "./schema/common.js";
import type {
  agreementSchema,
  assemblySchema,
  boardSchema,
  boardSeatSchema,
  chapterSchema,
  coordinationModelSchema,
  fallbackSchema,
  fundingSchema,
  oc2ModelSchema,
  periodSchema,
  ruleActionSchema,
  ruleConditionSchema,
  safeguardsSchema,
} from "./schema/governance-model.js";
import type { grantKindSchema, grantSchema, mandateSchema, roleSchema, scopeSchema } from "./schema/mandate.js";
import type { fundingKindSchema, fundingPeriodSchema } from "./schema/funding.js";
import type { membersSchema, organisationKindSchema, organisationSchema, populationSchema } from "./schema/organisation.js";
import type { overlapSchema } from "./schema/overlap.js";
import type { regionSchema, sectorSchema, sourceSchema, themeKindSchema, themeSchema } from "./schema/structure.js";
import type { z } from "zod";

/** A calendar day written `YYYY-MM-DD`, with no time of day and no time zone. */
export type IsoDate = string;

/**
 * A public source that facts in a scenario rest on.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Source extends DocumentOf<typeof sourceSchema> {}

/**
 * Fields every entity may carry to say where its facts come from.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Sourced extends DocumentOf<z.ZodObject<typeof sourcedShape>> {}

/**
 * A sector of education, such as `po`, `vo`, `mbo` or `ho`.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Sector extends DocumentOf<typeof sectorSchema> {}

/**
 * A region in the one region tree; the root is the national level.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Region extends DocumentOf<typeof regionSchema> {}

/**
 * Whether a theme concerns the content of the profession or pay and working conditions.
 * @useDeclaredType
 * @category Model
 */
export type ThemeKind = DocumentOf<typeof themeKindSchema>;

/**
 * A policy subject; themes form a forest, and a child inherits its parent's kind.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Theme extends DocumentOf<typeof themeSchema> {}

/**
 * The kinds of organisation the library knows.
 * @useDeclaredType
 * @category Model
 */
export type OrganisationKind = DocumentOf<typeof organisationKindSchema>;

/**
 * A membership figure and the day it holds on.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Members extends DocumentOf<typeof membersSchema> {}

/**
 * An organisation's membership: one figure, which holds on every day, or a series of
 * figures sorted by `asOf`, each holding from its day until the next (before the first,
 * unknown). Read it with `membersOn`.
 * @useDeclaredType
 * @category Model
 */
export type Membership = Members | readonly Members[];

/**
 * People who belong to two organisations at once, as a source counts them; the reach
 * counts them once.
 * @example
 * ```ts
 * const shared: MembershipOverlap = { organisations: ["fvov", "vvvo"], members: 1200, asOf: "2024-01-01", source: "survey" };
 * ```
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface MembershipOverlap extends DocumentOf<typeof overlapSchema> {}

/**
 * An organisation that can hold mandates: a union, an association, a body ...
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Organisation extends DocumentOf<typeof organisationSchema> {}

/**
 * What a mandate covers: themes (or all), regions (with their descendants), sectors (or all).
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Scope extends DocumentOf<typeof scopeSchema> {}

/**
 * Who granted a mandate.
 * @useDeclaredType
 * @category Model
 */
export type Grant = DocumentOf<typeof grantSchema>;

/**
 * The kind of a {@link Grant}.
 * @useDeclaredType
 * @category Model
 */
export type GrantKind = DocumentOf<typeof grantKindSchema>;

/**
 * Whether a mandate claims the lead or a seat in the delegation.
 * @useDeclaredType
 * @category Model
 */
export type Role = DocumentOf<typeof roleSchema>;

/**
 * A recorded authority to represent on a scope for a half-open period `[validFrom, validUntil)`.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Mandate extends DocumentOf<typeof mandateSchema> {}

/**
 * Facts about the teacher population.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Population extends DocumentOf<typeof populationSchema> {}

/**
 * Where cells no agreement mandate covers go under the coordination model.
 * @useDeclaredType
 * @category Model
 */
export type Fallback = DocumentOf<typeof fallbackSchema>;

/**
 * The signed agreement of the coordination model.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Agreement extends DocumentOf<typeof agreementSchema> {}

/**
 * Model 1: the parties agree among themselves who represents where.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface CoordinationModel extends DocumentOf<typeof coordinationModelSchema> {}

/**
 * Board seats held by one member organisation.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface BoardSeat extends DocumentOf<typeof boardSeatSchema> {}

/**
 * An OC 2.0 body's board: seats per member organisation and seats for teachers.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Board extends DocumentOf<typeof boardSchema> {}

/**
 * An OC 2.0 body's assembly: whether teachers who belong to no organisation take part.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Assembly extends DocumentOf<typeof assemblySchema> {}

/**
 * An OC 2.0 body's safeguards: whether its register of teachers is mandatory.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Safeguards extends DocumentOf<typeof safeguardsSchema> {}

/**
 * A regional chapter of an OC 2.0 body.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Chapter extends DocumentOf<typeof chapterSchema> {}

/**
 * How an OC 2.0 body is paid for.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Funding extends DocumentOf<typeof fundingSchema> {}

/**
 * One period of money on a scenario, for any model: who pays, what kind, from when until when,
 * how much a year and how many FTEs where known, and what it pays for.
 * @example
 * ```ts
 * const budget: FundingPeriod = { id: "f1", by: "OCW", kind: "project", from: "2025-09-01", until: "2027-09-01", fte: 4, for: "exploration" };
 * ```
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface FundingPeriod extends DocumentOf<typeof fundingPeriodSchema> {}

/**
 * The kind of money a funding period is.
 * @example
 * ```ts
 * const kind: FundingKind = "structural";
 * ```
 * @useDeclaredType
 * @category Model
 */
export type FundingKind = DocumentOf<typeof fundingKindSchema>;

/**
 * Model 2: a new umbrella body holds the professional representation.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Oc2Model extends DocumentOf<typeof oc2ModelSchema> {}

/**
 * A period of whole calendar units, as date-fns `add` takes it.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Period extends DocumentOf<typeof periodSchema> {}

/**
 * The condition of an alternative rule; a field left out matches everything.
 * @category Model
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface RuleCondition extends DocumentOf<typeof ruleConditionSchema> {}

/**
 * What an alternative rule decides for the cells it matches.
 * @useDeclaredType
 * @category Model
 */
export type RuleAction = DocumentOf<typeof ruleActionSchema>;

/**
 * One rule of an alternative model.
 *
 * An interface rather than the schema's output so that the API docs name
 * {@link RuleCondition} and {@link RuleAction}; a type test holds it equal to `ruleSchema`.
 * @category Model
 */
export interface Rule {
  readonly id: string;
  /** The cells the rule applies to; left out, every cell. */
  readonly when?: RuleCondition;
  readonly then: RuleAction;
}

/**
 * Model 3: any other model, written as ordered rules.
 *
 * An interface (held equal to `alternativeModelSchema` by a type test) so that the docs name {@link Rule}.
 * @category Model
 */
export interface AlternativeModel extends Sourced {
  readonly kind: "alternative";
  readonly name: string;
  readonly description?: string;
  readonly rules: readonly Rule[];
}

/**
 * The governance model in force, discriminated on `kind`.
 *
 * The union of the three named models (a type test holds it equal to `governanceModelSchema`).
 * @category Model
 */
export type GovernanceModel = CoordinationModel | Oc2Model | AlternativeModel;

/**
 * A scenario the library made: checked whole and deeply frozen, from {@link parseScenario},
 * {@link safeParseScenario}, `applyChange` or a history. Every function that takes a
 * scenario takes this type, and refuses at run time any value the library did not make
 * (code `not_parsed`). It is a {@link ScenarioDocument} with a mark the compiler alone sees,
 * so that a document written by hand, read from JSON or copied does not type-check where a
 * parsed scenario is asked for; there is no such property at run time.
 *
 * @example
 * ```ts
 * const parsed: Scenario = parseScenario(text); // checked, frozen, trusted
 * const doc: ScenarioDocument = parsed; // every scenario is a document
 * ```
 * @category Model
 */
export interface Scenario extends ScenarioDocument {
  /** Set by the compiler's reading only: a scenario the library made. Absent at run time. */
  readonly [parsedScenario]: true;
}

/** The key of the compile-time mark of a {@link Scenario}; it exists in the types alone. */
declare const parsedScenario: unique symbol;

/**
 * One whole world, as a JSON document holds it: organisations, themes, regions, sectors,
 * mandates and the model in force. Pass it to {@link parseScenario} to get a
 * {@link Scenario}.
 *
 * An interface rather than the schema's output: derived, the docs would spell every
 * entity out inline in one unreadable type. A type test holds it equal to `scenarioSchema`.
 * @example
 * ```ts
 * const doc: ScenarioDocument = JSON.parse(text);
 * resolve(parseScenario(doc), { theme: "curriculum", region: "noord", on: "2025-06-01" }); // resolve(doc, ...) would not compile
 * ```
 * @category Model
 */
export interface ScenarioDocument {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** The sources that entities refer to by id. */
  readonly sources?: readonly Source[];
  readonly sectors: readonly Sector[];
  readonly regions: readonly Region[];
  readonly themes: readonly Theme[];
  readonly organisations: readonly Organisation[];
  readonly mandates: readonly Mandate[];
  readonly population?: Population;
  /** Money for the model's work, for organisations, for the exploration or for a programme, period by period. */
  readonly funding?: readonly FundingPeriod[];
  /** Members shared by two organisations, as far as sources count them; the reach counts them once. */
  readonly overlaps?: readonly MembershipOverlap[];
  readonly model: GovernanceModel;
}
