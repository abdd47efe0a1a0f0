/**
 * The scenario document as typed, deeply readonly values.
 *
 * These interfaces mirror the zod schemas in `./schema/`; a type test keeps
 * the two in step. A parsed {@link Scenario} is deeply frozen at run time too.
 *
 * @module
 */

/** A calendar day written `YYYY-MM-DD`, with no time of day and no time zone. */
export type IsoDate = string;

/** A public source that facts in a scenario rest on. @category Model */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  /** Who published it, e.g. `AOb` or `Tweede Kamer`. */
  readonly publisher?: string;
  /** The day it was published, when known. */
  readonly date?: IsoDate;
  readonly note?: string;
}

/** Fields every entity may carry to say where its facts come from. @category Model */
export interface Sourced {
  /** Ids of {@link Source}s in the scenario's `sources` list. */
  readonly sources?: readonly string[];
  /** A remark, e.g. where one source corrects another. */
  readonly note?: string;
}

/** A sector of education, such as `po`, `vo`, `mbo` or `ho`. @category Model */
export interface Sector extends Sourced {
  readonly id: string;
  readonly name: string;
}

/** A region in the one region tree; the root is the national level. @category Model */
export interface Region extends Sourced {
  readonly id: string;
  readonly name: string;
  /** Free text: `national`, `region`, `province` ... */
  readonly level: string;
  /** The enclosing region; absent only at the root. */
  readonly parent?: string;
}

/** Whether a theme concerns the content of the profession or pay and working conditions. @category Model */
export type ThemeKind = "professional" | "labour";

/** A policy subject; themes form a forest, and a child inherits its parent's kind. @category Model */
export interface Theme extends Sourced {
  readonly id: string;
  readonly name: string;
  /** Required at every root; a child without one inherits its parent's. */
  readonly kind?: ThemeKind;
  readonly parent?: string;
}

/** The kinds of organisation the library knows. @category Model */
export type OrganisationKind =
  | "union"
  | "professional-association"
  | "federation"
  | "subject-platform"
  | "umbrella"
  | "learning-community"
  | "cooperative"
  | "other";

/** A membership figure and the day it holds on. @category Model */
export interface Members {
  readonly total: number;
  readonly asOf: IsoDate;
  /** Members per sector id; a sector left out falls back to `total` where a figure is needed. */
  readonly bySector?: Readonly<Record<string, number>>;
}

/** An organisation that can hold mandates: a union, an association, a body ... @category Model */
export interface Organisation extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly kind: OrganisationKind;
  /** The sector ids it serves. */
  readonly sectors: readonly string[];
  readonly members?: Members;
  /** Federations this organisation belongs to (organisation ids). */
  readonly memberOf?: readonly string[];
  /** First day it exists. */
  readonly founded?: IsoDate;
  /** First day it no longer exists: it holds nothing from this day on. */
  readonly dissolved?: IsoDate;
}

/** What a mandate covers: themes (or all), regions (with their descendants), sectors (or all). @category Model */
export interface Scope {
  readonly themes: readonly string[] | "all";
  readonly regions: readonly string[];
  readonly sectors: readonly string[] | "all";
}

/** Who granted a mandate. @category Model */
export type Grant =
  | { readonly by: "agreement"; readonly agreement: string }
  | { readonly by: "statute" }
  | { readonly by: "delegation"; readonly from: string }
  | { readonly by: "authority"; readonly authority: string };

/** The kind of a {@link Grant}. @category Model */
export type GrantKind = Grant["by"];

/** Whether a mandate claims the lead or a seat in the delegation. @category Model */
export type Role = "lead" | "member";

/** A recorded authority to represent on a scope for a half-open period `[validFrom, validUntil)`. @category Model */
export interface Mandate extends Sourced {
  readonly id: string;
  readonly holder: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly validFrom: IsoDate;
  /** First day the mandate is no longer in force; absent means open-ended. */
  readonly validUntil?: IsoDate;
  readonly grant: Grant;
}

