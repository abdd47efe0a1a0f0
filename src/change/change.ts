/**
 * The named operations that change a scenario, one type per operation,
 * discriminated on `type`. An operation made of plain fields is derived from
 * its zod schema in `./change-schema.ts`; one that carries a scenario entity
 * (an organisation, a mandate, a rule, a model ...) is written out so that the
 * API docs name that entity's type, and `test/change/change-types.test-d.ts`
 * holds it equal to its schema.
 *
 * @module
 */
import type { DocumentOf } from "../model/document-type.js";
import type { GovernanceModel, IsoDate, Mandate, Organisation, Region, Rule, Sector, Theme } from "../model/types.js";
import type {
  addChapterSchema,
  addFundingSchema,
  delegateSchema,
  dissolveOrganisationSchema,
  endAgreementSchema,
  endFundingSchema,
  removeRuleSchema,
  revokeMandateSchema,
  addCoalitionMemberSchema,
  removeCoalitionMemberSchema,
  setSpokespersonSchema,
  signAgreementSchema,
} from "./change-schema.js";

/** Adds an organisation; adding one that is already there unchanged alters nothing. @category Change */
export interface AddOrganisation {
  readonly type: "add-organisation";
  readonly organisation: Organisation;
}

/** The optional fields of an organisation that `update-organisation` can remove. @category Change */
export type OrganisationOptionalField = "shortName" | "members" | "memberOf" | "founded" | "dissolved" | "sources" | "note";

/** Sets fields of an organisation (its id excepted) and removes optional ones. @category Change */
export interface UpdateOrganisation {
  readonly type: "update-organisation";
  readonly id: string;
  /** New values; a field left out keeps its value. */
  readonly set?: Partial<Omit<Organisation, "id">>;
  /** Optional fields to remove. */
  readonly unset?: readonly OrganisationOptionalField[];
}

/**
 * Dissolves an organisation from a day on; it holds nothing from then on, and nothing is deleted.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface DissolveOrganisation extends DocumentOf<typeof dissolveOrganisationSchema> {}

/**
 * Merges organisations into a successor from a day on: the merging ones are
 * dissolved, the successor is added (or, given by id, already exists), takes a
 * copy of every mandate they hold on or after that day, and takes their place
 * among the parties and signatories of a coordination agreement.
 * @category Change
 */
export interface MergeOrganisations {
  readonly type: "merge-organisations";
  /** The organisations that merge; each is dissolved on `on`. */
  readonly ids: readonly string[];
  /** A new organisation, or the id of an existing one that absorbs the others. */
  readonly into: Organisation | string;
  /** The first day of the merged organisation. */
  readonly on: IsoDate;
}

/** Adds a theme to the theme forest. @category Change */
export interface AddTheme {
  readonly type: "add-theme";
  readonly theme: Theme;
}

/** Adds a region under an existing one (the region tree keeps exactly one root). @category Change */
export interface AddRegion {
  readonly type: "add-region";
  readonly region: Region;
}

/** Adds a sector. @category Change */
export interface AddSector {
  readonly type: "add-sector";
  readonly sector: Sector;
}

/** Grants a mandate. @category Change */
export interface GrantMandate {
  readonly type: "grant-mandate";
  readonly mandate: Mandate;
}

/** The optional fields of a mandate that `amend-mandate` can remove. @category Change */
export type MandateOptionalField = "validUntil" | "sources" | "note";

/** Sets fields of a mandate (its id excepted) and removes optional ones. @category Change */
export interface AmendMandate {
  readonly type: "amend-mandate";
  readonly id: string;
  /** New values; a field left out keeps its value. */
  readonly set?: Partial<Omit<Mandate, "id">>;
  /** Optional fields to remove (removing `validUntil` makes the mandate open-ended). */
  readonly unset?: readonly MandateOptionalField[];
}

