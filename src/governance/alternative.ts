import { deepFreeze } from "../internal/deep-freeze.js";
import { show } from "../internal/show.js";
import { addMonthsThenDays, dayNumber, dayWithNumber, FIRST_DAY, LAST_DAY, LAST_DAY_NUMBER } from "../model/calendar.js";
import type { MeaningCheck, PartyFieldNames } from "../model/check-meaning.js";
import { alternativeModelSchema } from "../model/schema/governance-model.js";
import { leadsOf } from "../model/holders.js";
import { perIndex } from "../model/per-index.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { AlternativeModel, GrantKind, IsoDate, Mandate, Organisation, Period, Rule } from "../model/types.js";
import { type Area, scopeArea, servedBy } from "./area.js";
import { type Cell, type Claim, type ClaimSource, partyFields, type Specificity } from "./claim.js";
import { type LargestMembership, sharedLargestMembership } from "./largest-membership.js";
import { type MandateVerdict, mandateClaims } from "./mandate-claims.js";
import { type GovernanceModelRules, type ModelClaimRules, withLayers, JOINT_WORK, type ModelTimedEvent } from "./model-rules.js";
import { type RotationPeriod, turnoverNumber, wholePeriods } from "./rotation.js";
import { sectorsEver } from "../model/organisation-facts.js";

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
  /** A `mandates` rule's source, the same on every cell. */
  readonly source?: ClaimSource;
}

interface Deferral {
  readonly judgement: string;
  readonly judge: (mandate: Mandate) => MandateVerdict;
}

/** Each index's deferrals by rule position. */
const deferrals = perIndex(() => new Map<number, Deferral>());
/** Each index's rotation periods by rule position and day. */
const rotationPeriods = perIndex(() => new Map<number, Map<IsoDate, RotationPeriod>>());
/** Each index's matching rules by pair number. */
const pairMatchTables = perIndex(() => new Map<number, readonly PairMatch[]>());
/** Each index's shared matches, by rule position and then by the depths the rule fits at. */
const matchesByFit = perIndex(() => new Map<number, Map<number, PairMatch>>());

/** How a `mandates` rule judges mandates, named by the grant kinds it defers to (so that rules alike share claims); made once per rule. */
function deferral(index: ScenarioIndex, order: number, grants: readonly GrantKind[] | undefined): Deferral {
  const byRule = deferrals(index);
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
  const byRule = rotationPeriods(index);
  let byDay = byRule.get(order);
  if (byDay === undefined) byRule.set(order, (byDay = new Map<IsoDate, RotationPeriod>()));
  let period = byDay.get(on);
  if (period === undefined) byDay.set(on, (period = wholePeriods(rotate.startingOn, rotate.every, on)));
  return period;
}

const NO_MEMBERS: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** Each index's coalition fields by rule: an `assign` rule's coalition is the same on every cell. */
const assignedCoalitions = perIndex(() => new Map<number, ReturnType<typeof partyFields>>());

function assignedCoalition(index: ScenarioIndex, order: number, leads: readonly string[], spokesperson: string | undefined): ReturnType<typeof partyFields> {
  const byRule = assignedCoalitions(index);
  let party = byRule.get(order);
  if (party === undefined) byRule.set(order, (party = partyFields(leads, spokesperson)));
  return party;
}

/** Each index's joint coalitions by the answer of a shared largest-membership question (shared per rule, day and sector). */
const jointParties = perIndex(() => new WeakMap<object, ReturnType<typeof partyFields>>());

function jointParty(index: ScenarioIndex, best: NonNullable<LargestMembership>): ReturnType<typeof partyFields> {
  const byAnswer = jointParties(index);
  let party = byAnswer.get(best);
  if (party === undefined) byAnswer.set(best, (party = partyFields(best.eligible, best.organisation)));
  return party;
}

/**
 * The claims of a rule whose claim depends on the day (and, for the largest membership, the
 * sector) but not on the theme or region: made once per match and answer, frozen and shared.
 */
interface DayClaims {
  /** Rotation claims by day. */
  readonly rotate: Map<IsoDate, Claim>;
  /** Largest-membership claims by the shared answer they name. */
  readonly largest: WeakMap<object, Claim>;
  /** The largest-membership claim that found no one, the same on every day. */
  nobody?: Claim;
}

/** Each index's shared day claims by match. */
const dayClaims = perIndex(() => new WeakMap<PairMatch, DayClaims>());

function dayClaimsOf(index: ScenarioIndex, match: PairMatch): DayClaims {
  const byMatch = dayClaims(index);
  let found = byMatch.get(match);
  if (found === undefined) byMatch.set(match, (found = { rotate: new Map(), largest: new WeakMap() }));
  return found;
}

