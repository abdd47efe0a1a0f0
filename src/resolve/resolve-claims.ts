import { type Cell, type Claim, moreSpecific } from "../governance/claim.js";
import { compareIds, sortedUnique } from "../internal/compare-ids.js";
import { inInterval } from "../model/dates.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { BasisStep, Outcome, Status } from "./representation.js";

/** The part of a representation that resolution decides. */
export interface Decision {
  readonly status: Status;
  readonly lead: string | null;
  readonly delegation: readonly string[];
  readonly contenders: readonly string[];
  readonly basis: readonly BasisStep[];
  readonly reason?: string;
}

/** True when two surviving lead claims put forward the same decider: one organisation, or the same decision. */
function sameDecider(a: Claim, b: Claim): boolean {
  return a.holder === null ? b.holder === null && a.id === b.id : a.holder === b.holder;
}

// Outcomes that carry nothing of their cell are shared by every answer.
const WON: Outcome = /* @__PURE__ */ Object.freeze({ kind: "won" });
const JOINED: Outcome = /* @__PURE__ */ Object.freeze({ kind: "joined" });
const NO_DELEGATION: Outcome = /* @__PURE__ */ Object.freeze({ kind: "unused", because: "no-delegation" });
const ALREADY_LEAD: Outcome = /* @__PURE__ */ Object.freeze({ kind: "unused", because: "already-lead" });

function notInForce(claim: Claim): Outcome {
  const { validFrom, validUntil } = claim;
  if (validFrom === undefined) return validUntil === undefined ? { kind: "not-in-force" } : { kind: "not-in-force", validUntil };
  return validUntil === undefined ? { kind: "not-in-force", validFrom } : { kind: "not-in-force", validFrom, validUntil };
}

function holderAbsent(index: ScenarioIndex, holder: string): Outcome {
  const org = index.organisations.get(holder);
  return {
    kind: "holder-absent",
    holder,
    ...(org?.founded === undefined ? {} : { founded: org.founded }),
    ...(org?.dissolved === undefined ? {} : { dissolved: org.dissolved }),
  };
}

/**
 * The one resolution algorithm, for every model (DOMAIN.md, "Working out who represents"):
 * keep claims in force whose holder exists; take the highest tier with a lead claim;
 * drop claims another one is strictly more specific than; apply the model's order
 * if it gives one; then one decider represents, several contest, none leaves the cell empty.
 * The basis lists the claims in the order the model made them (for mandates: by id),
 * each with its outcome; the steps of a deferred resolution follow the claim that deferred.
 */
export function resolveClaims(index: ScenarioIndex, cell: Cell, claims: readonly Claim[], via?: string): Decision {
  // Outcomes by the claim's position, so that the basis comes out in the model's order without sorting.
  const outcomes: Outcome[] = [];
  const on = cell.on;

  // 1. Claims in force, held by organisations that exist on the day.
  const leads: number[] = [];
  const members: Claim[] = [];
  const memberAt: number[] = [];
  let topTier = -Infinity;
  claims.forEach((claim, i) => {
    if (claim.excluded !== undefined) {
      outcomes[i] = claim.excluded;
    } else if (!inInterval(on, claim.validFrom, claim.validUntil)) {
      outcomes[i] = notInForce(claim);
    } else if (claim.holder !== null && !index.exists(claim.holder, on)) {
      outcomes[i] = holderAbsent(index, claim.holder);
    } else if (claim.role === "lead") {
      leads.push(i);
      if (claim.tier > topTier) topTier = claim.tier;
    } else {
      members.push(claim);
      memberAt.push(i);
    }
  });

  // 2. The highest tier that has a lead claim.
  const top: number[] = [];
  for (const i of leads) {
    const claim = claims[i] as Claim;
    if (claim.tier < topTier) outcomes[i] = { kind: "lower-tier", tier: claim.tier, winningTier: topTier };
    else top.push(i);
  }

  // 3. Drop every claim that another is strictly more specific than.
  let standing: number[] = [];
  for (const i of top) {
    const claim = claims[i] as Claim;
    const beaten = top.find((j) => j !== i && moreSpecific((claims[j] as Claim).specificity, claim.specificity));
    if (beaten === undefined) standing.push(i);
    else outcomes[i] = { kind: "less-specific", than: (claims[beaten] as Claim).id };
  }

  // 4. The model's order settles what specificity cannot, when every standing claim has one.
  if (standing.length > 1 && standing.every((i) => claims[i]?.order !== undefined)) {
    const first = standing.reduce((a, b) => ((claims[b]?.order ?? 0) < (claims[a]?.order ?? 0) ? b : a));
    const than = (claims[first] as Claim).id;
    for (const i of standing) if (i !== first) outcomes[i] = { kind: "later-in-order", than };
    standing = [first];
  }

  const at = standing[0];
  const winner = at === undefined ? undefined : (claims[at] as Claim);
  if (winner === undefined || standing.some((i) => !sameDecider(claims[i] as Claim, winner))) {
    const contenders = sortedUnique(standing.flatMap((i) => claims[i]?.holder ?? []));
    for (const i of standing) outcomes[i] = { kind: "tied", with: standing.flatMap((j) => (j === i ? [] : [(claims[j] as Claim).id])) };
    for (const i of memberAt) outcomes[i] = NO_DELEGATION;
    const basis = steps(claims, outcomes, via);
    return standing.length === 0
      ? { status: "unrepresented", lead: null, delegation: [], contenders: [], basis }
      : { status: "contested", lead: null, delegation: [], contenders, basis };
  }

  for (const i of standing) outcomes[i] = WON;

  // A deferring claim hands the cell to its own claims, resolved the same way; their steps follow it.
  if (winner.defer !== undefined) {
    const inner = resolveClaims(index, cell, [...winner.defer, ...members], winner.id);
    const outer = steps(claims, outcomes, via);
    const after = outer.findIndex((step) => step.claim === winner) + 1;
    return { ...inner, basis: [...outer.slice(0, after), ...inner.basis, ...outer.slice(after)] };
  }

  if (winner.holder === null) {
    for (const i of memberAt) outcomes[i] = NO_DELEGATION;
    const reason = winner.unrepresented?.reason;
    const basis = steps(claims, outcomes, via);
    return { status: "unrepresented", lead: null, delegation: [], contenders: [], basis, ...(reason === undefined ? {} : { reason }) };
  }

  // 5. The lead, then every attached member and member-claim holder, sorted and without repeats.
  const lead = winner.holder;
  const seats = new Set<string>();
  for (const i of standing) for (const member of (claims[i] as Claim).members) if (index.exists(member, on)) seats.add(member);
  members.forEach((claim, k) => {
    const i = memberAt[k] as number;
    if (claim.holder === lead) {
      outcomes[i] = ALREADY_LEAD;
    } else {
      outcomes[i] = JOINED;
      if (claim.holder !== null) seats.add(claim.holder);
    }
  });
  seats.delete(lead);
  const delegation = seats.size === 0 ? [lead] : [lead, ...[...seats].sort(compareIds)];
  return { status: "represented", lead, delegation, contenders: [], basis: steps(claims, outcomes, via) };
}

/** One step per judged claim, in the claims' order (member claims handed on to a deferral are judged there). */
function steps(claims: readonly Claim[], outcomes: readonly Outcome[], via: string | undefined): BasisStep[] {
  const basis: BasisStep[] = [];
  claims.forEach((claim, i) => {
    const outcome = outcomes[i];
    if (outcome !== undefined) basis.push(via === undefined ? { claim, outcome } : { claim, outcome, via });
  });
  return basis;
}
