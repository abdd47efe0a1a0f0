import { describe, expect, it } from "vitest";
import { renderMatrix, type RenderFormat, type RepresentationMatrix } from "../../src/index.js";

const COUNT = 200_000;

/** A matrix of one theme by COUNT regions, each region led by an organisation of its own. */
function wideMatrix(): RepresentationMatrix {
  const regions = Array.from({ length: COUNT }, (_, i) => `region-${i}`);
  const cells = regions.map((region, i) => ({
    theme: "t",
    region,
    sector: "vo",
    on: "2026-06-01",
    model: "coordination" as const,
    status: "represented" as const,
    lead: `org-${i}`,
    delegation: [`org-${i}`],
    contenders: [],
    basis: [],
  }));
  return { on: "2026-06-01", themes: ["t"], regions, sectors: ["vo"], cells };
}

describe(`renderMatrix with ${COUNT} region labels and ${COUNT} organisations`, () => {
  const matrix = wideMatrix();
  it.each<RenderFormat>(["markdown", "svg"])("draws it as %s, every organisation in the legend", (format) => {
    const out = renderMatrix(matrix, { format });
    expect(out).toContain(`org-${COUNT - 1}`);
    expect(out.split("region-").length - 1).toBeGreaterThanOrEqual(COUNT);
  });
});
