/**
 * The casbin baseline: "RBAC with domains", the tool a developer might reach for.
 * Regions are the domains, and the region tree (like the theme tree) is a role
 * hierarchy, so that a policy on a region holds in every region below it.
 * `enforce` answers, per organisation, whether it holds a mandate covering a cell
 * on a day. That is only the claim-collection part of the work: casbin cannot rank
 * specificity, tiers or the model's rules, so it is measured on that part alone.
 */
import { type Enforcer, newEnforcer, newModelFromString } from "casbin";
import type { IsoDate, Scenario } from "../src/model/types.js";
import { type NaiveCell, singleHolder } from "./naive.js";

const MODEL = `
[request_definition]
r = sub, dom, obj, act, day

[policy_definition]
p = sub, dom, obj, act, from, until

[role_definition]
g = _, _
g2 = _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.sub == p.sub && g(r.dom, p.dom) && (p.obj == "*" || g2(r.obj, p.obj)) && (p.act == "*" || r.act == p.act) && p.from <= r.day && r.day < p.until
`;

/** The day after every real one, standing in for an open end. */
const OPEN_END: IsoDate = "9999-12-31";

/** A casbin enforcer loaded with one policy per mandate, region, theme and sector, and the two trees. */
export interface CasbinBaseline {
  readonly enforcer: Enforcer;
  readonly organisations: readonly string[];
  readonly policies: number;
}

/** Loads a scenario's mandates and trees into a casbin enforcer. */
export async function casbinBaseline(scenario: Scenario): Promise<CasbinBaseline> {
  const enforcer = await newEnforcer(newModelFromString(MODEL));
  const rules: string[][] = [];
  for (const m of scenario.mandates) {
    const themes = m.scope.themes === "all" ? ["*"] : m.scope.themes;
    const sectors = m.scope.sectors === "all" ? ["*"] : m.scope.sectors;
    for (const region of m.scope.regions) {
      for (const theme of themes) for (const sector of sectors) rules.push([singleHolder(m), region, theme, sector, m.validFrom, m.validUntil ?? OPEN_END]);
    }
  }
  // Casbin keeps each policy once; a mandate listed twice over would only add the same line.
  await enforcer.addPolicies(rules);
  const regionLinks = scenario.regions.flatMap((r) => (r.parent === undefined ? [] : [[r.id, r.parent]]));
  if (regionLinks.length > 0) await enforcer.addNamedGroupingPolicies("g", regionLinks);
  const themeLinks = scenario.themes.flatMap((t) => (t.parent === undefined ? [] : [[t.id, t.parent]]));
  if (themeLinks.length > 0) await enforcer.addNamedGroupingPolicies("g2", themeLinks);
  return { enforcer, organisations: scenario.organisations.map((o) => o.id), policies: (await enforcer.getPolicy()).length };
}

/** True when casbin says the organisation holds a mandate covering the cell on its day: one `enforce`. */
export function casbinAllows(baseline: CasbinBaseline, organisation: string, cell: NaiveCell): boolean {
  // A query without a sector is matched only by policies for every sector ("*").
  return baseline.enforcer.enforceSync(organisation, cell.region, cell.theme, cell.sector ?? "\u0000whole-profession", cell.on);
}

/** The organisations casbin says hold a mandate covering the cell on its day: one `enforce` each. */
export function casbinClaimants(baseline: CasbinBaseline, cell: NaiveCell): string[] {
  return baseline.organisations.filter((org) => casbinAllows(baseline, org, cell));
}
