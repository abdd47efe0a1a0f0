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

/** The claims of every mandate that covers the cell, judged by the model. */
export function mandateClaims(index: ScenarioIndex, cell: Cell, judge: (mandate: Mandate) => MandateVerdict): Claim[] {
  const claims: Claim[] = [];
  for (const { mandate, themeDepth, regionDepth } of index.mandatesCovering(cell.theme, cell.region)) {
    if (!coversSector(mandate.scope.sectors, cell.sector)) continue;
    const verdict = judge(mandate);
    claims.push({
      id: `mandate:${mandate.id}`,
      role: mandate.role,
      holder: mandate.holder,
      members: [],
      tier: verdict.tier,
      source: { kind: "mandate", mandate: mandate.id, grant: mandate.grant },
      specificity: { theme: themeDepth, region: regionDepth, sectors: mandate.scope.sectors },
      validFrom: mandate.validFrom,
      ...(mandate.validUntil === undefined ? {} : { validUntil: mandate.validUntil }),
      ...(verdict.excluded === undefined ? {} : { excluded: verdict.excluded }),
    });
  }
  return claims;
}

/** The same claims, each set aside for the same reason. */
export function excludeAll(claims: readonly Claim[], excluded: Exclusion): Claim[] {
  return claims.map((claim) => ({ ...claim, excluded }));
}
