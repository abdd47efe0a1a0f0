import { deepFreeze } from "../internal/deep-freeze.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { AlternativeModel, GrantKind, IsoDate, Mandate, Period, Rule } from "../model/types.js";
import type { Cell, Claim, Specificity } from "./claim.js";
import { sharedLargestMembership } from "./largest-membership.js";
import { type MandateVerdict, mandateClaims } from "./mandate-claims.js";
import { type RotationPeriod, wholePeriods } from "./rotation.js";

const RULE_TIER = 1;

/** How closely a rule's theme, theme-kind and region conditions fit a pair, or undefined when one does not match. */
function pairFit(index: ScenarioIndex, rule: Rule, theme: string, region: string): { theme: number; region: number } | undefined {
  const when = rule.when ?? {};
  let themeDepth = -2;
  if (when.themeKind !== undefined) {
    if (index.themeKind(theme) !== when.themeKind) return undefined;
    themeDepth = -1;
  }
  if (when.themes !== undefined) {
    themeDepth = index.deepestListedTheme(theme, when.themes);
    if (themeDepth < 0) return undefined;
  }
  let regionDepth = 0;
  if (when.regions !== undefined) {
    regionDepth = index.deepestListedRegion(region, when.regions);
    if (regionDepth < 0) return undefined;
  }
  return { theme: themeDepth, region: regionDepth };
}

/** True when a rule's sector condition admits the cell's sector; a query without a sector matches only rules without one. */
function sectorFits(rule: Rule, sector: string | null): boolean {
  const sectors = rule.when?.sectors;
  return sectors === undefined || (sector !== null && sectors.includes(sector));
}

/** A rule that matches a (theme, region) pair, how closely, and its claim when no sector or day changes it. */
interface PairMatch {
  readonly rule: Rule;
  readonly order: number;
  /** The claim's id, `rule:` and the rule's id. */
  readonly id: string;
  readonly specificity: Specificity;
  readonly claim?: Claim;
}

interface Deferral {
  readonly judgement: string;
  readonly judge: (mandate: Mandate) => MandateVerdict;
}

/** How a `mandates` rule judges mandates, named by the grant kinds it defers to (so that rules alike share claims); made once per rule. */
function deferral(index: ScenarioIndex, order: number, grants: readonly GrantKind[] | undefined): Deferral {
  const byRule = index.keep("alternative:deferrals", () => new Map<number, Deferral>());
  let found = byRule.get(order);
  if (found !== undefined) return found;
  const excluded = { kind: "not-legitimate", reason: "grant-kind-excluded" } as const;
  found =
    grants === undefined
      ? { judgement: "alternative:*", judge: () => ({ tier: RULE_TIER }) }
      : {
          judgement: `alternative:${[...new Set(grants)].sort().join(",")}`,
          judge: (mandate) => (grants.includes(mandate.grant.by) ? { tier: RULE_TIER } : { tier: RULE_TIER, excluded }),
        };
  byRule.set(order, found);
  return found;
}

/** Whole rotation periods by rule and day: the same for every theme, region and sector. */
function rotationPeriod(index: ScenarioIndex, order: number, rotate: { readonly every: Period; readonly startingOn: IsoDate }, on: IsoDate): RotationPeriod {
  const byRule = index.keep("alternative:rotation", () => new Map<number, Map<IsoDate, RotationPeriod>>());
  let byDay = byRule.get(order);
  if (byDay === undefined) byRule.set(order, (byDay = new Map<IsoDate, RotationPeriod>()));
  let period = byDay.get(on);
  if (period === undefined) byDay.set(on, (period = wholePeriods(rotate.startingOn, rotate.every, on)));
  return period;
}

