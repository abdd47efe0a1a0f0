import { type Cell, type Claim, moreSpecific } from "../governance/claim.js";
import { compareIds, sortedUnique } from "../internal/compare-ids.js";
import { inInterval } from "../model/dates.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import { perIndex } from "../model/per-index.js";
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
  const founded = org?.founded;
  const dissolved = org?.dissolved;
  if (founded === undefined) return dissolved === undefined ? { kind: "holder-absent", holder } : { kind: "holder-absent", holder, dissolved };
  return dissolved === undefined ? { kind: "holder-absent", holder, founded } : { kind: "holder-absent", holder, founded, dissolved };
}

/**
 * Steps whose outcome depends on the claim alone: set aside by the model or not in force
 * (`early`), and holder absent (`absent`). Models share claims between cells, so these
 * steps are made once per claim and shared by every answer that lists the claim.
 */
interface StepMemo {
  readonly early: WeakMap<Claim, BasisStep>;
  readonly absent: WeakMap<Claim, BasisStep>;
}

/** The memos of an index, by the deferring claim they are made under (`via`). */
const stepMemos = perIndex(() => new Map<string | undefined, StepMemo>());

function stepMemo(index: ScenarioIndex, via: string | undefined): StepMemo {
  const memos = stepMemos(index);
  let memo = memos.get(via);
  if (memo === undefined) memos.set(via, (memo = { early: new WeakMap(), absent: new WeakMap() }));
  return memo;
}

function step(claim: Claim, outcome: Outcome, via: string | undefined): BasisStep {
  return via === undefined ? { claim, outcome } : { claim, outcome, via };
}

/** A step listed by many answers: frozen, so that no caller can change another's answer. */
function shared(claim: Claim, outcome: Outcome, via: string | undefined): BasisStep {
  return Object.freeze(step(claim, outcome, via));
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
  // Steps by the claim's position, so that the basis comes out in the model's order without sorting.
  const judged: (BasisStep | undefined)[] = [];
  const memo = stepMemo(index, via);
  const on = cell.on;

  // 1. Claims in force, held by organisations that exist on the day.
  const leads: number[] = [];
  const members: Claim[] = [];
  const memberAt: number[] = [];
  let topTier = -Infinity;
  claims.forEach((claim, i) => {
    if (claim.excluded !== undefined || !inInterval(on, claim.validFrom, claim.validUntil)) {
      let known = memo.early.get(claim);
      if (known === undefined) memo.early.set(claim, (known = shared(claim, claim.excluded ?? Object.freeze(notInForce(claim)), via)));
      judged[i] = known;
    } else if (claim.holder !== null && !index.exists(claim.holder, on)) {
      let known = memo.absent.get(claim);
      if (known === undefined) memo.absent.set(claim, (known = shared(claim, Object.freeze(holderAbsent(index, claim.holder)), via)));
      judged[i] = known;
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
    if (claim.tier < topTier) judged[i] = step(claim, { kind: "lower-tier", tier: claim.tier, winningTier: topTier }, via);
    else top.push(i);
  }

  // 3. Drop every claim that another is strictly more specific than.
  let standing: number[] = [];
  for (const i of top) {
    const claim = claims[i] as Claim;
    const beaten = top.find((j) => j !== i && moreSpecific((claims[j] as Claim).specificity, claim.specificity));
    if (beaten === undefined) standing.push(i);
    else judged[i] = step(claim, { kind: "less-specific", than: (claims[beaten] as Claim).id }, via);
  }

  // 4. The model's order settles what specificity cannot, when every standing claim has one.
  if (standing.length > 1 && standing.every((i) => claims[i]?.order !== undefined)) {
    const first = standing.reduce((a, b) => ((claims[b]?.order ?? 0) < (claims[a]?.order ?? 0) ? b : a));
    const than = (claims[first] as Claim).id;
    for (const i of standing) if (i !== first) judged[i] = step(claims[i] as Claim, { kind: "later-in-order", than }, via);
    standing = [first];
  }

  const at = standing[0];
  const winner = at === undefined ? undefined : (claims[at] as Claim);
  if (winner === undefined || standing.some((i) => !sameDecider(claims[i] as Claim, winner))) {
    const contenders = sortedUnique(standing.flatMap((i) => claims[i]?.holder ?? []));
    for (const i of standing) judged[i] = step(claims[i] as Claim, { kind: "tied", with: standing.flatMap((j) => (j === i ? [] : [(claims[j] as Claim).id])) }, via);
    for (const i of memberAt) judged[i] = step(claims[i] as Claim, NO_DELEGATION, via);
    const basis = inOrder(judged);
    return standing.length === 0
      ? { status: "unrepresented", lead: null, delegation: [], contenders: [], basis }
      : { status: "contested", lead: null, delegation: [], contenders, basis };
  }

  for (const i of standing) judged[i] = step(claims[i] as Claim, WON, via);

  // A deferring claim hands the cell to its own claims, resolved the same way; their steps follow it.
  if (winner.defer !== undefined) {
    const inner = resolveClaims(index, cell, members.length === 0 ? winner.defer : [...winner.defer, ...members], winner.id);
    const basis: BasisStep[] = [];
    judged.forEach((s) => {
      if (s === undefined) return;
      basis.push(s);
      if (s.claim === winner) for (const innerStep of inner.basis) basis.push(innerStep);
    });
    return { ...inner, basis };
  }

  if (winner.holder === null) {
    for (const i of memberAt) judged[i] = step(claims[i] as Claim, NO_DELEGATION, via);
    const reason = winner.unrepresented?.reason;
    const basis = inOrder(judged);
    return { status: "unrepresented", lead: null, delegation: [], contenders: [], basis, ...(reason === undefined ? {} : { reason }) };
  }

  // 5. The lead, then every attached member and member-claim holder, sorted and without repeats.
  const lead = winner.holder;
  const seats = new Set<string>();
  for (const i of standing) for (const member of (claims[i] as Claim).members) if (index.exists(member, on)) seats.add(member);
  members.forEach((claim, k) => {
    const i = memberAt[k] as number;
    if (claim.holder === lead) {
      judged[i] = step(claim, ALREADY_LEAD, via);
    } else {
      judged[i] = step(claim, JOINED, via);
      if (claim.holder !== null) seats.add(claim.holder);
    }
  });
  seats.delete(lead);
  const delegation = seats.size === 0 ? [lead] : [lead, ...[...seats].sort(compareIds)];
  return { status: "represented", lead, delegation, contenders: [], basis: inOrder(judged) };
}

/** The steps in the claims' order, leaving out claims not judged here (member claims handed on to a deferral). */
function inOrder(judged: readonly (BasisStep | undefined)[]): BasisStep[] {
  const basis: BasisStep[] = [];
  for (const s of judged) if (s !== undefined) basis.push(s);
  return basis;
}
