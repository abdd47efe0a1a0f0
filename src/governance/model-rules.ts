import type { Draft } from "immer";
import type { z } from "zod";
import type { ModelMeaning } from "../model/check-meaning.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { AlternativeModel, Assembly, Board, CoordinationModel, FundingPeriod, IsoDate, Mandate, Oc2Model, Organisation, Safeguards } from "../model/types.js";
import type { Area } from "./area.js";
import type { Cell, Claim } from "./claim.js";

/**
 * An event that a model itself brings about (not a mandate or an organisation): the
 * same shapes as the matching members of the time layer's `ChangeEvent`.
 */
export type ModelEvent =
  | { readonly kind: "agreement-signed" | "agreement-ends"; readonly agreement: string }
  | { readonly kind: "body-established"; readonly body: string }
  | { readonly kind: "rotation-starts" | "rotation-turns"; readonly rule: string; readonly turn: number; readonly chair: string };

/** A model's event on a day, with the cells it can change. */
export interface ModelTimedEvent {
  readonly on: IsoDate;
  readonly event: ModelEvent;
  readonly areas: readonly Area[];
  /** Set when the event changes the basis but no answer (see the time layer's `TimedEvent`). */
  readonly basisOnly?: true;
  /** Set when the event changes nothing but who holds one claim (see the time layer's `TimedEvent`). */
  readonly newHolder?: NewHolder;
}

/**
 * The one thing an event changes: the holder of the claim with id `claim`, which the model
 * makes on the cells of the event's areas themselves (not inside a deferring claim), and
 * which keeps its role, tier, specificity, order, dates and exclusion. From the day of the
 * event `holder` holds it.
 */
export interface NewHolder {
  readonly claim: string;
  readonly holder: string;
}

/**
 * Where a model's answers can change over time, worked out once per question: the
 * time layer asks it for each mandate and organisation, then for the model's own events.
 */
export interface ModelTimeline {
  /** The cells where a mandate's dates can change an answer; none when the model never counts the mandate. */
  mandateAreas(mandate: Mandate): Area[];
  /** The cells where an organisation's existence matters through the model itself (not its mandates). */
  organisationAreas(organisation: Organisation): Area[];
  /** The model's own events in `[from, until)`, in any order. */
  events(from: IsoDate, until: IsoDate): ModelTimedEvent[];
  /**
   * The candidates of each largest-membership claim the model makes, with the cells it can
   * decide: the time layer asks it where a new membership figure or a change of sectors
   * served can change who is largest or eligible. Left out when the model makes none.
   */
  largestPools?(): readonly LargestPool[];
}

/** The candidates of a largest-membership claim and the cells it can decide. */
export interface LargestPool {
  readonly among: readonly string[] | "all";
  readonly area: Area;
}

/**
 * Which sentence says how teachers can get a say under the model: `parties` (the parties
 * to an agreement are organisations), `rules` (the rules name only organisations) or
 * `organs` (the body's seats and assembly, described by their figures).
 */
export type VoiceRoute = "parties" | "rules" | "organs";

/**
 * A funding period as the analysis reads it: a scenario's period, or a model's own funding
 * field read as one (its funder may be unrecorded).
 * @example
 * ```ts
 * const record: FundingRecord = { id: "model.funding", kind: "structural", from: "0001-01-01", for: "oc2" };
 * ```
 * @category Analysis
 */
export type FundingRecord = Omit<FundingPeriod, "by"> & { readonly by?: string };

/**
 * What a model needs funded. The scenario's periods with no `for`, or with `for` naming
 * `organisation`, pay for it, and so do the model's own `periods`.
 */
export interface FundedWork {
  /** The organisation whose money is the model's (the OC 2.0 body); absent, the parties' joint work, which only periods with no `for` pay for. */
  readonly organisation?: string;
  /** True when recording no money at all is itself a finding: a body cannot run without it. */
  readonly required: boolean;
  /** Funding the model's own fields record, read as periods. */
  readonly periods: readonly FundingRecord[];
}

/**
 * An OC 2.0 body as in force on one day: its board, assembly and safeguards read from
 * their dated lists (left out on a day no period covers), and which of them are dated.
 */
