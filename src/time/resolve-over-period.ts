import { rulesOf } from "../governance/models.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { IsoDate } from "../model/types.js";
import type { Outcome, Representation } from "../resolve/representation.js";
import { resolveCell } from "../resolve/resolve.js";
import { type Area, holdsRegion, holdsSector, holdsTheme } from "./area.js";
import { type Answer, answerOf, sameAnswer } from "../resolve/same-answer.js";
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

/** One cell of the axes and its history so far. */
export interface CellHistory {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly stretches: Stretch[];
}

/** A cell's history while the period is walked: the answer it has had since `start`. */
interface Walk {
  readonly history: CellHistory;
  answer: Answer;
  start: IsoDate;
  /** The last change point that touched the cell, so that it is resolved once a day. */
  seen: number;
  /** The cell's place in matrix order. */
  readonly at: number;
  /** True when a deferring claim decided the cell's last answer, so that deferred claims can change it. */
  defers: boolean;
  /**
   * The claims some event of the period gives a new holder that lost the cell's last
   * answer whatever their holder (see {@link heldOut}); a list only when there are several.
   */
  beaten: string | readonly string[] | undefined;
}

/** True when a deferring claim won the cell: the claims it defers to decide the answer. */
function decidedByDeferral(r: Representation): boolean {
  return r.basis.some((step) => step.via === undefined && step.outcome.kind === "won" && step.claim.defer !== undefined);
}

/**
 * True for the outcomes of a claim that lost before its holder was asked: a lower tier, a
 * more specific claim, an earlier one in the model's order. Such a claim neither stands nor
 * beats any claim that would otherwise stand, so the party it puts forward decides nothing.
 */
function heldOut(outcome: Outcome): boolean {
  const kind = outcome.kind;
  return kind === "lower-tier" || kind === "less-specific" || kind === "later-in-order";
}

/**
 * Which of the watched claims the cell's last answer held out (see {@link heldOut}), made on
 * the cell itself; a claim held out in one step and not in another counts as not held out.
 */
function beatenIn(r: Representation, watched: ReadonlySet<string>): string | readonly string[] | undefined {
  let beaten: string | string[] | undefined;
  let mattered: string[] | undefined;
  for (const step of r.basis) {
    if (step.via !== undefined || !watched.has(step.claim.id)) continue;
    const id = step.claim.id;
    if (!heldOut(step.outcome)) (mattered ??= []).push(id);
    else if (beaten === undefined) beaten = id;
    else if (typeof beaten === "string") beaten = [beaten, id];
    else beaten.push(id);
  }
  if (mattered === undefined || beaten === undefined) return beaten;
  const kept = (typeof beaten === "string" ? [beaten] : beaten).filter((id) => !mattered.includes(id));
  return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : kept;
}

function includes(beaten: string | readonly string[] | undefined, id: string): boolean {
  return beaten === id || (typeof beaten === "object" && beaten.includes(id));
}

/**
 * The timelines of every cell of the axes over `[from, until)`, in matrix order
 * (theme-major, then region, then sector). Every cell is resolved on `from`;
 * after that a cell is resolved again only on a change point whose event can
 * touch it, so the work follows the changes, not the calendar.
 */
export function resolveOverPeriod(index: ScenarioIndex, axes: Axes, from: IsoDate, until: IsoDate): { cells: CellHistory[]; work: PeriodWork } {
  const { themes, regions, sectors } = axes;
  // Only a model whose claims defer needs the check; elsewhere no area is deferred and the check is skipped.
  const defers = rulesOf(index.scenario.model).defers ? decidedByDeferral : (): boolean => true;
  const resolveOn = (history: CellHistory, on: IsoDate): Representation =>
    resolveCell(index, { theme: history.theme, region: history.region, sector: history.sector, on });
  const events = eventsIn(index, from, until);
  // The claims that some event hands to a new holder: on a cell that held one out, the event changes nothing.
  const watched = new Set<string>();
  for (const event of events) if (event.newHolder !== undefined && event.basisOnly !== true) watched.add(event.newHolder.claim);
  const beaten = (r: Representation): string | readonly string[] | undefined => (watched.size === 0 ? undefined : beatenIn(r, watched));
  const walks: Walk[] = [];
  for (const theme of themes) {
    for (const region of regions) {
      for (const sector of sectors) {
        const history: CellHistory = { theme, region, sector, stretches: [] };
        const first = resolveOn(history, from);
        walks.push({ history, answer: answerOf(first), start: from, seen: 0, at: walks.length, defers: defers(first), beaten: beaten(first) });
      }
    }
  }
  let resolved = walks.length;

  // Which cells of the axes an area holds, worked out once per area.
  const blocks = new Map<Area, readonly Walk[]>();
  const block = (area: Area): readonly Walk[] => {
    let cells = blocks.get(area);
    if (cells === undefined) {
      const t = positions(themes, (theme) => holdsTheme(index, area, theme));
      const r = positions(regions, (region) => holdsRegion(index, area, region));
      const s = positions(sectors, (sector) => holdsSector(area, sector));
      const found: Walk[] = [];
      for (const ti of t) {
        for (const ri of r) {
          for (const si of s) {
            const walk = walks[(ti * regions.length + ri) * sectors.length + si];
            if (walk !== undefined) found.push(walk);
          }
        }
      }
      blocks.set(area, (cells = found));
    }
    return cells;
  };

  let day: IsoDate = from;
  // Every cell starts as seen at stamp 0, which is `from`'s: it was resolved on that day
  // already, so the events on `from` touch no cell.
  let stamp = 0;
  let touched: number[] = [];
  // Resolves the cells the day's events touched.
  const settle = (): void => {
    // In matrix order, so that neighbouring cells share what the index and the models keep per pair;
    // a typed array sorts numbers without a comparator.
    for (const at of Int32Array.from(touched).sort()) {
      const walk = walks[at];
      if (walk === undefined) continue;
      const next = resolveOn(walk.history, day);
      resolved++;
      walk.defers = defers(next);
      walk.beaten = beaten(next);
      if (!sameAnswer(walk.answer, next)) {
        walk.history.stretches.push({ from: walk.start, until: day, answer: walk.answer });
        walk.answer = answerOf(next);
        walk.start = day;
      }
    }
  };
  for (const event of events) {
    // An event that changes only the basis cannot split an interval, whose representation is its first day's.
    if (event.basisOnly === true) continue;
    if (event.on !== day) {
      settle();
      day = event.on;
      stamp++;
      touched = [];
    }
    // A claim handed to an organisation that exists on the day loses wherever it was held out before.
    const moved = event.newHolder !== undefined && index.exists(event.newHolder.holder, day) ? event.newHolder.claim : undefined;
    for (const area of event.areas) {
      const deferred = area.deferred === true;
      for (const walk of block(area)) {
        // A deferred claim cannot change a cell that no deferring claim decides; whatever
        // changes that decision is an event of its own, and touches the cell.
        if (walk.seen !== stamp && (walk.defers || !deferred) && (moved === undefined || !includes(walk.beaten, moved))) {
          walk.seen = stamp;
          touched.push(walk.at);
        }
      }
    }
  }
  settle();
  for (const walk of walks) walk.history.stretches.push({ from: walk.start, until, answer: walk.answer });
  return { cells: walks.map((walk) => walk.history), work: { resolved } };
}
