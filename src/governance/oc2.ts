import { deepFreeze } from "../internal/deep-freeze.js";
import { perIndex } from "../model/per-index.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import { oc2ModelSchema } from "../model/schema/governance-model.js";
import { fieldOn, isDated } from "../model/dated.js";
import type { IsoDate, Oc2Model } from "../model/types.js";
import { PROFESSIONAL, scopeArea } from "./area.js";
import type { Cell, Claim, Exclusion } from "./claim.js";
import { excludeAll, mandateClaims } from "./mandate-claims.js";
import { FIRST_DAY } from "../model/calendar.js";
import { type FundingRecord, type GovernanceModelRules, type ModelClaimRules, withLayers, LEGACY_FUNDING_ID } from "./model-rules.js";
import type { BodyFacts } from "./model-rules.js";

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

/** Each index's chapter and body claims by region. */
const bodyClaimsByRegion = perIndex(() => new Map<string, readonly Claim[]>());

/** The claims of the chapters up the region's chain and of the body: the same for every theme, sector and day, so made once per region. */
function bodyClaims(index: ScenarioIndex, model: Oc2Model, region: string): readonly Claim[] {
  const byRegion = bodyClaimsByRegion(index);
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

/** The body's `funding` field read as one funding period for the body, from the first day (the field records no start). */
function legacyFunding(model: Oc2Model): FundingRecord[] {
  const f = model.funding;
  if (f === undefined) return [];
  return [
    {
      id: LEGACY_FUNDING_ID,
      kind: f.structural ? "structural" : "one-off",
      from: FIRST_DAY,
      for: model.body,
      ...(f.source === undefined ? {} : { by: f.source }),
      ...(f.until === undefined ? {} : { until: f.until }),
      ...(f.annualBudgetEur === undefined ? {} : { amountEurPerYear: f.annualBudgetEur }),
      ...(f.fte === undefined ? {} : { fte: f.fte }),
    },
  ];
}

/**
 * Model 2: professional themes go to the body, in three tiers (its delegations,
 * the nearest chapter, the body itself); labour themes stay with statutory mandates.
 */
function oc2Claims(index: ScenarioIndex, model: Oc2Model, cell: Cell): Claim[] {
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

/** The body as in force on the day (or at each dated field's latest change), without the model's kind and sources. */
function bodyOn(model: Oc2Model, on: IsoDate | undefined): BodyFacts {
  const { board, assembly, safeguards } = model;
  // Everything else the body has, without what says which model it is and where it comes from.
  const rest: { -readonly [K in keyof Oc2Model]?: Oc2Model[K] } = { ...model };
  delete rest.kind;
  delete rest.sources;
  delete rest.note;
  delete rest.board;
  delete rest.assembly;
  delete rest.safeguards;
  const dated = (["board", "assembly", "safeguards"] as const).filter((field) => {
    const value = model[field];
    return value !== undefined && isDated<unknown>(value);
  });
  const inForce = { board: fieldOn(board, on), assembly: fieldOn(assembly, on), safeguards: fieldOn(safeguards, on) };
  return {
    ...(rest as Omit<Oc2Model, "kind" | "sources" | "note" | "board" | "assembly" | "safeguards">),
    ...(inForce.board === undefined ? {} : { board: inForce.board }),
    ...(inForce.assembly === undefined ? {} : { assembly: inForce.assembly }),
    ...(inForce.safeguards === undefined ? {} : { safeguards: inForce.safeguards }),
    dated,
  };
}

/** Model 2, OC 2.0, a professional body: what resolution and parsing ask of it. */
export const oc2ClaimRules: ModelClaimRules<Oc2Model> = {
  kind: "oc2",
  schema: oc2ModelSchema,
  defers: false,
  agreements: () => undefined,
  checkMeaning(model, c) {
    const owner = `OC 2.0 body "${model.body}"`;
    c.ref("organisation", model.body, ["model", "body"], "OC 2.0 model");
    c.dated(model.board, ["model", "board"], owner, (board, at) => {
      board.seats.forEach((seat, i) => {
        c.ref("organisation", seat.organisation, [...at, "seats", i, "organisation"], owner);
      });
      c.unique(board.seats.map((seat) => seat.organisation), [...at, "seats"], "board seat holder");
    });
    c.dated(model.assembly, ["model", "assembly"], owner, () => undefined);
    c.dated(model.safeguards, ["model", "safeguards"], owner, () => undefined);
    const chapters = model.chapters ?? [];
    chapters.forEach((chapter, i) => {
      c.ref("region", chapter.region, ["model", "chapters", i, "region"], owner);
      c.ref("organisation", chapter.organisation, ["model", "chapters", i, "organisation"], owner);
    });
    c.unique(chapters.map((chapter) => chapter.region), ["model", "chapters"], "chapter region");
  },
  claims: oc2Claims,
};

/** The same model's rules for every layer: its claim rules with its timeline, facts and merger. */
export const oc2Rules: GovernanceModelRules<Oc2Model> = /* @__PURE__ */ withLayers(oc2ClaimRules, {
  timeline(model) {
    // The chapters' regions by organisation, in document order, worked out once per question.
    const chapterRegions = new Map<string, string[]>();
    for (const chapter of model.chapters ?? []) {
      const list = chapterRegions.get(chapter.organisation);
      if (list === undefined) chapterRegions.set(chapter.organisation, [chapter.region]);
      else list.push(chapter.region);
    }
    return {
      mandateAreas(mandate) {
        const grant = mandate.grant;
        if (grant.by === "statute") return [{ ...scopeArea(mandate), themeKind: "labour" }];
        if (grant.by === "delegation" && grant.from === model.body) return [{ ...scopeArea(mandate), themeKind: "professional" }];
        return [];
      },
      organisationAreas(organisation) {
        if (organisation.id === model.body) return [PROFESSIONAL];
        return (chapterRegions.get(organisation.id) ?? []).map((region) => ({ ...PROFESSIONAL, regions: [region] }));
      },
      events: (from, until) =>
        from <= model.established && model.established < until ? [{ on: model.established, event: { kind: "body-established", body: model.body }, areas: [PROFESSIONAL] }] : [],
    };
  },
  // The model is its body's description: its organs, chapters, safeguards and funding, read on the day.
  // Its funding field has no start: it is read as one period for the body from the calendar's first day.
  facts: (model, on) => ({ body: bodyOn(model, on), voice: "organs", funded: { organisation: model.body, required: true, periods: legacyFunding(model) } }),
  mergeOrganisations() {
    // The body, its seats and chapters name organisations one by one; a merger leaves them as they were.
  },
});
