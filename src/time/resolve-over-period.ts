import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";
import { resolveCell } from "../resolve/resolve.js";
import { type Area, holdsRegion, holdsSector, holdsTheme } from "./area.js";
import { sameAnswer } from "./same-answer.js";
import { eventsIn } from "./scenario-events.js";
import type { TimelineInterval } from "./timeline-interval.js";

/** The themes, regions and sectors of a block of cells, in matrix order. */
export interface Axes {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
}

/** What resolving over a period cost: how many cells were resolved in all. */
export interface PeriodWork {
  readonly resolved: number;
}

function positions<T>(list: readonly T[], keep: (item: T) => boolean): number[] {
  const out: number[] = [];
  list.forEach((item, i) => {
    if (keep(item)) out.push(i);
  });
  return out;
}

/**
 * The timelines of every cell of the axes over `[from, until)`, in matrix order
 * (theme-major, then region, then sector). Every cell is resolved on `from`;
 * after that a cell is resolved again only on a change point whose event can
 * touch it, so the work follows the changes, not the calendar.
 */
export function resolveOverPeriod(
  index: ScenarioIndex,
  axes: Axes,
  from: IsoDate,
  until: IsoDate,
): { timelines: TimelineInterval[][]; work: PeriodWork } {
  const { themes, regions, sectors } = axes;
  const perTheme = regions.length * sectors.length;
  const count = themes.length * perTheme;
  const cellAt = (i: number, on: IsoDate): Representation => {
    const theme = themes[Math.floor(i / perTheme)] ?? "";
    const region = regions[Math.floor((i % perTheme) / sectors.length)] ?? "";
    const sector = sectors[i % sectors.length] ?? null;
    return resolveCell(index, { theme, region, sector, on });
  };

  const current: Representation[] = [];
  const starts: IsoDate[] = [];
  const timelines: TimelineInterval[][] = [];
  for (let i = 0; i < count; i++) {
    current.push(cellAt(i, from));
    starts.push(from);
    timelines.push([]);
  }
  let resolved = count;

  // Which cells of the axes an area holds, worked out once per area.
  const blocks = new Map<Area, readonly number[]>();
  const block = (area: Area): readonly number[] => {
    let cells = blocks.get(area);
    if (cells === undefined) {
      const t = positions(themes, (theme) => holdsTheme(index, area, theme));
      const r = positions(regions, (region) => holdsRegion(index, area, region));
      const s = positions(sectors, (sector) => holdsSector(area, sector));
      const found: number[] = [];
      for (const ti of t) for (const ri of r) for (const si of s) found.push(ti * perTheme + ri * sectors.length + si);
      blocks.set(area, (cells = found));
    }
    return cells;
  };

  const seen = new Uint32Array(count);
  let stamp = 0;
  const events = eventsIn(index, from, until);
  for (let e = 0; e < events.length; ) {
    const on = events[e]?.on ?? until;
    stamp++;
    const touched: number[] = [];
    for (; e < events.length && events[e]?.on === on; e++) {
      for (const area of events[e]?.areas ?? []) {
        for (const i of block(area)) {
          if (seen[i] !== stamp) {
            seen[i] = stamp;
            touched.push(i);
          }
        }
      }
    }
    // The first day was resolved already; its events only explain the starting state.
    if (on === from) continue;
    for (const i of touched) {
      const next = cellAt(i, on);
      resolved++;
      const before = current[i];
      if (before !== undefined && !sameAnswer(before, next)) {
        timelines[i]?.push({ from: starts[i] ?? from, until: on, representation: before });
        current[i] = next;
        starts[i] = on;
      }
    }
  }
  current.forEach((representation, i) => {
    timelines[i]?.push({ from: starts[i] ?? from, until, representation });
  });
  return { timelines, work: { resolved } };
}
