import { perIndex } from "../model/per-index.js";
import type { CoveringMandate, ScenarioIndex } from "../model/scenario-index.js";
import type { Mandate } from "../model/types.js";
import { holdersOf } from "../model/holders.js";
import { type Cell, type Claim, type Exclusion, partyFields } from "./claim.js";

/** How a model judges one mandate: its tier, or why it does not count. */
export interface MandateVerdict {
  readonly tier: number;
  readonly excluded?: Exclusion;
}

/** True when a scope's sectors cover the cell; a query without a sector needs a scope for every sector. */
export function coversSector(sectors: readonly string[] | "all", sector: string | null): boolean {
  return sectors === "all" || (sector !== null && sectors.includes(sector));
}

/** One way of judging mandates: the claims of each pair, and each claim once (see {@link sharedClaim}). */
interface Judged {
  readonly pairs: Map<number, PairClaims>;
  /** By the covering entry's key. */
  readonly claims: (Claim | undefined)[];
}

/**
 * The claim of a covering mandate: it depends on the mandate, the depths it covers
 * at and the model's verdict only, so every pair the mandate covers at the same
 * depths shares one frozen claim.
 */
function sharedClaim(judged: Judged, covering: CoveringMandate, judge: (mandate: Mandate) => MandateVerdict): Claim {
  const known = judged.claims[covering.key];
  if (known !== undefined) return known;
  const { mandate, themeDepth, regionDepth } = covering;
  const verdict = judge(mandate);
  const claim: Claim = Object.freeze({
    id: `mandate:${mandate.id}`,
    role: mandate.role,
    ...partyFields(holdersOf(mandate), mandate.spokesperson),
    members: NO_MEMBERS,
    tier: verdict.tier,
    source: Object.freeze({ kind: "mandate", mandate: mandate.id, grant: mandate.grant } as const),
    specificity: Object.freeze({ theme: themeDepth, region: regionDepth, sectors: mandate.scope.sectors }),
    validFrom: mandate.validFrom,
    ...(mandate.validUntil === undefined ? {} : { validUntil: mandate.validUntil }),
    ...(verdict.excluded === undefined ? {} : { excluded: Object.freeze(verdict.excluded) }),
  });
  judged.claims[covering.key] = claim;
  return claim;
}

const NO_MEMBERS: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** A pair's claims, with each claim's sectors beside it, so that filtering by sector reads no claim. */
interface PairClaims {
  readonly claims: readonly Claim[];
  readonly sectors: readonly (readonly string[] | "all")[];
  /** True when some claim is held to a list of sectors: otherwise every sector gets every claim. */
  readonly scoped: boolean;
}

/** Each index's claims by judgement. */
const judgedTables = perIndex(() => new Map<string, Judged>());

/**
 * The claims of every mandate that covers the cell, judged by the model.
 * `judgement` names the way `judge` judges (e.g. `coordination`): a (theme, region)
 * pair's claims are made once per scenario and judgement, and shared by every
 * sector and day, since neither changes them.
 */
export function mandateClaims(index: ScenarioIndex, cell: Cell, judgement: string, judge: (mandate: Mandate) => MandateVerdict): Claim[] {
  const tables = judgedTables(index);
  let judged = tables.get(judgement);
  if (judged === undefined) tables.set(judgement, (judged = { pairs: new Map<number, PairClaims>(), claims: [] }));
  const pair = index.pairNumber(cell.theme, cell.region);
  let all = judged.pairs.get(pair);
  if (all === undefined) {
    const claims: Claim[] = [];
    const sectors: (readonly string[] | "all")[] = [];
    let scoped = false;
    for (const covering of index.mandatesCovering(cell.theme, cell.region)) {
      const claim = sharedClaim(judged, covering, judge);
      claims.push(claim);
      sectors.push(claim.specificity.sectors);
      if (claim.specificity.sectors !== "all") scoped = true;
    }
    judged.pairs.set(pair, (all = { claims, sectors, scoped }));
  }
  if (!all.scoped) return all.claims.slice();
  const { claims: every, sectors } = all;
  const sector = cell.sector;
  const claims: Claim[] = [];
  for (let i = 0; i < every.length; i++) if (coversSector(sectors[i] as readonly string[] | "all", sector)) claims.push(every[i] as Claim);
  return claims;
}

/** Each index's set-aside copies, by claim and reason. */
const setAsideCopies = perIndex(() => new WeakMap<Claim, Map<string, Claim>>());

/**
 * The same claims, each set aside for the same reason. Each set-aside copy is made
 * once per claim and reason and shared, like the claims themselves.
 */
export function excludeAll(index: ScenarioIndex, claims: readonly Claim[], excluded: Exclusion): Claim[] {
  const copies = setAsideCopies(index);
  Object.freeze(excluded);
  const key = `${excluded.kind}\u0000${excluded.reason}\u0000${"since" in excluded ? (excluded.since ?? "") : ""}`;
  return claims.map((claim) => {
    let byReason = copies.get(claim);
    if (byReason === undefined) copies.set(claim, (byReason = new Map<string, Claim>()));
    let copy = byReason.get(key);
    if (copy === undefined) byReason.set(key, (copy = Object.freeze({ ...claim, excluded })));
    return copy;
  });
}
