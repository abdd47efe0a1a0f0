// An organisation whose id reads like a coalition's colour key ("a + b") and the coalition of
// "a" and "b" are two parties in every picture: two legend entries told apart by their data
// attributes, each cell in its own party's colour, and a colour given under "a + b" the
// organisation's.
import { describe, expect, it } from "vitest";
import { compareScenarios, matrixTimeline, representationMatrix } from "../../src/index.js";
import { displayNames, renderComparison, renderMatrix, renderTimeline } from "../../src/report-entry.js";
import { plusScenario } from "./fixtures.js";

const scenario = plusScenario();
const names = displayNames(scenario);
const matrix = representationMatrix(scenario, { on: "2025-06-01" });

/** The legend entries of an HTML or SVG picture: their data attributes and fill. */
function legendOf(out: string): { organisation: string; party: string | undefined; fill: string }[] {
  const items = [...out.matchAll(/<(?:li|g class="legend-item") data-organisation="([^"]*)"(?: data-party="([^"]*)")?>.*?(?:background-color:|fill=")(#[0-9A-F]{6})/g)];
  return items.map((m) => ({ organisation: m[1] ?? "", party: m[2], fill: m[3] ?? "" }));
}

/** The fill of the matrix SVG cell in a region. */
function cellFill(svg: string, region: string): string {
  return new RegExp(`<g class="cell" data-theme="t" data-region="${region}"[^>]*>.*?<rect [^>]*fill="(#[0-9A-F]{6})"`).exec(svg)?.[1] ?? "";
}

const JSON_OF_ONE = "[&quot;a + b&quot;]";

describe("an organisation whose id is a coalition's colour key", () => {
  it("and the coalition get two legend entries with distinct data attributes, in HTML and SVG", () => {
    for (const format of ["html", "svg"] as const) {
      const legend = legendOf(renderMatrix(matrix, { format, names }));
      expect(legend.map((e) => [e.organisation, e.party])).toEqual([
        ["a + b", undefined],
        ["a + b", JSON_OF_ONE],
      ]);
    }
  });

  it("keeps its own colour apart from the coalition's, in the cells and the legend", () => {
    const svg = renderMatrix(matrix, { format: "svg", names });
    expect(cellFill(svg, "noord")).not.toBe(cellFill(svg, "zuid"));
    const [coalition, organisation] = legendOf(svg);
    expect(coalition?.fill).toBe(cellFill(svg, "zuid"));
    expect(organisation?.fill).toBe(cellFill(svg, "noord"));
  });

  it("takes the colour given under its id; the coalition keeps the colour worked out from its members'", () => {
    const plain = renderMatrix(matrix, { format: "svg", names });
    const given = renderMatrix(matrix, { format: "svg", names, colours: { "a + b": "#123456" } });
    expect(cellFill(given, "noord")).toBe("#123456");
    expect(cellFill(given, "zuid")).toBe(cellFill(plain, "zuid"));
    expect(legendOf(given).map((e) => e.fill)).toEqual([cellFill(plain, "zuid"), "#123456"]);
  });

  it("leaves the coalition the colour given under its key when no organisation of the picture has that id", () => {
    const onlyCoalition = representationMatrix(scenario, { on: "2025-06-01", regions: ["zuid"] });
    const svg = renderMatrix(onlyCoalition, { format: "svg", names, colours: { "a + b": "#123456" } });
    expect(cellFill(svg, "zuid")).toBe("#123456");
  });

  it("and the coalition are two legend entries in a timeline too", () => {
    const timeline = matrixTimeline(scenario, { from: "2025-01-01", until: "2025-12-31" });
    const legend = legendOf(renderTimeline(timeline, { names }));
    expect(legend.map((e) => [e.organisation, e.party])).toEqual([
      ["a + b", undefined],
      ["a + b", JSON_OF_ONE],
    ]);
    expect(legend[0]?.fill).not.toBe(legend[1]?.fill);
  });

  it("and the coalition are two legend entries in a comparison, and each differing cell shows its own party", () => {
    const swapped = plusScenario(true);
    const comparison = compareScenarios([scenario, swapped], { on: "2025-06-01" });
    const html = renderComparison(comparison, { format: "html", names: displayNames(scenario, swapped) });
    expect(legendOf(html).map((e) => [e.organisation, e.party])).toEqual([
      ["a + b", undefined],
      ["a + b", JSON_OF_ONE],
    ]);
    const md = renderComparison(comparison, { format: "markdown", names: displayNames(scenario, swapped) });
    const noord = md.split("\n").find((line) => line.includes("Noord")) ?? "";
    expect(noord).toContain("Organisation a + b");
    expect(noord).toContain("Organisation a + Organisation b");
  });
});
