import type { ScenarioIndex } from "../model/scenario-index.js";
import type { Mandate } from "../model/types.js";
import type { Cell, Claim, Exclusion } from "./claim.js";

/** How a model judges one mandate: its tier, or why it does not count. */
export interface MandateVerdict {
  readonly tier: number;
  readonly excluded?: Exclusion;
}

/** True when a scope's sectors cover the cell; a query without a sector needs a scope for every sector. */
export function coversSector(sectors: readonly string[] | "all", sector: string | null): boolean {
  return sectors === "all" || (sector !== null && sectors.includes(sector));
}

/** Claims by pair number, for one way of judging mandates. */
type PairTable = Map<number, readonly Claim[]>;

/** The claims of every mandate covering the cell's theme and region, in every sector, frozen so that cells can share them. */
function pairClaims(index: ScenarioIndex, cell: Cell, judge: (mandate: Mandate) => MandateVerdict): readonly Claim[] {
  const claims: Claim[] = [];
  for (const { mandate, themeDepth, regionDepth } of index.mandatesCovering(cell.theme, cell.region)) {
    const verdict = judge(mandate);
    claims.push(
      Object.freeze({
        id: `mandate:${mandate.id}`,
        role: mandate.role,
        holder: mandate.holder,
        members: Object.freeze([]),
        tier: verdict.tier,
        source: Object.freeze({ kind: "mandate", mandate: mandate.id, grant: mandate.grant }),
        specificity: Object.freeze({ theme: themeDepth, region: regionDepth, sectors: mandate.scope.sectors }),
        validFrom: mandate.validFrom,
        ...(mandate.validUntil === undefined ? {} : { validUntil: mandate.validUntil }),
        ...(verdict.excluded === undefined ? {} : { excluded: verdict.excluded }),
      } as const),
    );
  }
  return claims;
}

/**
 * The claims of every mandate that covers the cell, judged by the model.
 * `judgement` names the way `judge` judges (e.g. `coordination`): a (theme, region)
 * pair's claims are made once per scenario and judgement, and shared by every
 * sector and day, since neither changes them.
 */
export function mandateClaims(index: ScenarioIndex, cell: Cell, judgement: string, judge: (mandate: Mandate) => MandateVerdict): Claim[] {
  const tables = index.keep("governance:mandate-claims", () => new Map<string, PairTable>());
  let table = tables.get(judgement);
  if (table === undefined) tables.set(judgement, (table = new Map<number, readonly Claim[]>()));
  const pair = index.pairNumber(cell.theme, cell.region);
  let all = table.get(pair);
  if (all === undefined) {
    all = pairClaims(index, cell, judge);
    table.set(pair, all);
  }
  const claims: Claim[] = [];
  for (const claim of all) if (coversSector(claim.specificity.sectors, cell.sector)) claims.push(claim);
  return claims;
}

/**
 * The same claims, each set aside for the same reason. Each set-aside copy is made
 * once per claim and reason and shared, like the claims themselves.
 */
export function excludeAll(index: ScenarioIndex, claims: readonly Claim[], excluded: Exclusion): Claim[] {
  const copies = index.keep("governance:excluded", () => new WeakMap<Claim, Map<string, Claim>>());
  const key = `${excluded.kind}\u0000${excluded.reason}\u0000${"since" in excluded ? (excluded.since ?? "") : ""}`;
  return claims.map((claim) => {
    let byReason = copies.get(claim);
    if (byReason === undefined) copies.set(claim, (byReason = new Map<string, Claim>()));
    let copy = byReason.get(key);
    if (copy === undefined) byReason.set(key, (copy = Object.freeze({ ...claim, excluded })));
    return copy;
  });
}
