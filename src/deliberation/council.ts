import type { RankingEntry } from "./election.js";
import type { TallyOptions } from "./tally-options.js";
import type { TallyResult } from "./tally-result.js";

/**
 * An option before the teachers' council: one of the governance scenarios, or an alternative proposed on the day.
 * @category Deliberation
 */
export type CouncilOption =
  | {
      readonly kind: "scenario";
      readonly id: string;
      readonly name: string;
      /** The id of the scenario this option stands for, when it differs from the option's id. */
      readonly scenario?: string;
      readonly description?: string;
    }
  | {
      readonly kind: "alternative";
      readonly id: string;
      readonly name: string;
      /** Who proposed it: a participant's id, or an organisation one of the participants belongs to. */
      readonly proposer: string;
      readonly description?: string;
    };

/**
 * A teacher taking part in the council.
 * @category Deliberation
 */
export interface Participant {
  readonly id: string;
  /** The organisation the teacher is a member of; `null` or left out for an unorganised teacher. */
  readonly organisation?: string | null;
  readonly sector?: string;
  readonly region?: string;
  /** The weight of this teacher's ballot; 1 by default (one teacher, one vote). Use it for delegates who speak for several. */
  readonly weight?: number;
}

/**
 * A participant's ballot, in the form the council's method needs; its weight is the participant's.
 * @category Deliberation
 */
export type CouncilBallot =
  | { readonly participant: string; readonly ranking: readonly RankingEntry[] }
  | { readonly participant: string; readonly approvals: readonly string[] }
  | { readonly participant: string; readonly scores: Readonly<Record<string, number>> }
  | { readonly participant: string; readonly grades: Readonly<Record<string, number>> };

/**
 * A part of the council: everyone, the organised or unorganised teachers, or those of one organisation, sector or region.
 * @category Deliberation
 */
export type GroupRef = "all" | "organised" | "unorganised" | { readonly organisation: string } | { readonly sector: string } | { readonly region: string };

/**
 * The kinds of group the council is broken down by.
 * @category Deliberation
 */
export type GroupKind = "all" | "organised" | "unorganised" | "organisation" | "sector" | "region";

/**
 * What the council asks of the outcome, in one group (`group`, everyone by default) or in every group of a kind (`per`).
 *
 * - `majority`: against every other option, more than `threshold` (0.5 by default) of the group's
 *   ballots that prefer one of the two prefer the winner (for several winners: each winner against every non-winner);
 * - `same-winner`: the group's own count elects the same winners;
 * - `turnout`: at least `min` (a share, 0 to 1) of the group's participants' weight voted;
 * - `voters`: at least `min` weight of ballots from the group.
 * @category Deliberation
 */
export type SupportRequirement =
  | { readonly kind: "majority"; readonly group?: GroupRef; readonly per?: "organisation" | "sector" | "region"; readonly threshold?: number }
  | { readonly kind: "same-winner"; readonly group?: GroupRef; readonly per?: "organisation" | "sector" | "region" }
  | { readonly kind: "turnout"; readonly group?: GroupRef; readonly per?: "organisation" | "sector" | "region"; readonly min: number }
  | { readonly kind: "voters"; readonly group?: GroupRef; readonly per?: "organisation" | "sector" | "region"; readonly min: number };

/**
 * A teachers' council (lerarenberaad): the options, who took part, their ballots, how they are counted and what support the outcome needs.
 * @category Deliberation
 */
export interface Council {
  readonly name?: string;
  readonly options: readonly CouncilOption[];
  readonly participants: readonly Participant[];
  readonly ballots: readonly CouncilBallot[];
  /** The counting method and its settings, as for {@link tally}. */
  readonly tally: TallyOptions;
  readonly requirements?: readonly SupportRequirement[];
}

/**
 * The council's count within one group.
 * @category Deliberation
 */
export interface CouncilGroup {
  /** `all`, `organised`, `unorganised`, or `organisation:ID`, `sector:ID`, `region:ID`. */
  readonly id: string;
  readonly kind: GroupKind;
  /** The organisation, sector or region id; null for the first three kinds. */
  readonly key: string | null;
  /** How many participants belong to the group. */
  readonly headcount: number;
  /** Their total weight. */
  readonly participants: number;
  /** The total weight of the group's ballots. */
  readonly voted: number;
  /** `voted / participants`, or null for a group without weight. */
  readonly turnout: number | null;
  /** The same count as the council's, on the group's ballots only. */
  readonly result: TallyResult;
}

/**
 * One requirement checked in one group.
 * @category Deliberation
 */
export interface RequirementCheck {
  readonly group: string;
  /** The share, turnout or weight measured; null when there is nothing to measure (no outcome, no participants). */
  readonly figure: number | null;
  readonly needed: number;
  readonly met: boolean;
  /** `majority`: the option the weakest contest was against. */
  readonly against?: string;
  /** `same-winner`: the group's own winners. */
  readonly winners?: readonly string[];
}

/**
 * One requirement and whether the outcome meets it in every group it covers.
 * @category Deliberation
 */
export interface RequirementResult {
  readonly requirement: SupportRequirement;
  /** True when there is at least one group to check and every check is met. */
  readonly met: boolean;
  readonly checks: readonly RequirementCheck[];
}

/**
 * What {@link deliberate} finds.
 * @category Deliberation
 */
export interface Deliberation {
  readonly overall: TallyResult;
  /** The same count per group: everyone, organised, unorganised, each organisation, sector and region. */
  readonly groups: readonly CouncilGroup[];
  readonly requirements: readonly RequirementResult[];
  /** True when the count has an outcome (winners, no tie) and every requirement is met. */
  readonly supported: boolean;
  /** The outcome and its support in a paragraph, in the language asked for (English by default). */
  readonly explanation: string;
}
