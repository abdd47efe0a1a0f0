import type { ScenarioIndex } from "../model/scenario-index.js";
import type { Representation } from "../resolve/representation.js";
import { resolveCell } from "../resolve/resolve.js";
import type { Stretch } from "./resolve-over-period.js";
import type { TimelineInterval } from "./timeline-interval.js";

/**
 * The public interval of a stretch: its representation is resolved on its first
 * day when first read, then kept, so a long history costs memory only for the
 * intervals someone looks at. The scenario is immutable, so the value is the
 * same whenever it is read.
 */
export function intervalOf(index: ScenarioIndex, cell: { theme: string; region: string; sector: string | null }, stretch: Stretch): TimelineInterval {
  let kept: Representation | undefined;
  // The getter keeps the first day, not the stretch: its answer is not needed once the intervals are cut.
  const { from, until } = stretch;
  // A getter written in the literal: a million intervals are built far faster than with defineProperty.
  return Object.freeze({
    from,
    until,
    get representation(): Representation {
      return (kept ??= resolveCell(index, { ...cell, on: from }));
    },
  });
}
