/**
 * Renderers on huge input: renderMatrix over a matrix of one theme by N regions, each
 * region led by an organisation of its own (so N column labels, N cells and N legend
 * entries), in each format. The growth rows compare the largest matrix with the smallest,
 * per cell, where linear growth gives 1x.
 */
import { type RepresentationMatrix } from "../../src/index.js";
import { renderMatrix, type RenderFormat } from "../../src/report-entry.js";
import { type BenchRow, type BenchSuite, measure } from "../lib.js";

const SUITE = "report";
const FORMATS: readonly RenderFormat[] = ["markdown", "html", "svg"];
const FULL = [20_000, 140_000];
const QUICK = [1_000, 4_000];

/** A matrix of one theme by `count` regions, each led by an organisation of its own. */
export function wideMatrix(count: number): RepresentationMatrix {
  const regions = Array.from({ length: count }, (_, i) => `region-${i}`);
  const cells = regions.map((region, i) => ({
    theme: "t",
    region,
    sector: "vo",
    on: "2026-06-01",
    model: "coordination" as const,
    status: "represented" as const,
    lead: `org-${i}`,
    leads: [`org-${i}`],
    delegation: [`org-${i}`],
    contenders: [],
    contendingParties: [],
    basis: [],
  }));
  return { on: "2026-06-01", themes: ["t"], regions, sectors: ["vo"], cells };
}

/** The renderer benchmarks. */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick }) {
    const sizes = quick ? QUICK : FULL;
    const rows: BenchRow[] = [];
    for (const format of FORMATS) {
      const perCell: number[] = [];
      for (const size of sizes) {
        const matrix = wideMatrix(size);
        const timed = measure(() => renderMatrix(matrix, { format }), { runs: 3 });
        perCell.push(timed.medianMs / size);
        rows.push({ suite: SUITE, name: `many-labels / ${format} / ${size} labels`, ...timed });
      }
      const growth = (perCell[perCell.length - 1] ?? 0) / (perCell[0] ?? 1);
      rows.push({
        suite: SUITE,
        name: `many-labels / ${format} / growth`,
        medianMs: 0,
        runs: 0,
        ratio: { against: "smallest matrix, per cell", value: growth, target: "≤ 2x", met: growth <= 2 },
        note: `time per cell of ${sizes[sizes.length - 1]} labels against ${sizes[0]}; linear growth is 1x`,
      });
    }
    return rows;
  },
};
