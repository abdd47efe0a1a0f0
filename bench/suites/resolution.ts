/**
 * Whole matrices and single answers at every size and for every model, against
 * the three baselines (naive, casbin, floor) and against their own growth.
 */
import { parseScenario, representationMatrix, resolve } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { casbinAllows, casbinBaseline } from "../casbin.js";
import { buildFloor, floorPlan } from "../floor.js";
import { generateSize, type ModelKind, type SizeName } from "../generate.js";
import { type BenchRow, type BenchSuite, keep, measure, measureEach } from "../lib.js";
import { type NaiveCell, naiveCells, naiveContext, naiveResolve } from "../naive.js";
import { Random } from "../random.js";

const ON = "2026-06-01";
/** Other days for the warm matrix, so that nothing cached for one day answers another. */
const DAYS = ["2025-03-01", "2025-09-15", "2026-02-01", "2026-06-01", "2026-11-30", "2027-04-01", "2027-10-10", "2028-01-01"];
const MODELS: readonly ModelKind[] = ["coordination", "oc2", "alternative"];
const SUITE = "resolution";

interface Plan {
  readonly sizes: readonly SizeName[];
  readonly runs: number;
  readonly naiveCells: number;
  readonly casbinCalls: number;
  readonly resolveCalls: number;
}

const FULL: Plan = { sizes: ["small", "large", "large-sparse", "large-2x-mandates", "large-2x-regions"], runs: 5, naiveCells: 200, casbinCalls: 8, resolveCalls: 2000 };
const QUICK: Plan = { sizes: ["small"], runs: 2, naiveCells: 20, casbinCalls: 4, resolveCalls: 200 };

/** Cells drawn at random (with a fixed seed) from the whole matrix. */
function sample(cells: readonly NaiveCell[], n: number): NaiveCell[] {
  const random = new Random(7);
  return Array.from({ length: Math.min(n, cells.length) }, () => random.pick(cells));
}

function ratio(against: string, value: number, target?: { text: string; met: boolean }): NonNullable<BenchRow["ratio"]> {
  return target === undefined ? { against, value } : { against, value, target: target.text, met: target.met };
}

/** Where one size and model stand: the library's matrix time, and the rows measured. */
interface Measured {
  readonly matrixMs: number;
  readonly rows: BenchRow[];
}

function isLarge(size: SizeName): boolean {
  return size === "large";
}

/** The sizes held to the floor target: the large one, dense (about 20 claims a cell) and sparse (about 5). */
function floorTarget(size: SizeName): boolean {
  return size === "large" || size === "large-sparse";
}

async function measureOne(size: SizeName, model: ModelKind, plan: Plan): Promise<Measured> {
  const document = generateSize(size, model);
  const scenario = parseScenario(document);
  const prefix = `${size} / ${model}`;
  const first = representationMatrix(scenario, { on: ON });
  const cellCount = first.cells.length;
  const steps = first.cells.reduce((n, c) => n + c.basis.length, 0);
  const shape = `${cellCount} cells, ${(steps / cellCount).toFixed(1)} basis steps a cell`;
  const rows: BenchRow[] = [];

  // A fresh parsed scenario each run (parsed outside the timing), so that the index is built inside it.
  // A copy made by hand would not do: the library checks and copies any scenario it did not make itself.
  const fresh = (): Scenario => parseScenario(document);
  const cold = measureEach(fresh, (s) => representationMatrix(s, { on: ON }), { runs: plan.runs });
  rows.push({ suite: SUITE, name: `${prefix} / matrix`, ...cold, note: `${shape}; index built in each run` });
  let day = 0;
  const warm = measure(() => representationMatrix(scenario, { on: DAYS[day++ % DAYS.length] ?? ON }), { runs: plan.runs });
  rows.push({ suite: SUITE, name: `${prefix} / matrix, index reused`, ...warm, note: "a different day each run" });

  const floorInput = floorPlan(first.cells);
  const floor = measure(() => buildFloor(floorInput), { runs: plan.runs });
  const overFloor = cold.medianMs / floor.medianMs;
  rows.push({
    suite: SUITE,
    name: `${prefix} / floor (output only)`,
    ...floor,
    ratio: ratio("matrix / floor", overFloor, floorTarget(size) ? { text: "≤ 5x", met: overFloor <= 5 } : undefined),
    note: "the same result objects built again, no resolution",
  });

  const all = naiveCells(scenario, ON);
  const picked = sample(all, plan.naiveCells);
  const ctx = naiveContext(scenario);
  const naive = measure(() => picked.map((cell) => naiveResolve(ctx, cell)), { runs: 3 });
  const naiveMs = (naive.medianMs / picked.length) * cellCount;
  const overNaive = naiveMs / cold.medianMs;
  rows.push({
    suite: SUITE,
    name: `${prefix} / naive (estimated)`,
    medianMs: naiveMs,
    runs: naive.runs,
    ratio: ratio("naive / matrix", overNaive, isLarge(size) ? { text: "≥ 100x", met: overNaive >= 100 } : undefined),
    note: `scans every mandate for every cell; timed on ${picked.length} random cells, scaled to ${cellCount}`,
  });

  if (size === "small" || isLarge(size)) rows.push(await casbinRow(scenario, prefix, all, cellCount, cold.medianMs, plan, isLarge(size)));
  if (isLarge(size)) rows.push(...singleCalls(scenario, fresh, prefix, all, plan));
  keep(first);
  return { matrixMs: cold.medianMs, rows };
}

