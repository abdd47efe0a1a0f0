import { type Cell, type Claim, moreSpecific } from "../governance/claim.js";
import { compareIds } from "../internal/compare-ids.js";
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

/** The step memos of an index: one for the claims of a cell, one per deferring claim for the claims weighed inside it. */
interface StepMemos {
  readonly direct: StepMemo;
  readonly via: Map<string, StepMemo>;
}

const stepMemos = perIndex((): StepMemos => ({ direct: newMemo(), via: new Map() }));

function newMemo(): StepMemo {
  return { early: new WeakMap(), absent: new WeakMap() };
}

function stepMemo(index: ScenarioIndex, via: string | undefined): StepMemo {
  const all = stepMemos(index);
  if (via === undefined) return all.direct;
  let memo = all.via.get(via);
  if (memo === undefined) all.via.set(via, (memo = newMemo()));
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
  return judge(index, cell, claims, via, []);
}

/** The distinct holders of the standing claims, sorted. */
function holdersOf(claims: readonly Claim[], standing: readonly number[]): string[] {
  const holders: string[] = [];
  for (const i of standing) {
    const holder = (claims[i] as Claim).holder;
    if (holder !== null && !holders.includes(holder)) holders.push(holder);
  }
  return holders.sort(compareIds);
}

/** The ids of the standing claims other than the one at `at`, in the order they stand. */
function othersThan(claims: readonly Claim[], standing: readonly number[], at: number): string[] {
  const ids: string[] = [];
  for (const j of standing) if (j !== at) ids.push((claims[j] as Claim).id);
  return ids;
}

/**
 * {@link resolveClaims}, appending the basis to `basis` (which the decision returns): a
 * deferring claim's resolution writes its steps into the same list, right after that claim's.
 * Written with plain loops and few arrays: this runs once per cell of every matrix.
 */
function judge(index: ScenarioIndex, cell: Cell, claims: readonly Claim[], via: string | undefined, basis: BasisStep[]): Decision {
  const count = claims.length;
  // Steps by the claim's position, so that the basis comes out in the model's order without sorting.
  const judged = new Array<BasisStep | undefined>(count);
  const memo = stepMemo(index, via);
  const on = cell.on;

  // 1. Claims in force, held by organisations that exist on the day.
  const leads: number[] = [];
  const memberAt: number[] = [];
  let topTier = -Infinity;
  for (let i = 0; i < count; i++) {
    const claim = claims[i] as Claim;
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
      memberAt.push(i);
    }
  }

  // 2. The highest tier that has a lead claim.
  let top = leads;
  for (const i of leads) {
    if ((claims[i] as Claim).tier < topTier) {
      top = [];
      for (const j of leads) {
        const claim = claims[j] as Claim;
        if (claim.tier < topTier) judged[j] = step(claim, { kind: "lower-tier", tier: claim.tier, winningTier: topTier }, via);
        else top.push(j);
      }
      break;
    }
  }

  // 3. Drop every claim that another is strictly more specific than.
  let standing: number[] = [];
  for (const i of top) {
    const claim = claims[i] as Claim;
    let beaten = -1;
    for (const j of top) {
      if (j !== i && moreSpecific((claims[j] as Claim).specificity, claim.specificity)) {
        beaten = j;
        break;
      }
    }
    if (beaten < 0) standing.push(i);
    else judged[i] = step(claim, { kind: "less-specific", than: (claims[beaten] as Claim).id }, via);
  }

  // 4. The model's order settles what specificity cannot, when every standing claim has one.
  if (standing.length > 1 && standing.every((i) => (claims[i] as Claim).order !== undefined)) {
    let first = standing[0] as number;
    for (const i of standing) if (((claims[i] as Claim).order as number) < ((claims[first] as Claim).order as number)) first = i;
    const than = (claims[first] as Claim).id;
    for (const i of standing) if (i !== first) judged[i] = step(claims[i] as Claim, { kind: "later-in-order", than }, via);
    standing = [first];
  }

  const at = standing[0];
  const winner = at === undefined ? undefined : (claims[at] as Claim);
  if (winner === undefined || standing.some((i) => !sameDecider(claims[i] as Claim, winner))) {
    const contenders = holdersOf(claims, standing);
    for (const i of standing) judged[i] = step(claims[i] as Claim, { kind: "tied", with: othersThan(claims, standing, i) }, via);
    for (const i of memberAt) judged[i] = step(claims[i] as Claim, NO_DELEGATION, via);
    inOrder(judged, basis);
    return standing.length === 0
      ? { status: "unrepresented", lead: null, delegation: [], contenders: [], basis }
      : { status: "contested", lead: null, delegation: [], contenders, basis };
  }

  for (const i of standing) judged[i] = step(claims[i] as Claim, WON, via);

  // A deferring claim hands the cell to its own claims, resolved the same way; their steps follow it.
  if (winner.defer !== undefined) {
    let inner: readonly Claim[] = winner.defer;
    if (memberAt.length > 0) {
      const handed = inner.slice();
      for (const i of memberAt) handed.push(claims[i] as Claim);
      inner = handed;
    }
    let decision: Decision | undefined;
    for (const s of judged) {
      if (s === undefined) continue;
      basis.push(s);
      if (s.claim === winner) decision = judge(index, cell, inner, winner.id, basis);
    }
    return decision as Decision;
  }

  if (winner.holder === null) {
    for (const i of memberAt) judged[i] = step(claims[i] as Claim, NO_DELEGATION, via);
    const reason = winner.unrepresented?.reason;
    inOrder(judged, basis);
    return { status: "unrepresented", lead: null, delegation: [], contenders: [], basis, ...(reason === undefined ? {} : { reason }) };
  }

  // 5. The lead, then every attached member and member-claim holder, sorted and without repeats.
  const lead = winner.holder;
  const seats: string[] = [];
  for (const i of standing) {
    for (const member of (claims[i] as Claim).members) if (member !== lead && !seats.includes(member) && index.exists(member, on)) seats.push(member);
  }
  for (const i of memberAt) {
    const claim = claims[i] as Claim;
    if (claim.holder === lead) {
      judged[i] = step(claim, ALREADY_LEAD, via);
    } else {
      judged[i] = step(claim, JOINED, via);
      if (claim.holder !== null && !seats.includes(claim.holder)) seats.push(claim.holder);
    }
  }
  const delegation = seats.length === 0 ? [lead] : [lead, ...seats.sort(compareIds)];
  inOrder(judged, basis);
  return { status: "represented", lead, delegation, contenders: [], basis };
}

/** Appends the steps in the claims' order, leaving out claims not judged here (member claims handed on to a deferral). */
function inOrder(judged: readonly (BasisStep | undefined)[], basis: BasisStep[]): void {
  for (const s of judged) if (s !== undefined) basis.push(s);
}
