import { type Cell, type Claim, moreSpecific } from "../governance/claim.js";
import { compareIds } from "../internal/compare-ids.js";
import { inInterval } from "../model/dates.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import { perIndex } from "../model/per-index.js";
import type { BasisStep, HolderAbsence, Outcome, Representation } from "./representation.js";

/** The part of a representation that resolution decides. */
export type Decision = Pick<Representation, "status" | "lead" | "leads" | "delegation" | "contenders" | "contendingParties" | "basis" | "reason">;

/**
 * What a standing claim puts forward on the day: one organisation (a string), a
 * coalition of two or more present organisations (sorted by id), or a decision (null).
 */
type Party = string | readonly string[] | null;

/** True when two claims put forward the same party: the same organisation, the same set, or the same decision. */
function sameParty(a: Party, b: Party, aClaim: Claim, bClaim: Claim): boolean {
  if (a === null || b === null) return a === b && aClaim.id === bClaim.id;
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && a.every((id, i) => id === b[i]);
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

function absence(index: ScenarioIndex, holder: string): HolderAbsence {
  const org = index.organisations.get(holder);
  const founded = org?.founded;
  const dissolved = org?.dissolved;
  if (founded === undefined) return dissolved === undefined ? { holder } : { holder, dissolved };
  return dissolved === undefined ? { holder, founded } : { holder, founded, dissolved };
}

function holderAbsent(index: ScenarioIndex, holder: string): Outcome {
  return { kind: "holder-absent", ...absence(index, holder) };
}

/** A coalition none of whose holders exists on the day: the first holder's dates, and every holder's. */
function coalitionAbsent(index: ScenarioIndex, holders: readonly string[]): Outcome {
  const each = holders.map((holder) => Object.freeze(absence(index, holder)));
  return { kind: "holder-absent", ...(each[0] as HolderAbsence), holders: Object.freeze(each) };
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

/** Every organisation of the contending parties, sorted, and the parties themselves: each sorted, ordered by their ids joined with commas. */
function contest(parties: readonly Party[], standing: readonly number[]): { contenders: string[]; contendingParties: (readonly string[])[] } {
  const contenders: string[] = [];
  const byKey = new Map<string, readonly string[]>();
  for (const i of standing) {
    const party = parties[i];
    if (party === null || party === undefined) continue;
    const ids = typeof party === "string" ? [party] : party;
    for (const id of ids) if (!contenders.includes(id)) contenders.push(id);
    // Keyed by the list itself: ids may hold commas, so ["a,b", "c"] and ["a", "b,c"] are two parties.
    const key = JSON.stringify(ids);
    if (!byKey.has(key)) byKey.set(key, ids);
  }
  const sorted = [...byKey].sort(([ka, a], [kb, b]) => compareIds(a.join(","), b.join(",")) || compareIds(ka, kb));
  return { contenders: contenders.sort(compareIds), contendingParties: sorted.map(([, ids]) => ids) };
}

/** The ids of the standing claims other than the one at `at`, in the order they stand. */
function othersThan(claims: readonly Claim[], standing: readonly number[], at: number): string[] {
  const ids: string[] = [];
  for (const j of standing) if (j !== at) ids.push((claims[j] as Claim).id);
  return ids;
}

const NONE: readonly string[] = /* @__PURE__ */ Object.freeze([]);
const NO_PARTIES: readonly (readonly string[])[] = /* @__PURE__ */ Object.freeze([]);

/** Each index's `[lead]` lists, one per organisation, shared by every answer it leads alone. */
const singleLeads = perIndex(() => new Map<string, readonly string[]>());

function leadsOfOne(index: ScenarioIndex, lead: string): readonly string[] {
  const known = singleLeads(index);
  let leads = known.get(lead);
  if (leads === undefined) known.set(lead, (leads = Object.freeze([lead])));
  return leads;
}

/**
 * A coalition's leads, spokesperson first, then by id; its spokesperson is the one the
 * winning claims name, when they name one and agree, and it exists on the day.
 */
function coalitionLeads(claims: readonly Claim[], standing: readonly number[], holders: readonly string[]): { spokesperson: string | null; leads: readonly string[] } {
  let spokesperson: string | null | undefined;
  for (const i of standing) {
    const named = (claims[i] as Claim).coalition?.spokesperson;
    if (named === undefined) continue;
    spokesperson = spokesperson === undefined || spokesperson === named ? named : null;
  }
  if (spokesperson === undefined || spokesperson === null || !holders.includes(spokesperson)) return { spokesperson: null, leads: holders };
  const leads = [spokesperson];
  for (const id of holders) if (id !== spokesperson) leads.push(id);
  return { spokesperson, leads };
}

/**
 * {@link resolveClaims}, appending the basis to `basis` (which the decision returns): a
 * deferring claim's resolution writes its steps into the same list, right after that claim's.
 * Written with plain loops and few arrays: this runs once per cell of every matrix. A claim
 * made by one organisation costs nothing more than before coalitions; a coalition's claim
 * allocates only when one of its holders does not exist on the day.
 */
function judge(index: ScenarioIndex, cell: Cell, claims: readonly Claim[], via: string | undefined, basis: BasisStep[]): Decision {
  const count = claims.length;
  // Steps by the claim's position, so that the basis comes out in the model's order without sorting.
  const judged = new Array<BasisStep | undefined>(count);
  // The party each claim puts forward on the day, by position (see Party).
  const parties = new Array<Party>(count);
  // Coalition holders that drop out on the day, by position; made only when one does.
  let dropped: (readonly HolderAbsence[] | undefined)[] | undefined;
  const memo = stepMemo(index, via);
  const on = cell.on;

  // 1. Claims in force, held by organisations that exist on the day; a coalition is its holders that exist.
  const leads: number[] = [];
  const memberAt: number[] = [];
  let topTier = -Infinity;
  for (let i = 0; i < count; i++) {
    const claim = claims[i] as Claim;
    if (claim.excluded !== undefined || !inInterval(on, claim.validFrom, claim.validUntil)) {
      let known = memo.early.get(claim);
      if (known === undefined) memo.early.set(claim, (known = shared(claim, claim.excluded ?? Object.freeze(notInForce(claim)), via)));
      judged[i] = known;
      continue;
    }
    const coalition = claim.coalition;
    if (coalition === undefined) {
      if (claim.holder !== null && !index.exists(claim.holder, on)) {
        let known = memo.absent.get(claim);
        if (known === undefined) memo.absent.set(claim, (known = shared(claim, Object.freeze(holderAbsent(index, claim.holder)), via)));
        judged[i] = known;
        continue;
      }
      parties[i] = claim.holder;
    } else {
      const holders = coalition.holders;
      let present = 0;
      for (const id of holders) if (index.exists(id, on)) present++;
      if (present === 0) {
        let known = memo.absent.get(claim);
        if (known === undefined) memo.absent.set(claim, (known = shared(claim, Object.freeze(coalitionAbsent(index, holders)), via)));
        judged[i] = known;
        continue;
      }
      if (present === holders.length) {
        parties[i] = holders;
      } else {
        const staying: string[] = [];
        const gone: HolderAbsence[] = [];
        for (const id of holders) {
          if (index.exists(id, on)) staying.push(id);
          else gone.push(Object.freeze(absence(index, id)));
        }
        parties[i] = staying.length === 1 ? (staying[0] as string) : staying;
        (dropped ??= new Array<readonly HolderAbsence[] | undefined>(count))[i] = Object.freeze(gone);
      }
    }
    if (claim.role === "lead") {
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

  // Parties, not organisations, are counted: claims naming the same party merge, any other party contends.
  const at = standing[0];
  const winner = at === undefined ? undefined : (claims[at] as Claim);
  const party = at === undefined ? null : (parties[at] as Party);
  if (winner === undefined || standing.some((i) => !sameParty(parties[i] as Party, party, claims[i] as Claim, winner))) {
    for (const i of standing) judged[i] = step(claims[i] as Claim, { kind: "tied", with: othersThan(claims, standing, i) }, via);
    for (const i of memberAt) judged[i] = step(claims[i] as Claim, NO_DELEGATION, via);
    inOrder(judged, basis, dropped);
    if (standing.length === 0) return { status: "unrepresented", lead: null, leads: NONE, delegation: [], contenders: [], contendingParties: NO_PARTIES, basis };
    const { contenders, contendingParties } = contest(parties, standing);
    return { status: "contested", lead: null, leads: NONE, delegation: [], contenders, contendingParties, basis };
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
    for (let i = 0; i < count; i++) {
      const s = withDropped(judged[i], dropped?.[i]);
      if (s === undefined) continue;
      basis.push(s);
      if (s.claim === winner) decision = judge(index, cell, inner, winner.id, basis);
    }
    return decision as Decision;
  }

  if (party === null) {
    for (const i of memberAt) judged[i] = step(claims[i] as Claim, NO_DELEGATION, via);
    const reason = winner.unrepresented?.reason;
    inOrder(judged, basis, dropped);
    const decision: Decision = { status: "unrepresented", lead: null, leads: NONE, delegation: [], contenders: [], contendingParties: NO_PARTIES, basis };
    return reason === undefined ? decision : { ...decision, reason };
  }

  // 5. The leads (spokesperson first, then by id), then every attached member and member-claim holder, sorted and without repeats.
  let lead: string | null;
  let leading: readonly string[];
  if (typeof party === "string") {
    lead = party;
    leading = leadsOfOne(index, party);
  } else {
    const found = coalitionLeads(claims, standing, party);
    lead = found.spokesperson;
    leading = found.leads;
  }
  const seats: string[] = [];
  for (const i of standing) {
    for (const member of (claims[i] as Claim).members) if (!leading.includes(member) && !seats.includes(member) && index.exists(member, on)) seats.push(member);
  }
  for (const i of memberAt) {
    const claim = claims[i] as Claim;
    const holder = parties[i] as Party;
    if (typeof holder === "string") {
      if (leading.includes(holder)) {
        judged[i] = step(claim, ALREADY_LEAD, via);
      } else {
        judged[i] = step(claim, JOINED, via);
        if (!seats.includes(holder)) seats.push(holder);
      }
    } else if (holder !== null) {
      // A coalition's member mandate seats each of its holders that does not lead already.
      let joins = false;
      for (const id of holder) {
        if (leading.includes(id)) continue;
        joins = true;
        if (!seats.includes(id)) seats.push(id);
      }
      judged[i] = step(claim, joins ? JOINED : ALREADY_LEAD, via);
    } else {
      judged[i] = step(claim, JOINED, via);
    }
  }
  const delegation = seats.length === 0 ? [...leading] : [...leading, ...seats.sort(compareIds)];
  inOrder(judged, basis, dropped);
  return { status: "represented", lead, leads: leading, delegation, contenders: [], contendingParties: NO_PARTIES, basis };
}

/** The step with the coalition holders that dropped out on the day, when any did. */
function withDropped(s: BasisStep | undefined, gone: readonly HolderAbsence[] | undefined): BasisStep | undefined {
  return s === undefined || gone === undefined ? s : { ...s, dropped: gone };
}

/** Appends the steps in the claims' order, leaving out claims not judged here (member claims handed on to a deferral). */
function inOrder(judged: readonly (BasisStep | undefined)[], basis: BasisStep[], dropped: readonly (readonly HolderAbsence[] | undefined)[] | undefined): void {
  if (dropped === undefined) {
    for (const s of judged) if (s !== undefined) basis.push(s);
    return;
  }
  for (let i = 0; i < judged.length; i++) {
    const s = withDropped(judged[i], dropped[i]);
    if (s !== undefined) basis.push(s);
  }
}
