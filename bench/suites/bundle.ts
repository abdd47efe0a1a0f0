/**
 * The size an app ships: an app importing only `resolve`, the main entry, the whole
 * library (the main entry with `beroepsgroep/council`, `beroepsgroep/report`, `beroepsgroep/change`
 * and Dutch), and each area on its own, minified and gzipped without zod, immer and date-fns. Sizes, not
 * times: the median column is empty and the ratio is the size against its budget.
 */
import { BUDGET, bundleSize, ENTRIES } from "../bundle.js";
import type { BenchRow, BenchSuite } from "../lib.js";

const SUITE = "bundle";
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** The bundle-size rows. */
export const suite: BenchSuite = {
  name: SUITE,
  async run({ filter }) {
    const rows: BenchRow[] = [];
    for (const [name, contents] of Object.entries(ENTRIES)) {
      if (filter !== undefined && !name.includes(filter)) continue;
      const size = await bundleSize(contents);
      const budget = name === "resolve" ? BUDGET.resolve : name === "main, English only" ? BUDGET.main : undefined;
      rows.push({
        suite: SUITE,
        name: name === "resolve" || name === "main, English only" || name === "whole library" ? `${name} (gzip)` : `${name} alone (gzip)`,
        medianMs: Number.NaN,
        runs: 1,
        ...(budget === undefined
          ? {}
          : { ratio: { against: `the ${kB(budget)} budget`, value: size.gzip / budget, target: "≤ 1x", met: size.gzip <= budget } }),
        note: `${kB(size.gzip)} gzipped, ${kB(size.minified)} minified; code without its text ${kB(size.codeGzip)} gzipped`,
      });
    }
    return rows;
  },
};
