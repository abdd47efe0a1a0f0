import { compareIds } from "../internal/compare-ids.js";
import type { Grant, IsoDate } from "../model/types.js";

/**
 * One question: who represents the profession on this theme, in this region,
 * for this sector (or the profession as a whole when `sector` is null), on this day.
 * @category Resolution
 */
export interface Cell {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly on: IsoDate;
}

/**
 * How closely a claim fits the cell it is made on. Both theme and region depths
 * count along the chain of ancestors of the cell, so they compare as numbers.
 * @category Resolution
 */
export interface Specificity {
  /** Depth of the covering theme: 0 at a root theme; -1 for a theme-kind condition; -2 for every theme. */
  readonly theme: number;
  /** Depth of the covering region: 0 at the root. */
  readonly region: number;
  /** The sectors covered; `"all"` is the widest. */
  readonly sectors: readonly string[] | "all";
}

/**
 * Where a claim comes from. A coordination `fallback` names the party with most
 * members in the cell's sector (its `bySector` figure, else its total) among the
 * parties that exist on the day and serve the sector; a tie goes to the smallest
 * id, compared by UTF-16 code units, so the document's order never matters.
 * @category Resolution
 */
export type ClaimSource =
  | { readonly kind: "mandate"; readonly mandate: string; readonly grant: Grant }
  | { readonly kind: "fallback"; readonly mode: "largest-membership" | "joint"; readonly members: number }
  | { readonly kind: "chapter"; readonly region: string; readonly body: string }
  | { readonly kind: "body"; readonly body: string }
  | { readonly kind: "rule"; readonly rule: string; readonly action: RuleActionName; readonly detail?: RuleDetail };

/** The names of the alternative model's rule actions. @category Resolution */
export type RuleActionName = "assign" | "largestMembership" | "rotate" | "mandates" | "unrepresented";

/** What a rule's action worked out for the cell: the membership count or the rotation turn. @category Resolution */
export interface RuleDetail {
  /** Members counted for the chosen organisation (`largestMembership`). */
  readonly members?: number;
  /** Whole periods elapsed since the rotation started (`rotate`). */
  readonly turn?: number;
  /** The first day of the current rotation period. */
  readonly periodFrom?: IsoDate;
  /** The first day of the next rotation period. */
  readonly periodUntil?: IsoDate;
}

/**
 * Several organisations that lead (or take a seat) together, as equals: one party.
 * @example
 * ```ts
 * const coalition: Coalition = { holders: ["aob", "bvmbo", "fvov"], spokesperson: "aob" };
 * ```
 * @category Resolution
 */
export interface Coalition {
  /** Two or more distinct organisations, sorted by id (UTF-16 code units). */
  readonly holders: readonly string[];
  /** The one who speaks for them (the penvoerder), one of `holders`; absent when none is named. */
  readonly spokesperson?: string;
}

/** Why a model set a claim aside before resolution. @category Resolution */
export type Exclusion =
  | {
      readonly kind: "not-legitimate";
      readonly reason:
        | "not-granted-by-agreement"
        | "holder-not-a-party"
        /** A coalition's mandate under coordination counts only when every holder is a party. */
        | "coalition-holder-not-a-party"
        | "not-delegated-by-body"
        | "not-statutory"
        | "grant-kind-excluded";
    }
  | {
      readonly kind: "model-inactive";
      readonly reason:
        | "agreement-not-signed"
        | "agreement-not-yet-signed"
        | "agreement-ended"
        | "body-not-established"
        | "body-dissolved"
        | "rotation-not-started"
        /** A largest-membership choice found no candidate that exists on the day and serves the sector. */
        | "no-eligible-organisation";
      /** The day the model's activity starts or stopped, when there is one. */
      readonly since?: IsoDate;
    };

/**
 * A claim on a cell, produced by a governance model and judged by the one
 * resolution algorithm. Nothing in a claim is specific to a model.
 * @category Resolution
 */
export interface Claim {
  /** Unique among the claims on one cell, e.g. `mandate:m1` or `rule:r2`. */
  readonly id: string;
  /** A lead claim competes for the lead; a member claim asks a seat in whatever delegation wins. */
  readonly role: "lead" | "member";
  /**
   * The claiming organisation when one organisation claims; null for a coalition (see
   * `coalition`) and for a decision that the cell stays unrepresented.
   */
  readonly holder: string | null;
  /** Set when a coalition claims: its organisations are one party. `holder` is then null. */
  readonly coalition?: Coalition;
  /** Organisations that join the delegation only if this claim wins. */
  readonly members: readonly string[];
  /** The model's precedence layer; a higher tier beats a lower one. */
  readonly tier: number;
  readonly source: ClaimSource;
  readonly specificity: Specificity;
  readonly validFrom?: IsoDate;
  readonly validUntil?: IsoDate;
  /** Precedence among claims that specificity cannot separate (lower first), when the model ranks them. */
  readonly order?: number;
  /** Set when the model rules the claim out before resolution. */
  readonly excluded?: Exclusion;
  /** A decision that the cell stays unrepresented, with its reason. */
  readonly unrepresented?: { readonly reason: string };
  /** When this claim wins, the cell is decided by resolving these claims instead. */
  readonly defer?: readonly Claim[];
}

/** True when claim specificity `a` is at least as specific as `b`. */
export function atLeastAsSpecific(a: Specificity, b: Specificity): boolean {
  if (a.theme < b.theme || a.region < b.region) return false;
  if (b.sectors === "all") return true;
  if (a.sectors === "all") return false;
  const wider = b.sectors;
  return a.sectors.every((s) => wider.includes(s));
}

/** True when `a` is strictly more specific than `b`. */
export function moreSpecific(a: Specificity, b: Specificity): boolean {
  return atLeastAsSpecific(a, b) && !atLeastAsSpecific(b, a);
}

/**
 * The party named by one organisation or by a coalition (ids in any order, spokesperson
 * among them): the claim fields for it. Two or more distinct ids make a coalition, sorted by
 * id; one id is a single holder.
 */
export function partyFields(ids: readonly string[], spokesperson?: string): { holder: string | null; coalition?: Coalition } {
  const distinct = [...new Set(ids)];
  if (distinct.length <= 1) return { holder: distinct[0] ?? null };
  const holders = Object.freeze(distinct.sort(compareIds));
  const coalition: Coalition = spokesperson !== undefined && holders.includes(spokesperson) ? { holders, spokesperson } : { holders };
  return { holder: null, coalition: Object.freeze(coalition) };
}
