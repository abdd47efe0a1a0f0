/**
 * The analysis against the matrix it reads: analyseScenario, findPitfalls and
 * compareScenarios of the three models, each against resolving the same matrices,
 * on the large bench scenario (small in quick runs). The ratio is the analysis's
 * cost over the resolution alone: what the analysis adds on top.
 */
import { analyseScenario, compareScenarios, findPitfalls, parseScenario, representationMatrix } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { generateSize, type ModelKind, type SizeName } from "../generate.js";
import { type BenchRow, type BenchSuite, measure } from "../lib.js";

const SUITE = "analysis";
const ON = "2026-06-01";
const MODELS: readonly ModelKind[] = ["coordination", "oc2", "alternative"];

function rows(size: SizeName, runs: number, filter: string | undefined): BenchRow[] {
  const scenarios = new Map<ModelKind, Scenario>(MODELS.map((model) => [model, parseScenario(generateSize(size, model))]));
  const out: BenchRow[] = [];
  for (const [model, scenario] of scenarios) {
    const prefix = `${size} / ${model}`;
    if (filter !== undefined && !prefix.includes(filter)) continue;
    const matrix = measure(() => representationMatrix(scenario, { on: ON }), { runs });
    const cells = representationMatrix(scenario, { on: ON }).cells.length;
    out.push({ suite: SUITE, name: `${prefix} / representationMatrix`, ...matrix, note: `${cells} cells` });
    for (const [name, fn] of [
      ["analyseScenario", () => analyseScenario(scenario, { on: ON })],
      ["findPitfalls", () => findPitfalls(scenario, { on: ON })],
    ] as const) {
      const timed = measure(fn, { runs });
      out.push({ suite: SUITE, name: `${prefix} / ${name}`, ...timed, ratio: { against: "representationMatrix", value: timed.medianMs / matrix.medianMs } });
    }
  }
  const all = [...scenarios.values()];
  if (filter === undefined || "compare".includes(filter) || size.includes(filter)) {
    const matrices = measure(() => all.map((s) => representationMatrix(s, { on: ON })), { runs });
    const compare = measure(() => compareScenarios(all, { on: ON }), { runs });
    out.push({
      suite: SUITE,
      name: `${size} / compareScenarios of the three models`,
      ...compare,
      ratio: { against: "three matrices", value: compare.medianMs / matrices.medianMs },
    });
  }
  return out;
}

/** The suite run by `npm run bench`. */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick, filter }) {
    return quick ? rows("small", 3, filter) : rows("large", 5, filter);
  },
};