async function casbinRow(scenario: Scenario, prefix: string, all: readonly NaiveCell[], cellCount: number, matrixMs: number, plan: Plan, target: boolean): Promise<BenchRow> {
  const baseline = await casbinBaseline(scenario);
  const orgs = baseline.organisations;
  // One enforce per organisation and cell; a full matrix would take hours, so a few calls are timed and scaled.
  const random = new Random(11);
  const calls = sample(all, plan.casbinCalls).map((cell) => ({ cell, org: random.pick(orgs) }));
  const timed = measure(() => calls.map(({ cell, org }) => casbinAllows(baseline, org, cell)), { runs: 1, warmup: 0 });
  const casbinMs = (timed.medianMs / calls.length) * orgs.length * cellCount;
  const over = casbinMs / matrixMs;
  return {
    suite: SUITE,
    name: `${prefix} / casbin claim collection (estimated)`,
    medianMs: casbinMs,
    runs: timed.runs,
    ratio: ratio("casbin / matrix", over, target ? { text: "≥ 50x", met: over >= 50 } : undefined),
    note: `claim collection only, against the whole matrix: ${orgs.length} enforce calls a cell over ${baseline.policies} policies; ${calls.length} calls timed, scaled`,
  };
}

function singleCalls(scenario: Scenario, parsedAnew: () => Scenario, prefix: string, all: readonly NaiveCell[], plan: Plan): BenchRow[] {
  const queries = sample(all, plan.resolveCalls);
  const warm = measure(() => queries.map((q) => resolve(scenario, q)), { runs: plan.runs });
  const [one] = queries;
  const first = one === undefined ? { medianMs: 0, runs: 0 } : measureEach(parsedAnew, (s) => resolve(s, one), { runs: plan.runs });
  return [
    { suite: SUITE, name: `${prefix} / resolve, one cell`, medianMs: warm.medianMs / queries.length, runs: warm.runs, note: `mean of ${queries.length} random cells a run` },
    { suite: SUITE, name: `${prefix} / resolve, first call`, ...first, note: "on a freshly parsed scenario: builds the index" },
  ];
}

function growth(name: string, value: number, limit: number): BenchRow {
  return {
    suite: SUITE,
    name,
    medianMs: 0,
    runs: 0,
    ratio: { against: "large", value, target: `≤ ${limit}x`, met: value <= limit },
    note: "matrix time against the large size, same run",
  };
}

/** The resolution benchmarks. */
export const suite: BenchSuite = {
  name: SUITE,
  async run({ quick, filter }) {
    const plan = quick ? QUICK : FULL;
    const rows: BenchRow[] = [];
    for (const model of MODELS) {
      const times = new Map<SizeName, number>();
      for (const size of plan.sizes) {
        const prefix = `${size} / ${model}`;
        if (filter !== undefined && !prefix.includes(filter) && !filter.includes(prefix)) continue;
        const measured = await measureOne(size, model, plan);
        times.set(size, measured.matrixMs);
        rows.push(...measured.rows);
      }
      const large = times.get("large");
      const mandates2x = times.get("large-2x-mandates");
      const regions2x = times.get("large-2x-regions");
      if (large !== undefined && mandates2x !== undefined) rows.push(growth(`large-2x-mandates / ${model} / growth`, mandates2x / large, 1.3));
      if (large !== undefined && regions2x !== undefined) rows.push(growth(`large-2x-regions / ${model} / growth`, regions2x / large, 2.2));
    }
    return rows;
  },
};
