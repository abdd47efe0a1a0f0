/**
 * Why a model set a claim aside as not legitimate (mirrors the resolution layer's `Exclusion`).
 * @example
 * ```ts
 * const reason: IllegitimateReason = "not-statutory";
 * ```
 * @category Languages
 */
export type IllegitimateReason = "not-granted-by-agreement" | "holder-not-a-party" | "coalition-holder-not-a-party" | "not-delegated-by-body" | "not-statutory" | "grant-kind-excluded";

/**
 * Why a model was not active on the day (mirrors the resolution layer's `Exclusion`).
 * @example
 * ```ts
 * const reason: InactiveReason = "body-dissolved";
 * ```
 * @category Languages
 */
export type InactiveReason =
  | "agreement-not-signed"
  | "agreement-not-yet-signed"
  | "agreement-ended"
  | "body-not-established"
  | "body-dissolved"
  | "rotation-not-started"
  | "no-eligible-organisation";

/**
 * The words of explanations (`explain`). The resolution layer decides which words a
 * line needs and in what order; these only fill the holes it gives them.
 * @example
 * ```ts
 * english.explain.cellOn; // => "on"
 * ```
 * @category Languages
 */
export interface ExplainWords {
  readonly cellIn: string;
  readonly cellOn: string;
  readonly allSectors: string;
  readonly represented: (lead: string) => string;
  /** A coalition leads: its organisations (already joined), and its spokesperson when it has one. */
  readonly jointlyRepresented: (leads: string, spokesperson: string | undefined) => string;
  /** A coalition named as a party or a holder: its organisations (already joined), and its spokesperson when named. */
  readonly coalition: (members: string, spokesperson: string | undefined) => string;
  /** Why one organisation of a coalition is not there on the day. */
  readonly absentBecause: { readonly dissolved: (on: string) => string; readonly founded: (on: string) => string };
  /** The coalition holders that are not there on the day (already listed), said after the claim's outcome. */
  readonly droppedOut: (who: string) => string;
  /** A coalition none of whose organisations exists on the day (already listed). */
  readonly noHolderExists: (who: string) => string;
  readonly contested: (contenders: string) => string;
  readonly unrepresented: string;
  readonly unrepresentedByDecision: string;
  readonly unrepresentedBecause: (reason: string) => string;
  readonly and: string;
  readonly delegation: string;
  readonly role: Readonly<Record<"lead" | "member", string>>;
  readonly grantedByAgreement: (agreement: string) => string;
  readonly grantedByStatute: string;
  readonly delegatedBy: (from: string) => string;
  readonly grantedByAuthority: (authority: string) => string;
  readonly mandate: (id: string, holder: string, role: string, grant: string) => string;
  readonly mandateRef: (id: string) => string;
  readonly fallback: Readonly<Record<"largest-membership" | "joint", string>>;
  readonly membersCount: (n: number) => string;
  readonly chapter: (region: string) => string;
  readonly body: (body: string) => string;
  readonly rule: (id: string) => string;
  readonly action: Readonly<Record<"assign" | "largestMembership" | "rotate" | "mandates" | "unrepresented", string>>;
  readonly turn: (turn: number, from: string, until: string | undefined) => string;
  readonly won: string;
  readonly joined: string;
  readonly alreadyLead: string;
  readonly noDelegation: string;
  readonly tied: (others: string) => string;
  readonly lowerTier: (tier: number, winningTier: number) => string;
  readonly lessSpecific: (than: string) => string;
  readonly laterInOrder: (than: string) => string;
  readonly notInForce: (from: string | undefined, until: string | undefined) => string;
  readonly absent: (who: string) => string;
  readonly dissolved: (who: string, on: string) => string;
  readonly foundedOnly: (who: string, on: string) => string;
  readonly notLegitimate: string;
  readonly illegitimate: Readonly<Record<IllegitimateReason, string>>;
  readonly inactive: string;
  readonly inactiveWhy: Readonly<Record<InactiveReason, (since: string) => string>>;
  readonly via: string;
}
