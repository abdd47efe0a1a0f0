import type { FundingRecord } from "../governance/model-rules.js";
import type { Chapter, Funding, GovernanceModel, IsoDate } from "../model/types.js";
import type { FundingInForce } from "./funding.js";
import type { TeachersReached, Unseparated } from "./reach.js";

/** How serious a finding is: `high` for a lesson that sank an earlier body. @category Analysis */
export type Severity = "high" | "medium" | "low";

/** The ids of the pitfalls, in the order {@link findPitfalls} reports them. @category Analysis */
export type PitfallId =
  | "mandatory-register"
  | "distance-to-teachers"
  | "insufficient-members"
  | "fragile-funding"
  | "unorganised-excluded"
  | "coverage-gaps"
  | "contested-cells";

/** One cell, without its day. @category Analysis */
export interface CellRef {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
}

/** The say teachers have in the model themselves, not through an organisation. @category Analysis */
export interface TeacherVoice {
  /** Board seats for teachers elected directly; null when the model has no board (coordination, alternative). */
  readonly teacherSeats: number | null;
  /** Whether the assembly is open to unorganised teachers; null when the model has no assembly. */
  readonly assemblyOpenToUnorganised: boolean | null;
  /** Learning communities (organisations of that kind) that sit in a delegation on the day, sorted by id. */
  readonly learningCommunities: readonly string[];
}

/** Evidence of `mandatory-register`: the field that makes the register mandatory. @category Analysis */
export interface MandatoryRegisterEvidence {
  readonly field: "model.safeguards.mandatoryRegister";
  readonly mandatoryRegister: true;
  readonly body: string;
}

/** Evidence of `distance-to-teachers`: the three kinds of closeness, each absent. @category Analysis */
export interface DistanceEvidence extends TeacherVoice {
  readonly model: GovernanceModel["kind"];
  /** The OC 2.0 chapters whose organisation exists on the day (always empty for other models). */
  readonly chapters: readonly Chapter[];
  /** Represented cells whose winning claim is scoped below the national level. */
  readonly regionalCells: number;
  readonly cells: number;
  readonly minRegionalCells: number;
  readonly minTeacherSeats: number;
}

/** Evidence of `insufficient-members`: the reach against the thresholds. @category Analysis */
export interface InsufficientMembersEvidence {
  /** Whose delegations were counted: the cells on professional themes, or every cell when there are none. */
  readonly themes: "professional" | "all";
  /** The number of cells whose delegations were counted. */
  readonly cells: number;
  /** The members those delegations reach (member figures, federations once; see `Reach.members`). */
  readonly reached: number;
  /** `population.teachers`, or null when the scenario has no population. */
  readonly teachers: number | null;
  /** The teachers those delegations reach, each once, as a range (see `Reach.teachersReached`). */
  readonly teachersReached: TeachersReached;
  /**
   * The number held against the thresholds: the most teachers the counted figures allow
   * (the upper bound, leaving out organisations without any figure, which are in `unknown`).
   * The finding fires only when even this generous count falls short.
   */
  readonly judged: number;
  /** `judged / teachers`; null without a population or with a population of 0. */
  readonly share: number | null;
  /** What the count of teachers could not separate: organisations without a teacher figure, and groups that may share members (see `Reach.unseparated`). */
  readonly unseparated: Unseparated;
  /** Which thresholds the judged count falls below. */
  readonly below: readonly ("minMemberShare" | "minMembers")[];
  readonly minMemberShare: number;
  readonly minMembers: number;
  /** The organisations whose figures were counted, sorted by id. */
  readonly counted: readonly string[];
  /** Organisations reached without any figure to count (see `Reach.unknown`); when there are any, the reach may be understated. */
  readonly unknown: readonly string[];
}

/** Why funding is fragile. @category Analysis */
export type FundingReason =
  /** The model needs money (an OC 2.0 body) and none is recorded. */
  | "no-funding"
  /** No structural money in force, and one-off (start) money among it. */
  | "one-off"
  /** No structural money in force, and project money among it. */
  | "project"
  /** Every period recorded stopped on or before the day. */
  | "ended"
  /** None of the periods recorded has started on the day. */
  | "not-started"
  /** The funding stops within the horizon. */
  | "ending"
  /** A total amount a year in force of 0, every part recorded. */
  | "no-budget"
  /** A total amount a year in force below the minimum, every part recorded. */
  | "low-budget"
  /** A total FTE in force of 0, every part recorded. */
  | "no-fte"
  /** A total FTE in force below the minimum, every part recorded. */
  | "low-fte";