/** Facts about the teacher population. @category Model */
export interface Population extends Sourced {
  readonly teachers: number;
  readonly asOf: IsoDate;
  /** Teachers per sector id. */
  readonly bySector?: Readonly<Record<string, number>>;
  /** Teachers who belong to no organisation, when known. */
  readonly unorganised?: number;
}

/** Where cells no agreement mandate covers go under the coordination model. @category Model */
export type Fallback = "none" | "largest-membership" | "joint";

/** The signed agreement of the coordination model. @category Model */
export interface Agreement {
  readonly id: string;
  readonly signedOn: IsoDate;
  readonly signatories: readonly string[];
  /** First day the agreement is no longer in force; absent means open-ended. */
  readonly validUntil?: IsoDate;
}

/** Model 1: the parties agree among themselves who represents where. @category Model */
export interface CoordinationModel extends Sourced {
  readonly kind: "coordination";
  readonly parties: readonly string[];
  readonly agreement: Agreement;
  readonly fallback: Fallback;
}

/** Board seats held by one member organisation. @category Model */
export interface BoardSeat {
  readonly organisation: string;
  readonly seats: number;
}

/** A regional chapter of an OC 2.0 body. @category Model */
export interface Chapter {
  readonly region: string;
  readonly organisation: string;
}

/** How an OC 2.0 body is paid for. @category Model */
export interface Funding {
  /** True for structural funding, false for one-off (start) funding. */
  readonly structural: boolean;
  readonly annualBudgetEur?: number;
  readonly fte?: number;
  /** First day the funding stops; absent means open-ended. */
  readonly until?: IsoDate;
  /** Who pays, e.g. `government` or `members`. */
  readonly source?: string;
}

/** Model 2: a new umbrella body holds the professional representation. @category Model */
export interface Oc2Model extends Sourced {
  readonly kind: "oc2";
  readonly body: string;
  readonly established: IsoDate;
  readonly board?: {
    readonly seats: readonly BoardSeat[];
    readonly teacherSeats?: number;
  };
  readonly assembly?: {
    readonly openToUnorganised: boolean;
    /** Delegates each member organisation sends, when the assembly is one of organisations. */
    readonly delegatesPerOrganisation?: number;
  };
  readonly advisoryCouncil?: {
    readonly seats: number;
    /** How seats are shared out, e.g. `membership`. */
    readonly allocation?: string;
  };
  readonly chapters?: readonly Chapter[];
  readonly safeguards?: {
    readonly mandatoryRegister: boolean;
  };
  readonly funding?: Funding;
}

/** A period of whole calendar units, as date-fns `add` takes it. @category Model */
export interface Period {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

/** The condition of an alternative rule; a field left out matches everything. @category Model */
export interface RuleCondition {
  readonly themes?: readonly string[];
  readonly regions?: readonly string[];
  readonly sectors?: readonly string[];
  readonly themeKind?: ThemeKind;
}

/** What an alternative rule decides for the cells it matches. @category Model */
export type RuleAction =
  | { readonly assign: { readonly lead: string; readonly members?: readonly string[] } }
  | { readonly largestMembership: { readonly among: readonly string[] | "all"; readonly joint?: boolean } }
  | {
      readonly rotate: {
        readonly among: readonly string[];
        readonly every: Period;
        readonly startingOn: IsoDate;
      };
    }
  | { readonly mandates: { readonly grants?: readonly GrantKind[] } }
  | { readonly unrepresented: { readonly reason: string } };

/** One rule of an alternative model. @category Model */
export interface Rule {
  readonly id: string;
  readonly when?: RuleCondition;
  readonly then: RuleAction;
}

/** Model 3: any other model, written as ordered rules. @category Model */
export interface AlternativeModel extends Sourced {
  readonly kind: "alternative";
  readonly name: string;
  readonly description?: string;
  readonly rules: readonly Rule[];
}

/** The governance model in force, discriminated on `kind`. @category Model */
export type GovernanceModel = CoordinationModel | Oc2Model | AlternativeModel;

/** One whole world: organisations, themes, regions, sectors, mandates and the model in force. @category Model */
export interface Scenario {
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
  readonly model: GovernanceModel;
}
