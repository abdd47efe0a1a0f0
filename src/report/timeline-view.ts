import { isIsoDate } from "../model/dates.js";
import type { IsoDate } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";
import type { MatrixTimeline } from "../time/matrix-timeline.js";
import type { CellTimeline } from "../time/timeline-interval.js";
import type { Namer } from "./display-names.js";
import { joinNames } from "../internal/join-names.js";
import type { Labels } from "../locale/labels.js";
import { cellKey, legendOf, type LegendEntry } from "./matrix-view.js";
import { contendingPartiesOf, leadingParty, partiesIn, partyFull, partyShort } from "./party-view.js";
import type { Swatch } from "./palette.js";
import { show } from "../internal/show.js";

/** One drawn stretch of days: represented or contested (unrepresented stretches are left empty). */
export interface TimelineBar {
  readonly from: IsoDate;
  /** The first day after the bar. */
  readonly until: IsoDate;
  readonly status: "represented" | "contested";
  readonly lead: string | null;
  /** What the bar may say, longest first: a picture draws the first that fits, or nothing. */
  readonly texts: readonly string[];
  /** A sentence for tooltips and screen readers. */
  readonly title: string;
  /** The leading party's colours (one for a whole coalition); only on represented bars. */
  readonly swatch?: Swatch;
}

/** One row: a region and sector under a theme. */
export interface TimelineRow {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly label: string;
  readonly bars: readonly TimelineBar[];
}

/** One theme's block of rows. */
export interface TimelineBlock {
  readonly theme: string;
  readonly label: string;
  readonly rows: readonly TimelineRow[];
}

/** A mark on the time axis: the first of a year, or of a month over short periods. */
export interface TimelineTick {
  readonly day: IsoDate;
  readonly label: string;
}

/** A whole matrix timeline, laid out and labelled, ready to draw. */
export interface TimelineView {
  readonly from: IsoDate;
  readonly until: IsoDate;
  readonly title: string;
  readonly desc: string;
  readonly blocks: readonly TimelineBlock[];
  readonly ticks: readonly TimelineTick[];
  readonly legend: readonly LegendEntry[];
}

/**
 * Checks that a value looks like a matrix timeline, so plain JavaScript callers get a
 * clear error instead of a crash deep in the renderer.
 */
export function checkTimeline(value: unknown, fn: string): asserts value is MatrixTimeline {
  const t = value as Partial<Record<keyof MatrixTimeline, unknown>> | null;
  if (typeof t !== "object" || t === null) throw new Error(`${fn}: timeline must be a MatrixTimeline from matrixTimeline()`);
  for (const key of ["themes", "regions", "sectors", "cells"] as const) {
    if (!Array.isArray(t[key])) throw new Error(`${fn}: timeline.${key} must be an array`);
  }
  for (const key of ["from", "until"] as const) {
    if (!isIsoDate(t[key])) throw new Error(`${fn}: timeline.${key} must be a day written YYYY-MM-DD, received ${show(t[key])}`);
  }
  if (!((t.from as string) < (t.until as string))) throw new Error(`${fn}: timeline.from (${show(t.from)}) must come before timeline.until (${show(t.until)})`);
  (t.cells as unknown[]).forEach((cell, i) => {
    if (typeof cell !== "object" || cell === null || !Array.isArray((cell as Partial<CellTimeline>).intervals)) {
      throw new Error(`${fn}: timeline.cells[${i}] must be a cell timeline with an array of intervals`);
    }
  });
}

/** Every representation a timeline holds, interval by interval. */
export function* representationsOf(timeline: MatrixTimeline): Iterable<Representation> {
  for (const cell of timeline.cells) for (const interval of cell.intervals) yield interval.representation;
}

