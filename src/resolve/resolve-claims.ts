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

/** Who a surviving lead claim puts forward: an organisation, a decision to leave the cell empty, or a deferral. */
function decides(claim: Claim): string {
  return claim.holder ?? `\u0000${claim.id}`;
}

/**
 * The one resolution algorithm, for every model (DOMAIN.md, "Working out who represents"):
 * keep claims in force whose holder exists; take the highest tier with a lead claim;
 * drop claims another one is strictly more specific than; apply the model's order
 * if it gives one; then one decider represents, several contest, none leaves the cell empty.
 */
export function resolveClaims(index: ScenarioIndex, cell: Cell, claims: readonly Claim[], via?: string): Decision {
  const basis: BasisStep[] = [];
  const note = (claim: Claim, outcome: Outcome): void => {
    basis.push(via === undefined ? { claim, outcome } : { claim, outcome, via });
  };
  // The basis lists the claims in the order the model made them (for mandates: by id), not in the order they were judged.
  const position = new Map(claims.map((claim, i) => [claim, i]));
  const inOrder = (steps: BasisStep[]): BasisStep[] =>
    steps.sort((a, b) => (position.get(a.claim) ?? 0) - (position.get(b.claim) ?? 0));

  // 1. Claims in force, held by organisations that exist on the day.
  const leads: Claim[] = [];
  const members: Claim[] = [];
  for (const claim of claims) {
    if (claim.excluded !== undefined) {
      note(claim, claim.excluded);
    } else if (!inInterval(cell.on, claim.validFrom, claim.validUntil)) {
      note(claim, {
        kind: "not-in-force",
        ...(claim.validFrom === undefined ? {} : { validFrom: claim.validFrom }),
        ...(claim.validUntil === undefined ? {} : { validUntil: claim.validUntil }),
      });
    } else if (claim.holder !== null && !index.exists(claim.holder, cell.on)) {
      const org = index.organisations.get(claim.holder);
      note(claim, {
        kind: "holder-absent",
        holder: claim.holder,
        ...(org?.founded === undefined ? {} : { founded: org.founded }),
        ...(org?.dissolved === undefined ? {} : { dissolved: org.dissolved }),
      });
    } else {
      (claim.role === "lead" ? leads : members).push(claim);
    }
  }

  // 2. The highest tier that has a lead claim.
  const topTier = leads.reduce((top, claim) => Math.max(top, claim.tier), -Infinity);
  const top: Claim[] = [];
  for (const claim of leads) {
    if (claim.tier < topTier) note(claim, { kind: "lower-tier", tier: claim.tier, winningTier: topTier });
    else top.push(claim);
  }

  // 3. Drop every claim that another is strictly more specific than.
  let standing: Claim[] = [];
  for (const claim of top) {
    const beaten = top.find((other) => other !== claim && moreSpecific(other.specificity, claim.specificity));
    if (beaten === undefined) standing.push(claim);
    else note(claim, { kind: "less-specific", than: beaten.id });
  }

  // 4. The model's order settles what specificity cannot, when every standing claim has one.
  if (standing.length > 1 && standing.every((claim) => claim.order !== undefined)) {
    const first = standing.reduce((a, b) => ((b.order ?? 0) < (a.order ?? 0) ? b : a));
    for (const claim of standing) if (claim !== first) note(claim, { kind: "later-in-order", than: first.id });
    standing = [first];
  }

  const deciders = new Set(standing.map(decides));
  const winner = standing[0];
  if (winner === undefined || deciders.size > 1) {
    const contenders = sortedUnique(standing.flatMap((claim) => (claim.holder === null ? [] : [claim.holder])));
    for (const claim of standing) note(claim, { kind: "tied", with: standing.filter((c) => c !== claim).map((c) => c.id) });
    for (const claim of members) note(claim, { kind: "unused", because: "no-delegation" });
    return standing.length === 0
      ? { status: "unrepresented", lead: null, delegation: [], contenders: [], basis: inOrder(basis) }
      : { status: "contested", lead: null, delegation: [], contenders, basis: inOrder(basis) };
  }

  for (const claim of standing) note(claim, { kind: "won" });

  // A deferring claim hands the cell to its own claims, resolved the same way; their steps follow it.
  if (winner.defer !== undefined) {
    const inner = resolveClaims(index, cell, [...winner.defer, ...members], winner.id);
    const outer = inOrder(basis);
    const at = outer.findIndex((step) => step.claim === winner) + 1;
    return { ...inner, basis: [...outer.slice(0, at), ...inner.basis, ...outer.slice(at)] };
  }

  if (winner.holder === null) {
    for (const claim of members) note(claim, { kind: "unused", because: "no-delegation" });
    const reason = winner.unrepresented?.reason;
    return { status: "unrepresented", lead: null, delegation: [], contenders: [], basis: inOrder(basis), ...(reason === undefined ? {} : { reason }) };
  }

  // 5. The lead, then every attached member and member-claim holder, sorted and without repeats.
  const lead = winner.holder;
  const seats = new Set<string>();
  for (const claim of standing) for (const member of claim.members) if (index.exists(member, cell.on)) seats.add(member);
  for (const claim of members) {
    if (claim.holder === lead) {
      note(claim, { kind: "unused", because: "already-lead" });
    } else {
      note(claim, { kind: "joined" });
      if (claim.holder !== null) seats.add(claim.holder);
    }
  }
  seats.delete(lead);
  return { status: "represented", lead, delegation: [lead, ...[...seats].sort(compareIds)], contenders: [], basis: inOrder(basis) };
}
