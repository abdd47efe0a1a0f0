/** Public exports of the time part; src/index.ts re-exports this list. */
export type { ChangeEvent, ChangePoint } from "./change-point.js";
export { changePoints } from "./change-points.js";
export type { DateRange } from "./date-range.js";
export type { CellTimeline, TimelineInterval } from "./timeline-interval.js";
export { representationTimeline, type RepresentationTimeline, type TimelineQuery } from "./representation-timeline.js";
export { matrixTimeline, type MatrixTimeline, type MatrixTimelineQuery } from "./matrix-timeline.js";
export {
  compareOverPeriod,
  type CellDifference,
  type ComparedAnswer,
  type DifferenceInterval,
  type PeriodComparison,
  type PeriodComparisonQuery,
} from "./compare-over-period.js";
