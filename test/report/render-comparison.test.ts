import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../src/index.js";
import { displayNames, renderComparison, type RenderFormat } from "../../src/report-entry.js";
import { fixture } from "../fixtures/load.js";
import { wellFormed } from "./well-formed.js";

const count = (text: string, needle: string): number => text.split(needle).length - 1;

function comparison() {
  const coordination = fixture("worked-coordination");
  const oc2 = fixture("worked-oc2");
  const c = compareScenarios([coordination, oc2], { on: "2026-03-01", themes: ["curriculum", "cao"], sectors: ["vo", "mbo"] });
  return { c, names: displayNames(coordination, oc2) };
}

describe("renderComparison", () => {
  it("pins the Markdown of two worked examples side by side", async () => {
    const { c, names } = comparison();
    await expect(renderComparison(c, { format: "markdown", names })).toMatchFileSnapshot("golden/comparison-worked-side-by-side-en.md");
  });

  it("draws well-formed SVG with one box per scenario on each differing cell, outlining those that differ", () => {
    const { c, names } = comparison();
    const svg = renderComparison(c, { format: "svg", names });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('<title id="bg-title">Scenarios side by side on 2026-03-01</title>');
    expect(svg).toContain("<desc id=\"bg-desc\">2 scenarios compared on the same cells; ");
    expect(count(svg, '<g class="cell"')).toBe(c.differences.length * 2);
    const changed = c.differences.reduce((n, d) => n + d.changes.length, 0);
    expect(count(svg, 'data-differs="true"')).toBe(changed);
    expect(count(svg, 'stroke-width="3"/>')).toBe(changed + 1);
  });

  it("holds an HTML table cell per scenario and differing cell, plus the metrics and the cells led", () => {
    const { c, names } = comparison();
    const html = renderComparison(c, { format: "html", names, idPrefix: "cmp" });
    expect(wellFormed(html)).toBe(true);
    const differences = html.match(/<table [^>]*data-table="differences".*?<\/table>/s)?.[0] ?? "";
    expect(count(differences, "<td ")).toBe(c.differences.length * 2);
    expect(count(differences, "outline:3px solid")).toBe(c.differences.reduce((n, d) => n + d.changes.length, 0));
    expect(count(html, '<th scope="col" style="')).toBeGreaterThan(0);
    expect(html).toContain('data-table="metrics"');
    expect(html).toContain('data-table="led"');
  });

  it("lists at most maxRows differing cells and counts the rest", () => {
    const { c, names } = comparison();
    expect(c.differences.length).toBeGreaterThan(2);
    const md = renderComparison(c, { format: "markdown", names, maxRows: 2 });
    expect(md).toContain(`... and ${c.differences.length - 2} more cells that differ`);
    expect(count(md, "**≠ ")).toBeLessThanOrEqual(2);
    expect(() => renderComparison(c, { format: "markdown", maxRows: -1 })).toThrow(/^renderComparison: maxRows must be a whole number of at least 0/);
  });

  it("says so when no cell differs", () => {
    const coordination = fixture("worked-coordination");
    const same = compareScenarios([coordination, coordination], { on: "2025-06-01" });
    expect(renderComparison(same, { format: "markdown", locale: "nl" })).toContain("Geen enkele cel verschilt.");
    expect(wellFormed(renderComparison(same, { format: "svg" }))).toBe(true);
  });

  it("gives the same output in every time zone", () => {
    const { c, names } = comparison();
    const before = process.env["TZ"];
    const outputs = new Set<string>();
    try {
      for (const tz of ["UTC", "Pacific/Apia", "Asia/Kolkata"]) {
        process.env["TZ"] = tz;
        outputs.add((["markdown", "html", "svg"] as const).map((format) => renderComparison(c, { format, names })).join("\n"));
      }
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
    expect(outputs.size).toBe(1);
  });

  it("rejects what is not a comparison, and unknown formats", () => {
    const { c } = comparison();
    expect(() => renderComparison({} as never, { format: "svg" })).toThrow(/^renderComparison: comparison\.scenarios must be an array$/);
    expect(() => renderComparison(c, { format: "png" as RenderFormat })).toThrow(/^renderComparison: format must be/);
  });
});
