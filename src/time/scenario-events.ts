import { holdersOf } from "../model/holders.js";
import { rulesOf } from "../governance/models.js";
import { compareIds } from "../internal/compare-ids.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import type { Area } from "./area.js";
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

  // The model's own events (agreement, body, rotations): a model event is a change event.
  for (const event of timeline.events(from, until)) if (event.areas.length > 0) out.push(event);
  return out.sort(byDay);
}
