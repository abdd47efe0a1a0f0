import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";
import { resolveCell } from "../resolve/resolve.js";
import { type Area, holdsRegion, holdsSector, holdsTheme } from "./area.js";
import { type Answer, answerOf, sameAnswer } from "./same-answer.js";
import { eventsIn } from "./scenario-events.js";

/** The themes, regions and sectors of a block of cells, in matrix order. */
export interface Axes {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
}

/**
 * One stretch of a cell's history with its answer. Only the answer is kept, not the
 * representation with its basis: over a large matrix and many years the bases of
 * every stretch would not fit in memory, and each is quickly resolved again on demand.
 */
export interface Stretch {
  readonly from: IsoDate;
  readonly until: IsoDate;
  readonly answer: Answer;
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
): { stretches: Stretch[][]; work: PeriodWork } {
  const { themes, regions, sectors } = axes;
  const perTheme = regions.length * sectors.length;
  const count = themes.length * perTheme;
  const cellAt = (i: number, on: IsoDate): Representation => {
    const theme = themes[Math.floor(i / perTheme)] ?? "";
    const region = regions[Math.floor((i % perTheme) / sectors.length)] ?? "";
    const sector = sectors[i % sectors.length] ?? null;
    return resolveCell(index, { theme, region, sector, on });
  };

  const current: Answer[] = [];
  const starts: IsoDate[] = [];
  const stretches: Stretch[][] = [];
  for (let i = 0; i < count; i++) {
    current.push(answerOf(cellAt(i, from)));
    starts.push(from);
    stretches.push([]);
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
        stretches[i]?.push({ from: starts[i] ?? from, until: on, answer: before });
        current[i] = answerOf(next);
        starts[i] = on;
      }
    }
  }
  current.forEach((answer, i) => {
    stretches[i]?.push({ from: starts[i] ?? from, until, answer });
  });
  return { stretches, work: { resolved } };
}