export interface BodyFacts extends Omit<Oc2Model, "kind" | "sources" | "note" | "board" | "assembly" | "safeguards"> {
  readonly board?: Board;
  readonly assembly?: Assembly;
  readonly safeguards?: Safeguards;
  /** The fields written as dated lists, so that a reader can say that periods exist; empty when none is. */
  readonly dated: readonly ("board" | "assembly" | "safeguards")[];
}

/**
 * What a model says about itself, as data: the structure renderer draws each part that is
 * present, the pitfalls and reach read them. A model fills in the parts it has.
 */
export interface ModelFacts {
  /** The agreement among parties, its signatories and its fallback. */
  readonly agreement?: Pick<CoordinationModel, "parties" | "agreement" | "fallback">;
  /** The body the model sets up, with its organs, chapters, safeguards and funding, as in force on the day asked for. */
  readonly body?: BodyFacts;
  /** The model's rules, in order. */
  readonly rules?: Pick<AlternativeModel, "name" | "description" | "rules">;
  /** How teachers can get a say. */
  readonly voice: VoiceRoute;
  /** What the model needs funded, and the funding its own fields record. */
  readonly funded: FundedWork;
}

/**
 * What resolving a cell and parsing a scenario need from a governance model: the schema
 * of its `model` field, the meaning checks it adds and its claims on a cell. Kept apart
 * from the rest of {@link GovernanceModelRules} so that an app that only resolves does
 * not ship what the time, analysis, report and change layers ask of a model. Methods are
 * declared as methods so that the rules of one kind stand in the table of every kind.
 */
export interface ModelClaimRules<M extends { readonly kind: string }> extends ModelMeaning<M> {
  readonly kind: M["kind"];
  /** The zod schema of the model's `model` field. */
  readonly schema: z.ZodType;
  /** True when a claim may defer to other claims (see `Claim.defer`), so that an answer can hang on claims inside it. */
  readonly defers: boolean;
  /** Every claim the model makes on the cell. */
  claims(index: ScenarioIndex, model: M, cell: Cell): Claim[];
}

/** What the layers above resolution ask of a model: when its answers change, what it says about itself, and how a merger changes it. */
export interface ModelLayerRules<M extends { readonly kind: string }> {
  /** Where its answers can change over time. */
  timeline(model: M): ModelTimeline;
  /**
   * What it says about itself on a day: facts written as dated lists are read on it.
   * Without a day, each dated fact is the one in force at its latest change.
   */
  facts(model: M, on?: IsoDate): ModelFacts;
  /** Organisations `merging` merge into `successor`: the model's own lists that named one of them name the successor too. */
  mergeOrganisations(model: M, draft: Draft<M>, merging: ReadonlySet<string>, successor: string): void;
}

/**
 * Everything the library knows about one governance model, behind one interface: the
 * schema of its `model` field, the meaning checks it adds, its claims on a cell, the
 * events on which its answers can change, what it says about itself, and what the
 * change layer needs. The layers above ask a model's rules (see `rulesOf`) and never
 * branch on its kind. Methods are declared as methods so that the rules of one kind
 * stand in the table of every kind.
 */
export interface GovernanceModelRules<M extends { readonly kind: string }> extends ModelClaimRules<M>, ModelLayerRules<M> {}

/**
 * A model's whole rules: its claim rules (what resolution and parsing need) with what
 * the other layers need. Call it with a pure annotation, so that a bundler drops the
 * whole rules where only the claim rules are used.
 */
export function withLayers<M extends { readonly kind: string }>(core: ModelClaimRules<M>, layers: ModelLayerRules<M>): GovernanceModelRules<M> {
  return { ...core, ...layers };
}

/** The id the OC 2.0 `funding` field takes when read as a funding period. */
export const LEGACY_FUNDING_ID = "model.funding";

/** What coordination and alternative models need funded: the parties' joint work, recorded (if at all) in the scenario's periods. */
export const JOINT_WORK: FundedWork = Object.freeze({ required: false, periods: Object.freeze([]) });
