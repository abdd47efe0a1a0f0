import { holdersOf } from "../model/holders.js";
import { largestMembership } from "../governance/largest-membership.js";
import type { LargestPool, NewHolder } from "../governance/model-rules.js";
import { rulesOf } from "../governance/models.js";
import { FIRST_DAY } from "../model/calendar.js";
import { membershipDays, sectorDays, sectorsOn } from "../model/organisation-facts.js";
import { compareIds } from "../internal/compare-ids.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import type { Area } from "./area.js";
import type { ChangeEvent } from "./change-point.js";
import { addDays } from "./day-number.js";

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
  /**
   * Set when the event changes nothing but who holds one claim (a rotation turnover that
   * hands the chair to another organisation). On a cell where that claim lost before its
   * holder mattered (to a higher tier, a more specific claim or an earlier one in the
   * model's order) the new holder, when it exists on the day, loses the same way, and no
   * other claim fares differently: the cell's answer stays as it was.
   */
  readonly newHolder?: NewHolder;
}

/** The order of events on one day; a record, so that the compiler asks for the place of every kind a model adds. */
const KIND_ORDER: Readonly<Record<ChangeEvent["kind"], number>> = {
  "agreement-signed": 0,
  "agreement-ends": 1,
  "body-established": 2,
  "rotation-starts": 3,
  "rotation-turns": 4,
  "organisation-founded": 5,
  "organisation-dissolved": 6,
  "mandate-starts": 7,
  "mandate-ends": 8,
  "sectors-change": 9,
  "membership-figure": 10,
};

/**
 * Orders events by day, then kind, then what they are about, so that document order
 * never shows. Events of one kind list their subject's id first, so their JSON sorts by it.
 */
function byDay(a: TimedEvent, b: TimedEvent): number {
  return (
    compareIds(a.on, b.on) ||
    KIND_ORDER[a.event.kind] - KIND_ORDER[b.event.kind] ||
    compareIds(JSON.stringify(a.event), JSON.stringify(b.event))
  );
}

/** The sectors of an area to test one by one, `null` standing for the profession as a whole. */
function sectorsOf(index: ScenarioIndex, area: Area): (string | null)[] {
  if (area.sectors !== "all") return [...area.sectors, ...(area.whole === true ? [null] : [])];
  return [...index.scenario.sectors.map((s) => s.id), null];
}

/** An area narrowed to some of its sectors, `null` standing for the profession as a whole. */
function narrowed(area: Area, sectors: readonly (string | null)[]): Area {
  const listed = sectors.filter((s): s is string => s !== null);
  return sectors.includes(null) ? { ...area, sectors: listed, whole: true } : { ...area, sectors: listed };
}

/**
 * The days a dated fact changes an answer through a largest-membership claim: a new
 * figure that changes who is largest in some sector (not one that leaves the order as it
 * was), and a change of the sectors an organisation serves, in the sectors it gains or
 * loses, where it is a candidate.
 */
function datedFactEvents(index: ScenarioIndex, pools: readonly LargestPool[], from: IsoDate, until: IsoDate): TimedEvent[] {
  const out: TimedEvent[] = [];
  if (pools.length === 0) return out;
  const everyone = index.scenario.organisations.map((o) => o.id);
  for (const org of index.scenario.organisations) {
    const within = pools.filter((pool) => pool.among === "all" || pool.among.includes(org.id));
    if (within.length === 0) continue;
    for (const on of membershipDays(org)) {
      if (on < from || on >= until || on === FIRST_DAY) continue;
      const before = addDays(on, -1);
      const areas: Area[] = [];
      for (const pool of within) {
        const candidates = pool.among === "all" ? everyone : pool.among;
        const changed = sectorsOf(index, pool.area).filter((sector) => {
          const cell = { theme: "", region: index.rootRegion, sector, on };
          return largestMembership(index, candidates, cell, before)?.organisation !== largestMembership(index, candidates, cell)?.organisation;
        });
        if (changed.length > 0) areas.push(narrowed(pool.area, changed));
      }
      if (areas.length > 0) out.push({ on, event: { kind: "membership-figure", organisation: org.id }, areas });
    }
    for (const on of sectorDays(org)) {
      if (on < from || on >= until || on === FIRST_DAY) continue;
      const was = new Set(sectorsOn(org, addDays(on, -1)));
      const now = new Set(sectorsOn(org, on));
      const moved = [...new Set([...was, ...now])].filter((s) => was.has(s) !== now.has(s));
      const areas = within.map((pool) => narrowed(pool.area, sectorsOf(index, pool.area).filter((s) => s !== null && moved.includes(s)))).filter((a) => a.sectors.length > 0);
      if (areas.length > 0) out.push({ on, event: { kind: "sectors-change", organisation: org.id }, areas });
    }
  }
  return out;
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
  const timeline = rulesOf(model).timeline(model);
  const out: TimedEvent[] = [];
  const add = (on: IsoDate | undefined, event: ChangeEvent, areas: readonly Area[]): void => {
    if (on !== undefined && from <= on && on < until && areas.length > 0) out.push({ on, event, areas });
  };

  const held = new Map<string, Area[]>();
  for (const mandate of scenario.mandates) {
    const areas = timeline.mandateAreas(mandate);
    const holder = mandate.holders === undefined ? { mandate: mandate.id, holder: mandate.holder ?? null } : { mandate: mandate.id, holder: null, holders: mandate.holders };
    add(mandate.validFrom, { kind: "mandate-starts", ...holder }, areas);
    add(mandate.validUntil, { kind: "mandate-ends", ...holder }, areas);
    // Every holder's founding and dissolution can change the mandate's answers: a coalition's composition changes then.
    for (const id of holdersOf(mandate)) {
      const list = held.get(id);
      if (list === undefined) held.set(id, [...areas]);
      else for (const area of areas) list.push(area);
    }
  }

  for (const org of scenario.organisations) {
    const areas = [...(held.get(org.id) ?? []), ...timeline.organisationAreas(org)];
    add(org.founded, { kind: "organisation-founded", organisation: org.id }, areas);
    add(org.dissolved, { kind: "organisation-dissolved", organisation: org.id }, areas);
  }

  for (const event of datedFactEvents(index, timeline.largestPools?.() ?? [], from, until)) out.push(event);

  // The model's own events (agreement, body, rotations): a model event is a change event.
  for (const event of timeline.events(from, until)) if (event.areas.length > 0) out.push(event);
  return out.sort(byDay);
}
