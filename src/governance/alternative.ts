import type { ScenarioIndex } from "../model/scenario-index.js";
import type { AlternativeModel, Rule } from "../model/types.js";
import type { Cell, Claim, Specificity } from "./claim.js";
import { largestMembership } from "./largest-membership.js";
import { mandateClaims } from "./mandate-claims.js";
import { wholePeriods } from "./rotation.js";

const RULE_TIER = 1;

/** How closely a rule's condition fits the cell, or undefined when it does not match. */
export function ruleSpecificity(index: ScenarioIndex, rule: Rule, cell: Cell): Specificity | undefined {
  const when = rule.when ?? {};
  let theme = -2;
  if (when.themeKind !== undefined) {
    if (index.themeKind(cell.theme) !== when.themeKind) return undefined;
    theme = -1;
  }
  if (when.themes !== undefined) {
    const chain = index.themeChain(cell.theme);
    const at = Math.min(...when.themes.map((t) => chain.indexOf(t)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return undefined;
    theme = chain.length - 1 - at;
  }
  let region = 0;
  if (when.regions !== undefined) {
    const chain = index.regionChain(cell.region);
    const at = Math.min(...when.regions.map((r) => chain.indexOf(r)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) return undefined;
    region = chain.length - 1 - at;
  }
  if (when.sectors !== undefined && (cell.sector === null || !when.sectors.includes(cell.sector))) return undefined;
  return { theme, region, sectors: when.sectors ?? "all" };
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
    const pool = among === "all" ? index.scenario.organisations.map((o) => o.id) : among;
    const best = largestMembership(index, pool, cell);
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
    const period = wholePeriods(startingOn, every, cell.on);
    return {
      ...base,
      holder: among[period.turn % among.length] ?? null,
      members: [],
      source: { ...source, detail: { turn: period.turn, periodFrom: period.from, periodUntil: period.until } },
    };
  }
  if ("mandates" in then) {
    const grants = then.mandates.grants;
    const defer = mandateClaims(index, cell, (mandate) =>
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

/**
 * Model 3: each rule whose condition matches the cell is one lead claim in one
 * tier, ranked by the rule's position for ties that specificity cannot settle.
 */
export function alternativeClaims(index: ScenarioIndex, model: AlternativeModel, cell: Cell): Claim[] {
  const claims: Claim[] = [];
  model.rules.forEach((rule, order) => {
    const specificity = ruleSpecificity(index, rule, cell);
    if (specificity !== undefined) claims.push(ruleClaim(index, rule, order, cell, specificity));
  });
  return claims;
}
