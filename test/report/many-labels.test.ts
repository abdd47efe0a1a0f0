import { describe, expect, it } from "vitest";
import { renderMatrix, type RenderFormat } from "../../src/report-entry.js";
import { wideMatrix } from "../../bench/suites/report.js";

// Above the some 125,000 arguments that a spread can pass on Node 20 (Math.max(...list), push(...list)
// overflow the stack there), so that a renderer that spreads a list of labels fails here.
const COUNT = 140_000;

/** How often `part` occurs in `text`, counted without cutting the text up. */
function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

describe(`renderMatrix with ${COUNT} region labels and ${COUNT} organisations`, () => {
  const matrix = wideMatrix(COUNT);
  it.each<RenderFormat>(["markdown", "html", "svg"])("draws it as %s, every organisation in the legend", (format) => {
    const out = renderMatrix(matrix, { format });
    expect(out).toContain(`org-${COUNT - 1}`);
    expect(occurrences(out, "region-")).toBeGreaterThanOrEqual(COUNT);
  });
});
