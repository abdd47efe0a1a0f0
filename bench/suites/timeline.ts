/**
 * matrixTimeline over ten years against its baseline, resolving the whole matrix on
 * every day of the same ten years, on the large bench scenario (small in quick runs).
 * The baseline is the median of whole matrices on days spread over the period, times
 * the number of days: resolving 80,000 cells on each of 3,652 days outright would take
 * hours, and a day's matrix costs the same whichever day it is.
 */
import { changePoints, matrixTimeline, parseScenario, representationMatrix } from "../../src/index.js";
import { matrixAxes } from "../../src/resolve/matrix.js";
import { addDays, dayNumber } from "../../src/time/day-number.js";
import { generateSize, type ModelKind, type SizeName } from "../generate.js";
import { type BenchRow, type BenchSuite, keep, measure } from "../lib.js";

const SUITE = "timeline";
const FROM = "2021-06-01";
const UNTIL = "2031-06-01";
const TARGET = 50;

interface Plan {
  readonly size: SizeName;
  readonly models: readonly ModelKind[];
  /** Days of the period on which the baseline resolves the whole matrix. */
  readonly sampleDays: number;
}

const FULL: Plan = { size: "large", models: ["coordination", "oc2", "alternative"], sampleDays: 9 };
const QUICK: Plan = { size: "small", models: ["coordination"], sampleDays: 3 };

function measureOne(size: SizeName, model: ModelKind, plan: Plan): BenchRow[] {
  const scenario = parseScenario(generateSize(size, model));
  const axes = matrixAxes(scenario, { on: FROM }, SUITE);
  const cells = axes.themes.length * axes.regions.length * axes.sectors.length;
  const days = dayNumber(UNTIL) - dayNumber(FROM);
  const prefix = `${size} / ${model}`;

  // The baseline first, which also warms the scenario's index for both.
  const step = Math.floor(days / plan.sampleDays);
  let k = 0;
  const perDay = measure(() => representationMatrix(scenario, { on: addDays(FROM, step * (k++ % plan.sampleDays) + Math.floor(step / 2)) }), {
    runs: plan.sampleDays,
    warmup: 1,
  });
  const baselineMs = perDay.medianMs * days;

  let intervals = 0;
  const timeline = measure(
    () => {
      const result = matrixTimeline(scenario, { from: FROM, until: UNTIL });
      intervals = result.cells.reduce((n, cell) => n + cell.intervals.length, 0);
      return result;
    },
    { runs: 1, warmup: 0 },
  );
  const points = changePoints(scenario, { from: FROM, until: UNTIL }).length;
  keep(intervals);
  const ratio = baselineMs / timeline.medianMs;
  return [
    {
      suite: SUITE,
      name: `${prefix} / matrixTimeline, 10 years`,
      ...timeline,
      ratio: { against: "matrix on each day", value: ratio, target: `≥ ${TARGET}x`, met: ratio >= TARGET },
      note: `${cells} cells, ${points} change points, ${intervals} intervals (${(intervals / cells).toFixed(1)} a cell)`,
    },
    {
      suite: SUITE,
      name: `${prefix} / matrix on each of ${days} days`,
      medianMs: baselineMs,
      runs: perDay.runs,
      note: `median of ${perDay.runs} whole matrices on days spread over the period (${perDay.medianMs.toFixed(0)} ms each), times ${days} days`,
    },
  ];
}

/** The suite run by `npm run bench`. */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick, filter }) {
    const plan = quick ? QUICK : FULL;
    const rows: BenchRow[] = [];
    for (const model of plan.models) {
      if (filter !== undefined && !`${plan.size} / ${model}`.includes(filter) && !model.includes(filter)) continue;
      rows.push(...measureOne(plan.size, model, plan));
    }
    return rows;
  },
};
