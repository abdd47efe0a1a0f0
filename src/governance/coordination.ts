import { deepFreeze } from "../internal/deep-freeze.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { CoordinationModel, IsoDate } from "../model/types.js";
import type { Cell, Claim, Exclusion } from "./claim.js";
import { largestMembership } from "./largest-membership.js";
import { excludeAll, mandateClaims } from "./mandate-claims.js";

/** Tier of the agreement's own mandates. */
const AGREEMENT_TIER = 2;
/** Tier of the fallback, below the agreement's mandates. */
const FALLBACK_TIER = 1;

/** Why the agreement is not in force on the day, or undefined when it is. */
export function agreementInactivity(model: CoordinationModel, on: IsoDate): Exclusion | undefined {
  const { agreement, parties } = model;
  if (!parties.every((party) => agreement.signatories.includes(party))) {
    return { kind: "model-inactive", reason: "agreement-not-signed" };
  }
  if (on < agreement.signedOn) return { kind: "model-inactive", reason: "agreement-not-yet-signed", since: agreement.signedOn };
  if (agreement.validUntil !== undefined && on >= agreement.validUntil) {
    return { kind: "model-inactive", reason: "agreement-ended", since: agreement.validUntil };
  }
  return undefined;
}

function fallbackClaim(index: ScenarioIndex, model: CoordinationModel, cell: Cell): Claim | undefined {
  if (model.fallback === "none") return undefined;
  const best = largestMembership(index, model.parties, cell);
  const claim = {
    id: `fallback:${model.fallback}`,
    role: "lead",
    tier: FALLBACK_TIER,
    specificity: { theme: -2, region: 0, sectors: "all" },
  } as const;
  if (best === undefined) {
    // Kept, set aside, so that the basis shows the fallback found no party serving the sector.
    return {
      ...claim,
      holder: null,
      members: [],
      source: { kind: "fallback", mode: model.fallback, members: 0 },
      excluded: { kind: "model-inactive", reason: "no-eligible-organisation" },
    };
  }
  return {
    ...claim,
    holder: best.organisation,
    members: model.fallback === "joint" ? best.eligible.filter((id) => id !== best.organisation) : [],
    source: { kind: "fallback", mode: model.fallback, members: best.members },
  };
}

/** The fallback claim of a sector on a day: the same for every theme and region, so made once and shared. */
function sharedFallback(index: ScenarioIndex, model: CoordinationModel, cell: Cell): Claim | undefined {
  const byDay = index.keep("coordination:fallback", () => new Map<string, Map<string | null, Claim | undefined>>());
  let bySector = byDay.get(cell.on);
  if (bySector === undefined) byDay.set(cell.on, (bySector = new Map<string | null, Claim | undefined>()));
  if (bySector.has(cell.sector)) return bySector.get(cell.sector);
  const claim = fallbackClaim(index, model, cell);
  const frozen = claim === undefined ? undefined : deepFreeze(claim);
  bySector.set(cell.sector, frozen);
  return frozen;
}

/**
 * Model 1: the agreement's mandates held by parties, in one tier, and the
 * fallback in a lower tier; nothing counts while the agreement is not in force.
 */
export function coordinationClaims(index: ScenarioIndex, model: CoordinationModel, cell: Cell): Claim[] {
  const claims = mandateClaims(index, cell, "coordination", (mandate) => {
    if (mandate.grant.by !== "agreement" || mandate.grant.agreement !== model.agreement.id) {
      return { tier: AGREEMENT_TIER, excluded: { kind: "not-legitimate", reason: "not-granted-by-agreement" } };
    }
    if (!model.parties.includes(mandate.holder)) {
      return { tier: AGREEMENT_TIER, excluded: { kind: "not-legitimate", reason: "holder-not-a-party" } };
    }
    return { tier: AGREEMENT_TIER };
  });
  const fallback = sharedFallback(index, model, cell);
  if (fallback !== undefined) claims.push(fallback);
  const byDay = index.keep("coordination:inactivity", () => new Map<string, Exclusion | null>());
  let inactive = byDay.get(cell.on);
  if (inactive === undefined) byDay.set(cell.on, (inactive = agreementInactivity(model, cell.on) ?? null));
  return inactive === null ? claims : excludeAll(index, claims, inactive);
}