/** Evidence of `fragile-funding`: the funding record and what is wrong with it. @category Analysis */
export interface FragileFundingEvidence {
  /** What the model needs funded: the OC 2.0 body's id, or null for the parties' joint work under the other models. */
  readonly body: string | null;
  /** The OC 2.0 body's `funding` field as written, or null when there is none. */
  readonly funding: Funding | null;
  /** Every period that pays for the model's work, in force or not: the body's field first (id `model.funding`), then the scenario's. */
  readonly periods: readonly FundingRecord[];
  /** The money in force on the day (when every period has ended: on the last day there was any), with the periods whose figures are unknown. */
  readonly inForce: FundingInForce;
  /** The first day with no money, following periods that take over; null when open-ended or none is in force. */
  readonly endsOn: IsoDate | null;
  /** With `ended`: the last end among the periods. */
  readonly endedOn: IsoDate | null;
  /** With `not-started`: the first start among the periods. */
  readonly startsOn: IsoDate | null;
  readonly reasons: readonly FundingReason[];
  /** Funding that stops before this day counts as ending. */
  readonly horizon: IsoDate;
  readonly minAnnualBudgetEur: number;
  readonly minFte: number;
}

/** Evidence of `unorganised-excluded`: what say unorganised teachers lack, and how many they are. @category Analysis */
export interface UnorganisedExcludedEvidence extends TeacherVoice {
  readonly model: GovernanceModel["kind"];
  /** How teachers could be heard under the model: through the parties to an agreement, through rules naming organisations, or through a body's organs (its board and assembly). */
  readonly route: "parties" | "rules" | "organs";
  /** `population.unorganised`, when known. */
  readonly unorganised: number | null;
  readonly teachers: number | null;
  readonly minTeacherSeats: number;
}

/** Evidence of `coverage-gaps`: the unrepresented cells. @category Analysis */
export interface CoverageGapsEvidence {
  readonly unrepresented: number;
  readonly cells: number;
  readonly share: number;
  readonly maxUnrepresentedShare: number;
  /** Every unrepresented cell, in the matrix's order. */
  readonly gaps: readonly CellRef[];
}

/** Evidence of `contested-cells`: the contested cells, their contenders and their contending parties. @category Analysis */
export interface ContestedCellsEvidence {
  readonly contested: number;
  readonly cells: number;
  readonly share: number;
  readonly maxContestedShare: number;
  /**
   * Every contested cell, in the matrix's order: every organisation of a contending party
   * (`contenders`, sorted), and the parties themselves, each one organisation or a coalition.
   */
  readonly conflicts: readonly (CellRef & { readonly contenders: readonly string[]; readonly parties: readonly (readonly string[])[] })[];
}

/** A finding of one kind: its id, severity, message and evidence. @category Analysis */
export interface FindingOf<Id extends PitfallId, Evidence> {
  readonly id: Id;
  readonly severity: Severity;
  /** The finding in a sentence, in the language asked for (English by default), written from its evidence. */
  readonly message: string;
  /** The fields and figures that triggered the finding. */
  readonly evidence: Evidence;
}

/** A lesson of history that a scenario repeats, discriminated on `id`. @category Analysis */
export type Finding =
  | FindingOf<"mandatory-register", MandatoryRegisterEvidence>
  | FindingOf<"distance-to-teachers", DistanceEvidence>
  | FindingOf<"insufficient-members", InsufficientMembersEvidence>
  | FindingOf<"fragile-funding", FragileFundingEvidence>
  | FindingOf<"unorganised-excluded", UnorganisedExcludedEvidence>
  | FindingOf<"coverage-gaps", CoverageGapsEvidence>
  | FindingOf<"contested-cells", ContestedCellsEvidence>;

/** A finding as the checks make it, before its message is written in a language. */
export type FindingFact = { [Id in PitfallId]: Omit<Extract<Finding, { readonly id: Id }>, "message"> }[PitfallId];

/**
 * Every pitfall id, in the order findings are reported.
 * @example
 * ```ts
 * PITFALL_IDS[0]; // => "mandatory-register"
 * ```
 * @category Analysis
 */
export const PITFALL_IDS: readonly PitfallId[] = Object.freeze([
  "mandatory-register",
  "distance-to-teachers",
  "insufficient-members",
  "fragile-funding",
  "unorganised-excluded",
  "coverage-gaps",
  "contested-cells",
]);
