// A coalition in every picture: one colour and one label (members' short names joined by " + ",
// spokesperson first and marked "*"), not a contest; a coalition that contends is one party.
import { describe, expect, it } from "vitest";
import { compareScenarios, matrixTimeline, representationMatrix } from "../../src/index.js";
import { displayNames, renderComparison, renderMatrix, renderStructure, renderTimeline, type RenderFormat } from "../../src/report-entry.js";
import { fixture } from "../fixtures/load.js";
import { coalitionScenario } from "./fixtures.js";
import { wellFormed } from "./well-formed.js";

const FORMATS: readonly RenderFormat[] = ["markdown", "html", "svg"];
const EXTENSION: Record<RenderFormat, string> = { markdown: "md", html: "html", svg: "svg" };
const scenario = coalitionScenario();
const names = displayNames(scenario);
const matrix = representationMatrix(scenario, { on: "2025-06-01", themes: ["lerarenopleiding"] });

describe("a coalition in the matrix", () => {
  it("is drawn as one party in one colour with one label, in every format and both languages", async () => {
    for (const format of FORMATS) {
      for (const locale of ["en", "nl"] as const) {
        const out = renderMatrix(matrix, { format, names, locale });
        if (format !== "markdown") expect(wellFormed(out)).toBe(true);
        await expect(out).toMatchFileSnapshot(`golden/matrix-coalition-${locale}.${EXTENSION[format]}`);
      }
    }
  });

  it("labels a coalition with its short names, spokesperson first and marked, and says so in the legend", () => {
    const md = renderMatrix(matrix, { format: "markdown", names });
    const zuid = md.split("\n").find((line) => line.startsWith("| Lerarenopleiding"));
    expect(zuid).toContain("CNVO\\* + AOb + FvOv");
    expect(zuid).toContain("BVMBO + CNVO");
    expect(md).toContain("- CNVO\\* + AOb + FvOv: CNV Onderwijs, Algemene Onderwijsbond and Federatie van Onderwijsvakorganisaties together (spokesperson CNV Onderwijs)");
    expect(md).toContain("- \\* after a name: the spokesperson of a coalition");
    const nlMd = renderMatrix(matrix, { format: "markdown", names, locale: "nl" });
    expect(nlMd).toContain("samen (penvoerder CNV Onderwijs)");
  });

  it("gives the whole coalition one colour, and names it in the cell's tooltip as jointly led", () => {
    const svg = renderMatrix(matrix, { format: "svg", names, colours: { "cnvo + aob + fvov": "#009E73" } });
    const cell = /<g class="cell" data-theme="lerarenopleiding" data-region="zuid" data-sector="vo"[^>]*>.*?<\/g>/.exec(svg)?.[0] ?? "";
    expect(cell).toContain('data-lead="cnvo"');
    expect(cell).toContain('data-leads="[&quot;cnvo&quot;,&quot;aob&quot;,&quot;fvov&quot;]"');
    expect(cell).toContain('fill="#009E73"');
    expect(cell).toContain("jointly led by CNV Onderwijs, Algemene Onderwijsbond and Federatie van Onderwijsvakorganisaties (spokesperson CNV Onderwijs)");
    expect(cell).not.toContain("url(#");
  });

  it("draws a coalition without a spokesperson as represented, with no data-lead", () => {
    const html = renderMatrix(matrix, { format: "html", names });
    const cell = /<td data-theme="lerarenopleiding" data-region="west" data-sector="po"[^>]*>/.exec(html)?.[0] ?? "";
    expect(cell).toContain('data-status="represented"');
    expect(cell).not.toContain("data-lead=");
    expect(cell).toContain("jointly led by Beroepsvereniging opleiders MBO and CNV Onderwijs");
  });

  it("names a coalition that contends as one party among the contenders", () => {
    const md = renderMatrix(matrix, { format: "markdown", names });
    expect(md).toContain("▨ AOb / AOb + BVMBO");
  });
});

describe("a coalition in the comparison and the timeline", () => {
  it("compares a coalition with a single lead as one colour and one label", async () => {
    const comparison = compareScenarios([fixture("worked-coordination"), scenario], { on: "2025-06-01", themes: ["lerarenopleiding"], sectors: ["vo"] });
    for (const format of FORMATS) await expect(renderComparison(comparison, { format, names })).toMatchFileSnapshot(`golden/comparison-coalition-en.${EXTENSION[format]}`);
    expect(renderComparison(comparison, { format: "markdown", names })).toContain("**≠ CNVO\\* + AOb + FvOv**");
  });

  it("starts a new bar when the coalition takes a member in and changes its spokesperson", async () => {
    const timeline = matrixTimeline(scenario, { from: "2025-03-01", until: "2026-01-01", themes: ["lerarenopleiding"], regions: ["zuid"], sectors: ["vo"] });
    const svg = renderTimeline(timeline, { names, locale: "nl" });
    await expect(svg).toMatchFileSnapshot("golden/timeline-coalition-nl.svg");
    expect(svg).toContain("CNVO* + AOb + FvOv");
    expect(svg).toContain("AOb* + BVMBO + CNVO + FvOv");
  });
});

describe("a coalition in the structure chart", () => {
  it("draws each coalition mandate as one node with an edge from every holder, the spokesperson's marked, in both languages", async () => {
    const en = renderStructure(scenario);
    await expect(en).toMatchFileSnapshot("golden/structure-coalition-en.mmd");
    await expect(renderStructure(scenario, { locale: "nl" })).toMatchFileSnapshot("golden/structure-coalition-nl.mmd");
    expect(en).toContain("Coalition leading together, mandate c1");
    expect(en).toContain("lerarenopleiding in Zuid");
    expect(en.match(/-->\|"spokesperson"\|/g)).toHaveLength(3);
    expect(en.match(/-->\|"member"\|/g)).toHaveLength(8);
  });
});
