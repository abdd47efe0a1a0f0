import { turnoverNumber, wholePeriods } from "../governance/rotation.js";
import { dayNumber, dayWithNumber } from "../model/calendar.js";
import { compareIds } from "../internal/compare-ids.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { AlternativeModel, CoordinationModel, GrantKind, IsoDate, Mandate, Organisation, Rule, Scenario } from "../model/types.js";
import { type Area, EVERY_CELL, servedBy } from "./area.js";
import type { ChangeEvent } from "./change-point.js";

/** An event on a day, with the cells it can change. */
export interface TimedEvent {
  readonly on: IsoDate;
  readonly event: ChangeEvent;
  readonly areas: readonly Area[];
  /**
   * Set when the event changes the basis but no answer: a rotation turnover that hands
   * the chair to the organisation that held it (a rotation among one). The claim keeps
   * its holder, specificity and order, so only its turn and period bounds differ.
   */
  readonly basisOnly?: true;
}

const PROFESSIONAL: Area = { ...EVERY_CELL, themeKind: "professional" };

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

function scopeArea(mandate: Mandate): Area {
  return { themes: mandate.scope.themes, regions: mandate.scope.regions, sectors: mandate.scope.sectors };
}

/** True when the coordination agreement can ever be in force: every party signed it. */
function agreementSigned(model: CoordinationModel): boolean {
  const signatories = new Set(model.agreement.signatories);
  return model.parties.every((party) => signatories.has(party));
}

/**
 * What the model says about organisations, worked out once per call rather than once per
 * mandate or organisation: looking ids up in the model's lists each time is quadratic.
 */
interface ModelLookups {
  /** Coordination: whether the agreement can be in force. */
  readonly signed: boolean;
  /** Coordination: the parties. */
  readonly parties: ReadonlySet<string>;
  /** OC 2.0: the chapters' regions by organisation, in document order. */
  readonly chapterRegions: ReadonlyMap<string, readonly string[]>;
  /** Alternative: per rule, the organisations it names as lead, member or chair, and its largest-membership candidates. */
  readonly named: ReadonlyMap<Rule, ReadonlySet<string>>;
  readonly candidates: ReadonlyMap<Rule, ReadonlySet<string> | "all">;
}

function lookupsOf(scenario: Scenario): ModelLookups {
  const model = scenario.model;
  const chapterRegions = new Map<string, string[]>();
  const named = new Map<Rule, Set<string>>();
  const candidates = new Map<Rule, Set<string> | "all">();
  if (model.kind === "oc2") {
    for (const chapter of model.chapters ?? []) {
      const list = chapterRegions.get(chapter.organisation);
      if (list === undefined) chapterRegions.set(chapter.organisation, [chapter.region]);
      else list.push(chapter.region);
    }
  }
  if (model.kind === "alternative") {
    for (const rule of model.rules) {
      const then = rule.then;
      if ("assign" in then) named.set(rule, new Set([then.assign.lead, ...(then.assign.members ?? [])]));
      else if ("rotate" in then) named.set(rule, new Set(then.rotate.among));
      else if ("largestMembership" in then) {
        const { among } = then.largestMembership;
        candidates.set(rule, among === "all" ? "all" : new Set(among));
      }
    }
  }
  return {
    signed: model.kind === "coordination" && agreementSigned(model),
    parties: new Set(model.kind === "coordination" ? model.parties : []),
    chapterRegions,
    named,
    candidates,
  };
}

/** The grant kinds that some `mandates` rule of the alternative model counts. */
function deferredGrants(model: AlternativeModel): (kind: GrantKind) => boolean {
  const rules = model.rules.flatMap((rule) => ("mandates" in rule.then ? [rule.then.mandates.grants] : []));
  return (kind) => rules.some((grants) => grants === undefined || grants.includes(kind));
}

/**
 * The cells where a mandate's dates can change an answer under the model in
 * force: none when the model never counts it (its claim is set aside whatever the day).
 */
function mandateAreas(scenario: Scenario, mandate: Mandate, counts: (kind: GrantKind) => boolean, lookups: ModelLookups): Area[] {
  const model = scenario.model;
  const grant = mandate.grant;
  switch (model.kind) {
    case "coordination":
      return lookups.signed && grant.by === "agreement" && grant.agreement === model.agreement.id && lookups.parties.has(mandate.holder)
        ? [scopeArea(mandate)]
        : [];
    case "oc2":
      if (grant.by === "statute") return [{ ...scopeArea(mandate), themeKind: "labour" }];
      if (grant.by === "delegation" && grant.from === model.body) return [{ ...scopeArea(mandate), themeKind: "professional" }];
      return [];
    case "alternative":
      // Mandates count only inside the deferral of a `mandates` rule that wins the cell.
      return counts(grant.by) ? [{ ...scopeArea(mandate), deferred: true }] : [];
  }
}

/**
 * The cells of an alternative rule where an organisation's existence matters: all of
 * them when the rule names it as lead, member or rotating chair; the sectors it serves
 * when it is only a candidate for the largest membership, since it is not eligible elsewhere.
 */