/**
 * A match's claim on the cell, shared wherever it does not depend on the cell: an `assign`
 * or `unrepresented` rule's claim is made with the match, a rotation's once per day, a
 * largest membership's once per answer; only a `mandates` rule's claim, whose deferred
 * claims depend on the pair and sector, is made per cell.
 */
function matchClaim(index: ScenarioIndex, match: PairMatch, cell: Cell): Claim {
  if (match.claim !== undefined) return match.claim;
  const then = match.rule.then;
  if ("mandates" in then) return ruleClaim(index, match, cell);
  const shared = dayClaimsOf(index, match);
  if ("rotate" in then) {
    let claim = shared.rotate.get(cell.on);
    if (claim === undefined) shared.rotate.set(cell.on, (claim = deepFreeze(ruleClaim(index, match, cell))));
    return claim;
  }
  if ("largestMembership" in then) {
    const best = sharedLargestMembership(index, match.id, () => largestPool(index, then.largestMembership.among), cell);
    if (best === undefined) return (shared.nobody ??= deepFreeze(ruleClaim(index, match, cell)));
    let claim = shared.largest.get(best);
    if (claim === undefined) shared.largest.set(best, (claim = deepFreeze(ruleClaim(index, match, cell))));
    return claim;
  }
  return ruleClaim(index, match, cell);
}

/** The candidates of a largest-membership rule. */
function largestPool(index: ScenarioIndex, among: readonly string[] | "all"): readonly string[] {
  return among === "all" ? index.scenario.organisations.map((o) => o.id) : among;
}

// Written out field by field rather than spread from a common base: this runs for every matching rule of every cell.
function ruleClaim(index: ScenarioIndex, match: PairMatch, cell: Cell): Claim {
  const { rule, order, id, specificity } = match;
  const then = rule.then;
  if ("assign" in then) {
    const source = { kind: "rule", rule: rule.id, action: "assign" } as const;
    const { assign } = then;
    if (assign.leads === undefined) return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: assign.lead ?? null, members: assign.members ?? [], source };
    return { id, role: "lead", tier: RULE_TIER, specificity, order, ...assignedCoalition(index, order, assign.leads, assign.spokesperson), members: assign.members ?? [], source };
  }
  if ("largestMembership" in then) {
    const { among, joint } = then.largestMembership;
    const best = sharedLargestMembership(index, id, () => largestPool(index, among), cell);
    if (best === undefined) {
      // Kept, set aside, so that the basis shows the rule matched but found no one.
      const source = { kind: "rule", rule: rule.id, action: "largestMembership" } as const;
      const excluded = { kind: "model-inactive", reason: "no-eligible-organisation" } as const;
      return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: [], source, excluded };
    }
    const source = { kind: "rule", rule: rule.id, action: "largestMembership", detail: { members: best.members } } as const;
    // Jointly, every candidate taking part leads together, the largest its spokesperson.
    const party = joint === true ? jointParty(index, best) : { holder: best.organisation };
    return { id, role: "lead", tier: RULE_TIER, specificity, order, ...party, members: NO_MEMBERS, source };
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
    // Everything but the deferred claims is the same on every cell: the source is made with the match.
    const source = match.source ?? { kind: "rule", rule: rule.id, action: "mandates" };
    return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: NO_MEMBERS, source, defer };
  }
  const source = { kind: "rule", rule: rule.id, action: "unrepresented" } as const;
  return { id, role: "lead", tier: RULE_TIER, specificity, order, holder: null, members: [], source, unrepresented: { reason: then.unrepresented.reason } };
}

/** The rules that match the cell's theme and region, worked out once per scenario and pair. */
function pairMatches(index: ScenarioIndex, model: AlternativeModel, cell: Cell): readonly PairMatch[] {
  const table = pairMatchTables(index);
  const pair = index.pairNumber(cell.theme, cell.region);
  const cached = table.get(pair);
  if (cached !== undefined) return cached;
  // A rule's match depends on the rule and the depths it fits at only: pairs alike share one, and its claim.
  const alike = matchesByFit(index);
  const matches: PairMatch[] = [];
  model.rules.forEach((rule, order) => {
    const fit = pairFit(index, rule, cell.theme, cell.region);
    if (fit === undefined) return;
    let byFit = alike.get(order);
    if (byFit === undefined) alike.set(order, (byFit = new Map<number, PairMatch>()));
    // Depths past the span (trees millions deep) are not shared, so that no two fits share a key.
    const key = fit.theme + 2 < FIT_SPAN && fit.region < FIT_SPAN ? (fit.theme + 2) * FIT_SPAN + fit.region : -1;
    const known = byFit.get(key);
    if (known !== undefined) {
      matches.push(known);
      return;
    }
    const match = { rule, order, id: ruleClaimId(rule), specificity: Object.freeze({ ...fit, sectors: rule.when?.sectors ?? "all" }) };
    const fixed = "assign" in rule.then || "unrepresented" in rule.then;
    const source = "mandates" in rule.then ? Object.freeze({ kind: "rule", rule: rule.id, action: "mandates" } as const) : undefined;
    const made = Object.freeze(fixed ? { ...match, claim: deepFreeze(ruleClaim(index, match, cell)) } : source === undefined ? match : { ...match, source });
    if (key >= 0) byFit.set(key, made);
    matches.push(made);
  });
  table.set(pair, matches);
  return matches;
}

