/** A group of identical ranked ballots, in candidate positions. */
export interface RankedGroup {
  readonly weight: number;
  /** The listed places, best first; each a list of candidate positions. */
  readonly levels: readonly (readonly number[])[];
  /** Each candidate's place; candidates left off share the place `levels.length`. */
  readonly levelOf: Int32Array;
}

/** A group of identical approval ballots. */
export interface ApprovalGroup {
  readonly weight: number;
  readonly approved: Uint8Array;
}

/** A group of identical score or grade ballots; missing candidates hold 0. */
export interface ValueGroup {
  readonly weight: number;
  readonly values: Float64Array;
}

/** The ballots of an election, checked and grouped, in a canonical order that does not depend on the ballot order. */
export interface Profile {
  readonly candidates: readonly string[];
  readonly voters: number;
  readonly blank: number;
  readonly distinct: number;
  readonly ranked: readonly RankedGroup[];
  readonly approvals: readonly ApprovalGroup[];
  readonly values: readonly ValueGroup[];
}
