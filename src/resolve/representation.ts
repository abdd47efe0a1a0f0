import type { Claim, Exclusion } from "../governance/claim.js";
import type { GovernanceModel, IsoDate } from "../model/types.js";

/** The three answers a cell can have. @category Resolution */
export type Status = "represented" | "contested" | "unrepresented";

/**
 * What happened to one claim in resolution. Each outcome holds the data an
 * explanation needs, so `explain` never resolves again.
 * @category Resolution
 */
export type Outcome =
  /** The claim decided the cell. */
  | { readonly kind: "won" }
  /** A member claim whose holder joined the delegation. */
  | { readonly kind: "joined" }
  /** A member claim with no delegation to join (the cell is not represented), or whose holder already leads. */
  | { readonly kind: "unused"; readonly because: "no-delegation" | "already-lead" }
  /** One of several claims that nothing could separate: the cell is contested. */
  | { readonly kind: "tied"; readonly with: readonly string[] }
  /** Beaten by a claim in a higher tier of the model. */
  | { readonly kind: "lower-tier"; readonly tier: number; readonly winningTier: number }
  /** Beaten by a claim that is strictly more specific at this cell. */
  | { readonly kind: "less-specific"; readonly than: string }
  /** Beaten by a claim that the model ranks first (the alternative model's earlier rule). */
  | { readonly kind: "later-in-order"; readonly than: string }
  /** The claim's validity does not include the day. */
  | { readonly kind: "not-in-force"; readonly validFrom?: IsoDate; readonly validUntil?: IsoDate }
  /**
   * The holder does not exist on the day: not yet founded, or dissolved. For a coalition none
   * of whose holders exists, `holders` lists each of them, and the other fields are the first's.
   */
  | {
      readonly kind: "holder-absent";
      readonly holder: string;
      readonly founded?: IsoDate;
      readonly dissolved?: IsoDate;
      readonly holders?: readonly HolderAbsence[];
    }
  /** The model set the claim aside: not legitimate under it, or not active on the day. */
  | Exclusion;

/**
 * An organisation that does not exist on the day, with the dates that say why.
 * @example
 * ```ts
 * const gone: HolderAbsence = { holder: "lc", founded: "2019-01-01", dissolved: "2023-06-28" };
 * ```
 * @category Resolution
 */
export interface HolderAbsence {
  readonly holder: string;
  readonly founded?: IsoDate;
  readonly dissolved?: IsoDate;
}

/** One claim that was considered, and what became of it. @category Resolution */
export interface BasisStep {
  readonly claim: Claim;
  readonly outcome: Outcome;
  /** A coalition's holders that do not exist on the day: the claim stands for the others. */
  readonly dropped?: readonly HolderAbsence[];
  /** Set on claims weighed inside a deferring claim (the alternative model's `mandates` action): that claim's id. */
  readonly via?: string;
}

/**
 * The answer for one cell: its status, lead and delegation, and the basis
 * that says why.
 * @category Resolution
 */
export interface Representation {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly on: IsoDate;
  /** The governance model that produced the claims. */
  readonly model: GovernanceModel["kind"];
  readonly status: Status;
  /**
   * Who speaks for the represented cell: its single lead, else the leading coalition's
   * spokesperson, else null (a coalition without one is still represented). Null unless represented.
   */
  readonly lead: string | null;
  /**
   * The organisations that lead: `[lead]` for one; for a coalition its members on the day,
   * spokesperson first, then by id. Empty unless represented.
   */
  readonly leads: readonly string[];
  /** `leads` in that order, then the members sorted by id, without repeats; empty unless represented. */
  readonly delegation: readonly string[];
  /** Every organisation of a contending party, sorted by id, when contested; otherwise empty. */
  readonly contenders: readonly string[];
  /**
   * The contending parties when contested, otherwise empty: each party's ids sorted (one
   * organisation, or a coalition), the parties ordered by their ids joined with commas.
   */
  readonly contendingParties: readonly (readonly string[])[];
  /**
   * Every claim considered, once each, and why it won or lost: in the order the model
   * made them (mandates by id), with the claims weighed inside a deferring claim right after it.
   */
  readonly basis: readonly BasisStep[];
  /** When a decision left the cell unrepresented: the reason it gave. */
  readonly reason?: string;
}
