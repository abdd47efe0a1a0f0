import { deepFreeze } from "../internal/deep-freeze.js";
import { perIndex } from "../model/per-index.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import { coordinationModelSchema } from "../model/schema/governance-model.js";
import type { CoordinationModel, IsoDate } from "../model/types.js";
import { EVERY_CELL, scopeArea, servedBy } from "./area.js";
import { holdersOf } from "../model/holders.js";
import { type Cell, type Claim, type Exclusion, partyFields } from "./claim.js";
import { largestMembership } from "./largest-membership.js";
import { excludeAll, mandateClaims } from "./mandate-claims.js";
import { type GovernanceModelRules, type ModelClaimRules, withLayers, JOINT_WORK, type ModelEvent, type ModelTimedEvent } from "./model-rules.js";
import { sectorsEver } from "../model/organisation-facts.js";

/** Tier of the agreement's own mandates. */
const AGREEMENT_TIER = 2;
/** Tier of the fallback, below the agreement's mandates. */
const FALLBACK_TIER = 1;

/** Why the agreement is not in force on the day, or undefined when it is. */
function agreementInactivity(model: CoordinationModel, on: IsoDate): Exclusion | undefined {
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
  // A joint fallback is a coalition of every party taking part, the largest its spokesperson.
  const party = model.fallback === "joint" ? partyFields(best.eligible, best.organisation) : { holder: best.organisation };
  return { ...claim, ...party, members: [], source: { kind: "fallback", mode: model.fallback, members: best.members } };
}

/** Each index's fallback claims by day and sector. */
const fallbackByDay = perIndex(() => new Map<string, Map<string | null, Claim | undefined>>());

/** Each index's agreement inactivity by day (null: in force). */
const inactivityByDay = perIndex(() => new Map<string, Exclusion | null>());

/** The fallback claim of a sector on a day: the same for every theme and region, so made once and shared. */
function sharedFallback(index: ScenarioIndex, model: CoordinationModel, cell: Cell): Claim | undefined {
  const byDay = fallbackByDay(index);
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
function coordinationClaims(index: ScenarioIndex, model: CoordinationModel, cell: Cell): Claim[] {
  const claims = mandateClaims(index, cell, "coordination", (mandate) => {
    if (mandate.grant.by !== "agreement" || mandate.grant.agreement !== model.agreement.id) {
      return { tier: AGREEMENT_TIER, excluded: { kind: "not-legitimate", reason: "not-granted-by-agreement" } };
    }
    if (!holdersOf(mandate).every((holder) => model.parties.includes(holder))) {
      const reason = mandate.holders === undefined ? "holder-not-a-party" : "coalition-holder-not-a-party";
      return { tier: AGREEMENT_TIER, excluded: { kind: "not-legitimate", reason } };
    }
    return { tier: AGREEMENT_TIER };
  });
  const fallback = sharedFallback(index, model, cell);
  if (fallback !== undefined) claims.push(fallback);
  const byDay = inactivityByDay(index);
  let inactive = byDay.get(cell.on);
  if (inactive === undefined) byDay.set(cell.on, (inactive = agreementInactivity(model, cell.on) ?? null));
  return inactive === null ? claims : excludeAll(index, claims, inactive);
}

/** True when the agreement can ever be in force: every party signed it. */
function agreementSigned(model: CoordinationModel): boolean {
  const signatories = new Set(model.agreement.signatories);
  return model.parties.every((party) => signatories.has(party));
}

/** Model 1, the coordination agreement among organisations: what resolution and parsing ask of it. */
export const coordinationClaimRules: ModelClaimRules<CoordinationModel> = {
  kind: "coordination",
  schema: coordinationModelSchema,
  defers: false,
  agreements: (model) => [model.agreement.id],
  checkMeaning(model, c) {
    const owner = "coordination model";
    c.refs("organisation", model.parties, ["model", "parties"], owner);
    c.unique(model.parties, ["model", "parties"], "party");
    if (model.parties.length < 2) {
      c.add("too_few_parties", ["model", "parties"], `${owner}: needs at least two parties, found ${model.parties.length}`);
    }
    c.refs("organisation", model.agreement.signatories, ["model", "agreement", "signatories"], `agreement "${model.agreement.id}"`);
    c.unique(model.agreement.signatories, ["model", "agreement", "signatories"], "signatory");
    c.interval(model.agreement.signedOn, model.agreement.validUntil, ["model", "agreement", "validUntil"], `agreement "${model.agreement.id}"`, "signedOn");
  },
  claims: coordinationClaims,
};

/** The same model's rules for every layer: its claim rules with its timeline, facts and merger. */
export const coordinationRules: GovernanceModelRules<CoordinationModel> = /* @__PURE__ */ withLayers(coordinationClaimRules, {
  timeline(model) {
    // Worked out once per question rather than once per mandate or organisation.
    const signed = agreementSigned(model);
    const parties = new Set(model.parties);
    const agreement = model.agreement;
    return {
      mandateAreas: (mandate) =>
        signed && mandate.grant.by === "agreement" && mandate.grant.agreement === agreement.id && holdersOf(mandate).every((holder) => parties.has(holder)) ? [scopeArea(mandate)] : [],
      // Parties compete in the fallback, where they serve the sector, and join a joint delegation; even
      // while the agreement is not in force, the fallback's claim (set aside) names the party that would lead.
      organisationAreas: (organisation) => (model.fallback !== "none" && parties.has(organisation.id) ? [servedBy(EVERY_CELL, sectorsEver(organisation))] : []),
      // The fallback (largest membership, or joint with the largest first) decides any cell no agreement mandate does.
      largestPools: () => (model.fallback === "none" ? [] : [{ among: model.parties, area: EVERY_CELL }]),
      events(from, until) {
        if (!signed) return [];
        const out: ModelTimedEvent[] = [];
        const add = (on: IsoDate | undefined, event: ModelEvent): void => {
          if (on !== undefined && from <= on && on < until) out.push({ on, event, areas: [EVERY_CELL] });
        };
        add(agreement.signedOn, { kind: "agreement-signed", agreement: agreement.id });
        add(agreement.validUntil, { kind: "agreement-ends", agreement: agreement.id });
        return out;
      },
    };
  },
  facts: (model) => ({ agreement: { parties: model.parties, agreement: model.agreement, fallback: model.fallback }, voice: "parties", funded: JOINT_WORK }),
  mergeOrganisations(model, draft, merging, successor) {
    if (model.parties.some((p) => merging.has(p)) && !model.parties.includes(successor)) draft.parties.push(successor);
    const signed = model.agreement.signatories;
    if (signed.some((p) => merging.has(p)) && !signed.includes(successor)) draft.agreement.signatories.push(successor);
  },
});