/**
 * Ends a mandate's validity on a day (the first day it is no longer in force); the mandate itself stays on record.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface RevokeMandate extends DocumentOf<typeof revokeMandateSchema> {}

/**
 * An organisation joins the coalition that holds a mandate; a single holder's mandate becomes
 * a coalition of the two. Refused when the organisation already holds the mandate.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface AddCoalitionMember extends DocumentOf<typeof addCoalitionMemberSchema> {}

/**
 * An organisation leaves the coalition that holds a mandate; a coalition left with one
 * organisation becomes that organisation's mandate, and a spokesperson who leaves leaves none.
 * Refused when the organisation does not hold the mandate, or is its only holder.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface RemoveCoalitionMember extends DocumentOf<typeof removeCoalitionMemberSchema> {}

/**
 * Names the spokesperson (penvoerder) of the coalition that holds a mandate, or, with no
 * `organisation`, leaves it without one. Refused for a single holder's mandate, or an
 * organisation outside the coalition.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface SetSpokesperson extends DocumentOf<typeof setSpokespersonSchema> {}

/**
 * An organisation signs the coordination agreement on a day, and joins the
 * parties if it was not one yet. When its signature completes the agreement, the
 * agreement is in force from the later of `signedOn` and this day.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface SignAgreement extends DocumentOf<typeof signAgreementSchema> {}

/**
 * Ends the coordination agreement on a day (its first day no longer in force).
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface EndAgreement extends DocumentOf<typeof endAgreementSchema> {}

/** Puts another governance model in force. @category Change */
export interface SetModel {
  readonly type: "set-model";
  readonly model: GovernanceModel;
}

/**
 * Adds a regional chapter to the OC 2.0 body.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface AddChapter extends DocumentOf<typeof addChapterSchema> {}

/**
 * The OC 2.0 body delegates a scope to an organisation: a mandate granted by
 * delegation from the body, the highest tier of that model.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface Delegate extends DocumentOf<typeof delegateSchema> {}

/** Adds a rule to the alternative model, at the end or at a position. @category Change */
export interface AddRule {
  readonly type: "add-rule";
  readonly rule: Rule;
  /** Where the rule goes in the ordered list (0 is first); the end when left out. */
  readonly at?: number;
}

/**
 * Removes a rule from the alternative model.
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface RemoveRule extends DocumentOf<typeof removeRuleSchema> {}

/**
 * Adds a funding period to the scenario, under any model: money for the model's work, for an
 * organisation, for the exploration or for a programme.
 * @example
 * ```ts
 * const change: AddFunding = { type: "add-funding", funding: { id: "f1", by: "OCW", kind: "structural", from: "2026-01-01", amountEurPerYear: 2_500_000 } };
 * ```
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface AddFunding extends DocumentOf<typeof addFundingSchema> {}

/**
 * Ends a funding period on a day (its first day no longer in force); the period stays on record.
 * Ending never lengthens a period: one that already ends on or before the day is left as it is.
 * @example
 * ```ts
 * const change: EndFunding = { type: "end-funding", id: "f1", on: "2027-01-01" };
 * ```
 * @category Change
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the schema's output, named so that the docs link it
export interface EndFunding extends DocumentOf<typeof endFundingSchema> {}

/**
 * One named step that changes a scenario, discriminated on `type`; changes can
 * arrive as JSON and are validated by {@link parseChange}.
 *
 * @example
 * ```ts
 * const change: Change = { type: "revoke-mandate", id: "m1", on: "2026-01-01" };
 * applyChange(scenario, change).scenario.mandates[0]?.validUntil; // => "2026-01-01"
 * ```
 * @category Change
 */
export type Change =
  | AddOrganisation
  | UpdateOrganisation
  | DissolveOrganisation
  | MergeOrganisations
  | AddTheme
  | AddRegion
  | AddSector
  | GrantMandate
  | AmendMandate
  | RevokeMandate
  | AddCoalitionMember
  | RemoveCoalitionMember
  | SetSpokesperson
  | SignAgreement
  | EndAgreement
  | SetModel
  | AddChapter
  | Delegate
  | AddRule
  | RemoveRule
  | AddFunding
  | EndFunding;

/** The `type` of a {@link Change}. @category Change */
export type ChangeType = Change["type"];
