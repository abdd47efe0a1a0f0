import { deepFreeze } from "../internal/deep-freeze.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { Oc2Model } from "../model/types.js";
import type { Cell, Claim, Exclusion } from "./claim.js";
import { excludeAll, mandateClaims } from "./mandate-claims.js";

/** Mandates delegated by the body: the highest tier. */
const DELEGATED_TIER = 3;
/** The chapter of the cell's region or of its nearest ancestor. */
const CHAPTER_TIER = 2;
/** The body itself. */
const BODY_TIER = 1;

/** Why the body holds nothing on the day, or undefined when it is active. */
function bodyInactivity(index: ScenarioIndex, model: Oc2Model, cell: Cell): Exclusion | undefined {
  if (cell.on < model.established) return { kind: "model-inactive", reason: "body-not-established", since: model.established };
  const dissolved = index.organisations.get(model.body)?.dissolved;
  if (dissolved !== undefined && cell.on >= dissolved) return { kind: "model-inactive", reason: "body-dissolved", since: dissolved };
  return undefined;
}

/** The claims of the chapters up the region's chain and of the body: the same for every theme, sector and day, so made once per region. */
function bodyClaims(index: ScenarioIndex, model: Oc2Model, region: string): readonly Claim[] {
  const byRegion = index.keep("oc2:body-claims", () => new Map<string, readonly Claim[]>());
  const cached = byRegion.get(region);
  if (cached !== undefined) return cached;
  const claims: Claim[] = [];
  // Every chapter up the region chain claims; specificity leaves the nearest one standing.
  for (const chapter of model.chapters ?? []) {
    if (!index.regionWithin(region, chapter.region)) continue;
    claims.push({
      id: `chapter:${chapter.region}`,
      role: "lead",
      holder: chapter.organisation,
      members: chapter.organisation === model.body ? [] : [model.body],
      tier: CHAPTER_TIER,
      source: { kind: "chapter", region: chapter.region, body: model.body },
      specificity: { theme: -2, region: index.regionDepth(chapter.region), sectors: "all" },
    });
  }
  claims.push({
    id: "body",
    role: "lead",
    holder: model.body,
    members: [],
    tier: BODY_TIER,
    source: { kind: "body", body: model.body },
    specificity: { theme: -2, region: 0, sectors: "all" },
  });
  const frozen = deepFreeze(claims);
  byRegion.set(region, frozen);
  return frozen;
}

/**
 * Model 2: professional themes go to the body, in three tiers (its delegations,
 * the nearest chapter, the body itself); labour themes stay with statutory mandates.
 */
export function oc2Claims(index: ScenarioIndex, model: Oc2Model, cell: Cell): Claim[] {
  if (index.themeKind(cell.theme) === "labour") {
    return mandateClaims(index, cell, "oc2:labour", (mandate) =>
      mandate.grant.by === "statute" ? { tier: 1 } : { tier: 1, excluded: { kind: "not-legitimate", reason: "not-statutory" } },
    );
  }
  const claims = mandateClaims(index, cell, "oc2:professional", (mandate) =>
    mandate.grant.by === "delegation" && mandate.grant.from === model.body
      ? { tier: DELEGATED_TIER }
      : { tier: DELEGATED_TIER, excluded: { kind: "not-legitimate", reason: "not-delegated-by-body" } },
  );
  for (const claim of bodyClaims(index, model, cell.region)) claims.push(claim);
  const inactive = bodyInactivity(index, model, cell);
  return inactive === undefined ? claims : excludeAll(index, claims, inactive);
}