function ruleAreas(rule: Rule, organisation: string, sectors: readonly string[], lookups: ModelLookups): Area[] {
  if (lookups.named.get(rule)?.has(organisation) === true) return [ruleArea(rule)];
  const among = lookups.candidates.get(rule);
  if (among === "all" || among?.has(organisation) === true) return [servedBy(ruleArea(rule), sectors)];
  return [];
}

/** The cells where an organisation's existence matters through the model itself (not its mandates). */
function modelAreas(scenario: Scenario, organisation: Organisation, lookups: ModelLookups): Area[] {
  const model = scenario.model;
  const id = organisation.id;
  switch (model.kind) {
    case "coordination":
      // Parties compete in the fallback, where they serve the sector, and join a joint delegation; even
      // while the agreement is not in force, the fallback's claim (set aside) names the party that would lead.
      return model.fallback !== "none" && lookups.parties.has(id) ? [servedBy(EVERY_CELL, organisation.sectors)] : [];
    case "oc2": {
      if (id === model.body) return [PROFESSIONAL];
      return (lookups.chapterRegions.get(id) ?? []).map((region) => ({ ...PROFESSIONAL, regions: [region] }));
    }
    case "alternative":
      return model.rules.flatMap((rule) => ruleAreas(rule, id, organisation.sectors, lookups));
  }
}

/** The rotation turnovers of one rule in `[from, until)`. */
function rotationEvents(rule: Rule, from: IsoDate, until: IsoDate): TimedEvent[] {
  if (!("rotate" in rule.then)) return [];
  const { among, every, startingOn } = rule.then.rotate;
  if (startingOn >= until) return [];
  const areas = [ruleArea(rule)];
  const out: TimedEvent[] = [];
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
    const same = turn > 0 && among[(turn - 1) % among.length] === chair;
    out.push(same ? { on, areas, event, basisOnly: true } : { on, areas, event });
  }
  return out;
}

const KIND_ORDER: readonly ChangeEvent["kind"][] = [
  "agreement-signed",
  "agreement-ends",
  "body-established",
  "rotation-starts",
  "rotation-turns",
  "organisation-founded",
  "organisation-dissolved",
  "mandate-starts",
  "mandate-ends",
];

/**
 * Orders events by day, then kind, then what they are about, so that document order
 * never shows. Events of one kind list their subject's id first, so their JSON sorts by it.
 */
function byDay(a: TimedEvent, b: TimedEvent): number {
  return (
    compareIds(a.on, b.on) ||
    KIND_ORDER.indexOf(a.event.kind) - KIND_ORDER.indexOf(b.event.kind) ||
    compareIds(JSON.stringify(a.event), JSON.stringify(b.event))
  );
}

/**
 * Every event in `[from, until)` that can change some answer under the model in
 * force, each with the cells it can change, sorted by day. Events that cannot
 * change any cell (a mandate the model never counts, an organisation that holds
 * nothing) are left out.
 */
export function eventsIn(index: ScenarioIndex, from: IsoDate, until: IsoDate): TimedEvent[] {
  const scenario = index.scenario;
  const model = scenario.model;
  const counts = model.kind === "alternative" ? deferredGrants(model) : () => false;
  const lookups = lookupsOf(scenario);
  const out: TimedEvent[] = [];
  const add = (on: IsoDate | undefined, event: ChangeEvent, areas: readonly Area[]): void => {
    if (on !== undefined && from <= on && on < until && areas.length > 0) out.push({ on, event, areas });
  };

  const held = new Map<string, Area[]>();
  for (const mandate of scenario.mandates) {
    const areas = mandateAreas(scenario, mandate, counts, lookups);
    const holder = { mandate: mandate.id, holder: mandate.holder };
    add(mandate.validFrom, { kind: "mandate-starts", ...holder }, areas);
    add(mandate.validUntil, { kind: "mandate-ends", ...holder }, areas);
    const list = held.get(mandate.holder);
    if (list === undefined) held.set(mandate.holder, [...areas]);
    else for (const area of areas) list.push(area);
  }

  for (const org of scenario.organisations) {
    const areas = [...(held.get(org.id) ?? []), ...modelAreas(scenario, org, lookups)];
    add(org.founded, { kind: "organisation-founded", organisation: org.id }, areas);
    add(org.dissolved, { kind: "organisation-dissolved", organisation: org.id }, areas);
  }

  switch (model.kind) {
    case "coordination":
      if (lookups.signed) {
        add(model.agreement.signedOn, { kind: "agreement-signed", agreement: model.agreement.id }, [EVERY_CELL]);
        add(model.agreement.validUntil, { kind: "agreement-ends", agreement: model.agreement.id }, [EVERY_CELL]);
      }
      break;
    case "oc2":
      add(model.established, { kind: "body-established", body: model.body }, [PROFESSIONAL]);
      break;
    case "alternative":
      // One by one: a short rotation over a long period makes more events than a spread can pass.
      for (const rule of model.rules) for (const event of rotationEvents(rule, from, until)) out.push(event);
      break;
  }
  return out.sort(byDay);
}