/** Year ticks when the period reaches into a second following year, month ticks otherwise. */
export function ticksOf(from: IsoDate, until: IsoDate): TimelineTick[] {
  const out: TimelineTick[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(until.slice(0, 4));
  const year = (y: number): string => String(y).padStart(4, "0");
  if (last - first >= 2) {
    for (let y = first; y <= last; y++) {
      const day = `${year(y)}-01-01`;
      if (day >= from && day <= until) out.push({ day, label: String(y) });
    }
    return out;
  }
  for (let y = first; y <= last; y++) {
    for (let m = 1; m <= 12; m++) {
      const day = `${year(y)}-${String(m).padStart(2, "0")}-01`;
      if (day >= from && day <= until) out.push({ day, label: day.slice(0, 7) });
    }
  }
  return out;
}

/** Describes one drawn stretch, or undefined for an unrepresented one. */
function barOf(
  from: IsoDate,
  until: IsoDate,
  r: Representation,
  where: string,
  names: Namer,
  labels: Labels,
  colours: ReadonlyMap<string, Swatch>,
): TimelineBar | undefined {
  const span = labels.timelineSpan(from, until);
  const lead = leadingParty(r);
  if (lead !== undefined) {
    const swatch = colours.get(lead.key);
    const delegation = joinNames(r.delegation.map((id) => names.organisationName(id)), labels.and);
    return {
      from,
      until,
      status: "represented",
      lead: r.lead,
      texts: [partyShort(lead, names)],
      title: `${where}: ${span}: ${labels.representedBy(partyFull(lead, names, labels), delegation)}`,
      ...(swatch === undefined ? {} : { swatch }),
    };
  }
  if (r.status === "contested") {
    const parties = contendingPartiesOf(r);
    const shown = parties.map((p) => partyShort(p, names));
    return {
      from,
      until,
      status: "contested",
      lead: null,
      texts: [labels.contestedNamed(shown.join(", ")), labels.contestedCount(shown.length), labels.contested],
      title: `${where}: ${span}: ${labels.contestedBetween(joinNames(parties.map((p) => partyFull(p, names, labels)), labels.and))}`,
    };
  }
  return undefined;
}

/**
 * Lays a matrix timeline out: a block per theme, a row per region and sector (the region
 * named only when there are several), a bar per represented or contested stretch.
 * @throws Error naming `fn` when a cell the axes call for is missing
 */
export function timelineView(
  timeline: MatrixTimeline,
  names: Namer,
  labels: Labels,
  colours: ReadonlyMap<string, Swatch>,
  title: string | undefined,
  fn: string,
): TimelineView {
  const { from, until, themes, regions, sectors } = timeline;
  const byKey = new Map<string, CellTimeline>();
  for (const cell of timeline.cells) byKey.set(cellKey(cell.theme, cell.region, cell.sector), cell);
  const rowLabel = (region: string, sector: string | null): string => {
    const sectorName = sector === null ? labels.wholeProfession : names.sector(sector);
    return regions.length > 1 ? `${names.region(region)} \u00B7 ${sectorName}` : sectorName;
  };
  const blocks = themes.map((theme): TimelineBlock => {
    const themeName = names.theme(theme);
    const rows = regions.flatMap((region) =>
      sectors.map((sector): TimelineRow => {
        const cell = byKey.get(cellKey(theme, region, sector));
        if (cell === undefined) {
          throw new Error(`${fn}: the timeline has no cell for theme ${show(theme)}, region ${show(region)}, sector ${show(sector)}`);
        }
        const label = rowLabel(region, sector);
        const where = `${themeName}, ${label}`;
        const bars = cell.intervals.flatMap((i) => barOf(i.from, i.until, i.representation, where, names, labels, colours) ?? []);
        return { theme, region, sector, label, bars };
      }),
    );
    return { theme, label: themeName, rows };
  });
  return {
    from,
    until,
    title: title ?? labels.timelineTitle(from, until),
    desc: labels.timelineDesc(from, until, { themes: themes.length, regions: regions.length, sectors: sectors.length }),
    blocks,
    ticks: ticksOf(from, until),
    legend: legendOf(partiesIn(representationsOf(timeline)).values(), names, labels, colours),
  };
}