/** The id of a rule's claim on every cell it matches. */
function ruleClaimId(rule: Rule): string {
  return `rule:${rule.id}`;
}

/** Spacing of the theme depth and the region depth in the key of a shared match. */
const FIT_SPAN = 2 ** 26;

/**
 * Model 3: each rule whose condition matches the cell is one lead claim in one
 * tier, ranked by the rule's position for ties that specificity cannot settle.
 */
function alternativeClaims(index: ScenarioIndex, model: AlternativeModel, cell: Cell): Claim[] {
  const claims: Claim[] = [];
  for (const match of pairMatches(index, model, cell)) {
    if (!sectorFits(match.rule, cell.sector)) continue;
    claims.push(matchClaim(index, match, cell));
  }
  return claims;
}

/** The cells a rule's condition matches. */
function ruleArea(rule: Rule): Area {
  const when = rule.when ?? {};
  return {
    themes: when.themes ?? "all",
    regions: when.regions ?? "all",
    sectors: when.sectors ?? "all",
    ...(when.themeKind === undefined ? {} : { themeKind: when.themeKind }),
  };
}

/** The rotation turnovers of one rule in `[from, until)`. */
function rotationEvents(rule: Rule, from: IsoDate, until: IsoDate): ModelTimedEvent[] {
  if (!("rotate" in rule.then)) return [];
  const { among, every, startingOn } = rule.then.rotate;
  if (startingOn >= until) return [];
  const areas = [ruleArea(rule)];
  const claim = ruleClaimId(rule);
  const out: ModelTimedEvent[] = [];
  // The first turnover on or after `from`, found arithmetically; every one listed is a change point.
  let turn = startingOn >= from ? 0 : wholePeriods(startingOn, every, from).turn;
  if (turnoverNumber(startingOn, every, turn) < dayNumber(from)) turn++;
  // `until` is at most 9999-12-31, so every turnover before it is a day of the calendar.
  const end = dayNumber(until);
  for (let n = turnoverNumber(startingOn, every, turn); n < end; n = turnoverNumber(startingOn, every, ++turn)) {
    const on = dayWithNumber(n);
    if (on === undefined) break;
    const chair = among[turn % among.length] ?? "";
    const event = { kind: turn === 0 ? "rotation-starts" : "rotation-turns", rule: rule.id, turn, chair } as const;
    if (turn === 0) out.push({ on, areas, event });
    // A turnover changes only who holds the rule's claim; to the chair that held it, only the basis.
    else if (among[(turn - 1) % among.length] === chair) out.push({ on, areas, event, basisOnly: true });
    else out.push({ on, areas, event, newHolder: { claim, holder: chair } });
  }
  return out;
}

function periodIsPositive(period: Period): boolean {
  return (period.years ?? 0) + (period.months ?? 0) + (period.weeks ?? 0) + (period.days ?? 0) > 0;
}

/** True when one period, counted from the first day supported, ends by the last: no longer than the whole calendar. */
function periodFitsCalendar(period: Period): boolean {
  const months = (period.years ?? 0) * 12 + (period.months ?? 0);
  const days = (period.weeks ?? 0) * 7 + (period.days ?? 0);
  return addMonthsThenDays(FIRST_DAY, months, days) <= LAST_DAY_NUMBER;
}

const LEAD_FIELDS: PartyFieldNames = { one: "lead", several: "leads" };

