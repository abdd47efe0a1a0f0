/**
 * Reading a scenario: `parseScenario` on the large scenario's JSON text, against
 * `JSON.parse` of the same text.
 */
import { parseScenario } from "../../src/index.js";
import { generateSize, type ModelKind } from "../generate.js";
import { type BenchRow, type BenchSuite, measure, measureEach } from "../lib.js";

const SUITE = "parse";
const MODELS: readonly ModelKind[] = ["coordination", "oc2", "alternative"];

function rowsFor(model: ModelKind, quick: boolean): BenchRow[] {
  const size = quick ? "small" : "large";
  const text = JSON.stringify(generateSize(size, model));
  const runs = quick ? 3 : 7;
  const json = measure(() => JSON.parse(text), { runs });
  // Each run parses a fresh copy of the document, outside the timing, as an app does after reading a file.
  const parse = measureEach(() => JSON.parse(text) as unknown, (input) => parseScenario(input), { runs });
  const ratio = parse.medianMs / json.medianMs;
  const prefix = `${size} / ${model}`;
  const kB = Math.round(text.length / 1024);
  return [
    { suite: SUITE, name: `${prefix} / JSON.parse`, ...json, note: `${kB} kB of JSON text` },
    {
      suite: SUITE,
      name: `${prefix} / parseScenario`,
      ...parse,
      ratio: { against: "JSON.parse", value: ratio, ...(quick ? {} : { target: "≤ 8x", met: ratio <= 8 }) },
      note: "shape (zod), references, trees and dates, deep freeze; on the parsed object",
    },
  ];
}

/** The parse benchmarks. */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick, filter }) {
    return MODELS.filter((model) => filter === undefined || model.includes(filter) || filter.includes(model)).flatMap((model) => rowsFor(model, quick));
  },
};
