import type { ScenarioIndex } from "../model/scenario-index.js";
import type { AlternativeModel, Rule } from "../model/types.js";
import type { Cell, Claim, Specificity } from "./claim.js";
import { sharedLargestMembership } from "./largest-membership.js";
import { mandateClaims } from "./mandate-claims.js";
import { wholePeriods } from "./rotation.js";

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
    const chain = index.themeChain(theme);
    const at = Math.min(...when.themes.map((t) => chain.indexOf(t)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return undefined;
    themeDepth = chain.length - 1 - at;
  }
  let regionDepth = 0;
  if (when.regions !== undefined) {
    const chain = index.regionChain(region);
    const at = Math.min(...when.regions.map((r) => chain.indexOf(r)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return undefined;
    regionDepth = chain.length - 1 - at;
  }
  return { theme: themeDepth, region: regionDepth };
}

/** True when a rule's sector condition admits the cell's sector; a query without a sector matches only rules without one. */
function sectorFits(rule: Rule, sector: string | null): boolean {
  const sectors = rule.when?.sectors;
  return sectors === undefined || (sector !== null && sectors.includes(sector));
}

/** How closely a rule's condition fits the cell, or undefined when it does not match. */
export function ruleSpecificity(index: ScenarioIndex, rule: Rule, cell: Cell): Specificity | undefined {
  const fit = pairFit(index, rule, cell.theme, cell.region);
  if (fit === undefined || !sectorFits(rule, cell.sector)) return undefined;
  return { ...fit, sectors: rule.when?.sectors ?? "all" };
}

function ruleClaim(index: ScenarioIndex, rule: Rule, order: number, cell: Cell, specificity: Specificity): Claim {
  const base = { id: `rule:${rule.id}`, role: "lead", tier: RULE_TIER, specificity, order } as const;
  const then = rule.then;
  if ("assign" in then) {
    const members = then.assign.members ?? [];
    return { ...base, holder: then.assign.lead, members, source: { kind: "rule", rule: rule.id, action: "assign" } };
  }
  if ("largestMembership" in then) {
    const { among, joint } = then.largestMembership;
    const pool = (): readonly string[] => (among === "all" ? index.scenario.organisations.map((o) => o.id) : among);
    const best = sharedLargestMembership(index, `rule:${order}`, pool, cell);
    if (best === undefined) {
      // Kept, set aside, so that the basis shows the rule matched but found no one.
      const source = { kind: "rule", rule: rule.id, action: "largestMembership" } as const;
      return { ...base, holder: null, members: [], source, excluded: { kind: "model-inactive", reason: "no-eligible-organisation" } };
    }
    return {
      ...base,
      holder: best.organisation,
      members: joint === true ? best.eligible.filter((id) => id !== best.organisation) : [],
      source: { kind: "rule", rule: rule.id, action: "largestMembership", detail: { members: best.members } },
    };
  }
  if ("rotate" in then) {
    const { among, every, startingOn } = then.rotate;
    const source = { kind: "rule", rule: rule.id, action: "rotate" } as const;
    if (cell.on < startingOn) {
      return {
        ...base,
        holder: null,
        members: [],
        source,
        excluded: { kind: "model-inactive", reason: "rotation-not-started", since: startingOn },
      };
    }
    const periods = index.keep("alternative:rotation", () => new Map<string, ReturnType<typeof wholePeriods>>());
    const key = `${order}\u0000${cell.on}`;
    let period = periods.get(key);
    if (period === undefined) periods.set(key, (period = wholePeriods(startingOn, every, cell.on)));
    return {
      ...base,
      holder: among[period.turn % among.length] ?? null,
      members: [],
      source: { ...source, detail: { turn: period.turn, periodFrom: period.from, periodUntil: period.until } },
    };
  }
  if ("mandates" in then) {
    const grants = then.mandates.grants;
    // The judgement depends on the rule's grants only, so the rule's position names it.
    const defer = mandateClaims(index, cell, `alternative:${order}`, (mandate) =>
      grants === undefined || grants.includes(mandate.grant.by)
        ? { tier: 1 }
        : { tier: 1, excluded: { kind: "not-legitimate", reason: "grant-kind-excluded" } },
    );
    return { ...base, holder: null, members: [], source: { kind: "rule", rule: rule.id, action: "mandates" }, defer };
  }
  return {
    ...base,
    holder: null,
    members: [],
    source: { kind: "rule", rule: rule.id, action: "unrepresented" },
    unrepresented: { reason: then.unrepresented.reason },
  };
}

/** A rule that matches a (theme, region) pair, how closely, and its claim when no sector or day changes it. */
interface PairMatch {
  readonly rule: Rule;
  readonly order: number;
  readonly specificity: Specificity;
  readonly claim?: Claim;
}

/** The rules that match the cell's theme and region, worked out once per scenario and pair. */
function pairMatches(index: ScenarioIndex, model: AlternativeModel, cell: Cell): readonly PairMatch[] {
  const table = index.keep("alternative:matches", () => new Map<number, readonly PairMatch[]>());
  const pair = index.pairNumber(cell.theme, cell.region);
  const cached = table.get(pair);
  if (cached !== undefined) return cached;
  const matches: PairMatch[] = [];
  model.rules.forEach((rule, order) => {
    const fit = pairFit(index, rule, cell.theme, cell.region);
    if (fit === undefined) return;
    const specificity = Object.freeze({ ...fit, sectors: rule.when?.sectors ?? "all" });
    const fixed = "assign" in rule.then || "unrepresented" in rule.then;
    matches.push(fixed ? { rule, order, specificity, claim: Object.freeze(ruleClaim(index, rule, order, cell, specificity)) } : { rule, order, specificity });
  });
  table.set(pair, matches);
  return matches;
}

/**
 * Model 3: each rule whose condition matches the cell is one lead claim in one
 * tier, ranked by the rule's position for ties that specificity cannot settle.
 */
export function alternativeClaims(index: ScenarioIndex, model: AlternativeModel, cell: Cell): Claim[] {
  const claims: Claim[] = [];
  for (const match of pairMatches(index, model, cell)) {
    if (!sectorFits(match.rule, cell.sector)) continue;
    claims.push(match.claim ?? ruleClaim(index, match.rule, match.order, cell, match.specificity));
  }
  return claims;
}