function checkRule(c: MeaningCheck, rule: Rule, i: number): void {
  const owner = `rule "${rule.id}"`;
  const path = ["model", "rules", i];
  const when = rule.when;
  if (when !== undefined) {
    c.refs("theme", when.themes, [...path, "when", "themes"], owner);
    c.refs("region", when.regions, [...path, "when", "regions"], owner);
    c.refs("sector", when.sectors, [...path, "when", "sectors"], owner);
    c.nonEmpty(when.themes, [...path, "when", "themes"], owner);
    c.nonEmpty(when.regions, [...path, "when", "regions"], owner);
    c.nonEmpty(when.sectors, [...path, "when", "sectors"], owner);
  }
  const then = rule.then;
  const at = [...path, "then"];
  if ("assign" in then) {
    const { assign } = then;
    c.party({ one: assign.lead, several: assign.leads, spokesperson: assign.spokesperson }, [...at, "assign"], owner, LEAD_FIELDS);
    c.refs("organisation", then.assign.members, [...at, "assign", "members"], owner);
  } else if ("largestMembership" in then) {
    c.refs("organisation", then.largestMembership.among, [...at, "largestMembership", "among"], owner);
    c.nonEmpty(then.largestMembership.among, [...at, "largestMembership", "among"], owner);
  } else if ("rotate" in then) {
    c.refs("organisation", then.rotate.among, [...at, "rotate", "among"], owner);
    if (!periodIsPositive(then.rotate.every)) {
      c.add("invalid_period", [...at, "rotate", "every"], `${owner}: a rotation period must be longer than zero`);
    } else if (!periodFitsCalendar(then.rotate.every)) {
      c.add(
        "invalid_period",
        [...at, "rotate", "every"],
        `${owner}: a rotation period of ${show(then.rotate.every)} is longer than the whole calendar supported, ${FIRST_DAY} to ${LAST_DAY}`,
      );
    }
  }
}

/** Model 3, the alternative: rules in order. What resolution and parsing ask of it. */
export const alternativeClaimRules: ModelClaimRules<AlternativeModel> = {
  kind: "alternative",
  schema: alternativeModelSchema,
  // A `mandates` rule defers to the mandates it counts.
  defers: true,
  agreements: () => undefined,
  checkMeaning(model, c) {
    c.unique(model.rules, ["model", "rules"], "rule");
    model.rules.forEach((rule, i) => {
      checkRule(c, rule, i);
    });
  },
  claims: alternativeClaims,
};

/** The same model's rules for every layer: its claim rules with its timeline, facts and merger. */
export const alternativeRules: GovernanceModelRules<AlternativeModel> = /* @__PURE__ */ withLayers(alternativeClaimRules, {
  timeline(model) {
    // Worked out once per question: looking ids up in the rules each time is quadratic.
    const deferred = model.rules.flatMap((rule) => ("mandates" in rule.then ? [rule.then.mandates.grants] : []));
    const counts = (kind: GrantKind): boolean => deferred.some((grants) => grants === undefined || grants.includes(kind));
    // Per rule, the organisations it names as lead, member or chair, and its largest-membership candidates.
    const named = new Map<Rule, Set<string>>();
    const candidates = new Map<Rule, Set<string> | "all">();
    for (const rule of model.rules) {
      const then = rule.then;
      if ("assign" in then) named.set(rule, new Set([...leadsOf(then.assign), ...(then.assign.members ?? [])]));
      else if ("rotate" in then) named.set(rule, new Set(then.rotate.among));
      else if ("largestMembership" in then) {
        const { among } = then.largestMembership;
        candidates.set(rule, among === "all" ? "all" : new Set(among));
      }
    }
    /**
     * The cells of a rule where an organisation's existence matters: all of them when the
     * rule names it as lead, member or rotating chair; the sectors it serves when it is
     * only a candidate for the largest membership, since it is not eligible elsewhere.
     */
    const ruleAreas = (rule: Rule, organisation: Organisation): Area[] => {
      if (named.get(rule)?.has(organisation.id) === true) return [ruleArea(rule)];
      const among = candidates.get(rule);
      if (among === "all" || among?.has(organisation.id) === true) return [servedBy(ruleArea(rule), sectorsEver(organisation))];
      return [];
    };
    return {
      // Mandates count only inside the deferral of a `mandates` rule that wins the cell.
      mandateAreas: (mandate) => (counts(mandate.grant.by) ? [{ ...scopeArea(mandate), deferred: true }] : []),
      organisationAreas: (organisation) => model.rules.flatMap((rule) => ruleAreas(rule, organisation)),
      largestPools: () => model.rules.flatMap((rule) => ("largestMembership" in rule.then ? [{ among: rule.then.largestMembership.among, area: ruleArea(rule) }] : [])),
      events(from, until) {
        const out: ModelTimedEvent[] = [];
        // One by one: a short rotation over a long period makes more events than a spread can pass.
        for (const rule of model.rules) for (const event of rotationEvents(rule, from, until)) out.push(event);
        return out;
      },
    };
  },
  facts: (model) => ({ rules: { name: model.name, ...(model.description === undefined ? {} : { description: model.description }), rules: model.rules }, voice: "rules", funded: JOINT_WORK }),
  mergeOrganisations() {
    // Rules name organisations one by one; a merger leaves them as they were.
  },
});