// Written out field by field rather than spread from a common base: this runs for every matching rule of every cell.
function ruleClaim(index: ScenarioIndex, match: PairMatch, cell: Cell): Claim {
  const { rule, order, id, specificity } = match;
  const then = rule.then;
  if ("assign" in then) {
    const source = { kind: "rule", rule: rule.id, action: "assign" } as const;
    return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: then.assign.lead, members: then.assign.members ?? [], source };
  }
  if ("largestMembership" in then) {
    const { among, joint } = then.largestMembership;
    const pool = (): readonly string[] => (among === "all" ? index.scenario.organisations.map((o) => o.id) : among);
    const best = sharedLargestMembership(index, id, pool, cell);
    if (best === undefined) {
      // Kept, set aside, so that the basis shows the rule matched but found no one.
      const source = { kind: "rule", rule: rule.id, action: "largestMembership" } as const;
      const excluded = { kind: "model-inactive", reason: "no-eligible-organisation" } as const;
      return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: [], source, excluded };
    }
    const members = joint === true ? best.eligible.filter((o) => o !== best.organisation) : [];
    const source = { kind: "rule", rule: rule.id, action: "largestMembership", detail: { members: best.members } } as const;
    return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: best.organisation, members, source };
  }
  if ("rotate" in then) {
    const { among, startingOn } = then.rotate;
    if (cell.on < startingOn) {
      const source = { kind: "rule", rule: rule.id, action: "rotate" } as const;
      const excluded = { kind: "model-inactive", reason: "rotation-not-started", since: startingOn } as const;
      return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: [], source, excluded };
    }
    const period = rotationPeriod(index, order, then.rotate, cell.on);
    // A period that runs to the end of the calendar has no next turnover to name.
    const detail = period.until === undefined ? { turn: period.turn, periodFrom: period.from } : { turn: period.turn, periodFrom: period.from, periodUntil: period.until };
    const source = { kind: "rule", rule: rule.id, action: "rotate", detail } as const;
    return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: among[period.turn % among.length] ?? null, members: [], source };
  }
  if ("mandates" in then) {
    const { judgement, judge } = deferral(index, order, then.mandates.grants);
    const defer = mandateClaims(index, cell, judgement, judge);
    const source = { kind: "rule", rule: rule.id, action: "mandates" } as const;
    return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: [], source, defer };
  }
  const source = { kind: "rule", rule: rule.id, action: "unrepresented" } as const;
  return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: [], source, unrepresented: { reason: then.unrepresented.reason } };
}

/** The rules that match the cell's theme and region, worked out once per scenario and pair. */
function pairMatches(index: ScenarioIndex, model: AlternativeModel, cell: Cell): readonly PairMatch[] {
  const table = index.keep("alternative:matches", () => new Map<number, readonly PairMatch[]>());
  const pair = index.pairNumber(cell.theme, cell.region);
  const cached = table.get(pair);
  if (cached !== undefined) return cached;
  // A rule's match depends on the rule and the depths it fits at only: pairs alike share one, and its claim.
  const alike = index.keep("alternative:match-by-fit", () => model.rules.map(() => new Map<number, PairMatch>()));
  const matches: PairMatch[] = [];
  model.rules.forEach((rule, order) => {
    const fit = pairFit(index, rule, cell.theme, cell.region);
    if (fit === undefined) return;
    const byFit = alike[order] as Map<number, PairMatch>;
    // Depths past the span (trees millions deep) are not shared, so that no two fits share a key.
    const key = fit.theme + 2 < FIT_SPAN && fit.region < FIT_SPAN ? (fit.theme + 2) * FIT_SPAN + fit.region : -1;
    const known = byFit.get(key);
    if (known !== undefined) {
      matches.push(known);
      return;
    }
    const match = { rule, order, id: `rule:${rule.id}`, specificity: Object.freeze({ ...fit, sectors: rule.when?.sectors ?? "all" }) };
    const fixed = "assign" in rule.then || "unrepresented" in rule.then;
    const made = Object.freeze(fixed ? { ...match, claim: deepFreeze(ruleClaim(index, match, cell)) } : match);
    if (key >= 0) byFit.set(key, made);
    matches.push(made);
  });
  table.set(pair, matches);
  return matches;
}

/** Spacing of the theme depth and the region depth in the key of a shared match. */
const FIT_SPAN = 2 ** 26;

/**
 * Model 3: each rule whose condition matches the cell is one lead claim in one
 * tier, ranked by the rule's position for ties that specificity cannot settle.
 */
export function alternativeClaims(index: ScenarioIndex, model: AlternativeModel, cell: Cell): Claim[] {
  const claims: Claim[] = [];
  for (const match of pairMatches(index, model, cell)) {
    if (!sectorFits(match.rule, cell.sector)) continue;
    claims.push(match.claim ?? ruleClaim(index, match, cell));
  }
  return claims;
}
