import { wellFormed } from "./well-formed.js";
import { describe, expect, it } from "vitest";
import { representationMatrix } from "../../src/index.js";
import { displayNames, organisationColours, renderMatrix, type RenderFormat } from "../../src/report-entry.js";
import { HOSTILE, hostileScenario, workedMatrix } from "./fixtures.js";

const count = (text: string, needle: string | RegExp): number => text.split(needle).length - 1;

describe("renderMatrix as Markdown", () => {
  it("pins the worked example in English", async () => {
    const { scenario, matrix } = workedMatrix();
    await expect(renderMatrix(matrix, { format: "markdown", names: displayNames(scenario) })).toMatchFileSnapshot("golden/matrix-en.md");
  });

  it("pins the worked example in Dutch, with ids where no names are given", async () => {
    const { matrix } = workedMatrix();
    const one = representationMatrix(workedMatrix().scenario, { on: matrix.on, themes: ["lerarenopleiding"], sectors: ["vo"] });
    await expect(renderMatrix(one, { format: "markdown", locale: "nl", headingLevel: 3 })).toMatchFileSnapshot("golden/matrix-one-row-nl.md");
  });

  it("keeps every table row at the same number of columns when names hold pipes", () => {
    const scenario = hostileScenario();
    const md = renderMatrix(representationMatrix(scenario, { on: "2025-06-01" }), { format: "markdown", names: displayNames(scenario) });
    const rows = md.split("\n").filter((line) => line.startsWith("| "));
    const columns = rows.map((line) => line.replace(/\\\|/g, "").split("|").length);
    expect(new Set(columns).size).toBe(1);
    expect(md).not.toContain("<script>");
    expect(md).toContain("\\<script\\>");
  });
});

describe("renderMatrix as SVG", () => {
  it("is well formed XML with a title, a description and one cell per matrix cell", () => {
    const { scenario, matrix } = workedMatrix();
    const svg = renderMatrix(matrix, { format: "svg", names: displayNames(scenario) });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title id="bg-title">Who represents the profession on 2025-06-01</title>');
    expect(svg).toMatch(/<desc id="bg-desc">[^<]*15 cells represented, 3 contested, 57 unrepresented\.<\/desc>/);
    expect(count(svg, '<g class="cell"')).toBe(matrix.cells.length);
    expect(count(svg, 'data-status="contested"')).toBe(3);
    expect(count(svg, 'data-status="unrepresented"')).toBe(57);
  });

  it("hatches contested cells, names their contenders, and marks unrepresented cells empty", () => {
    const { scenario, matrix } = workedMatrix();
    const svg = renderMatrix(matrix, { format: "svg", names: displayNames(scenario), idPrefix: "w" });
    expect(svg).toContain('<pattern id="w-hatch"');
    const contested = svg.match(/<g class="cell"[^>]*data-status="contested".*?<\/g>/g) ?? [];
    expect(contested).toHaveLength(3);
    for (const cell of contested) {
      expect(cell).toContain('fill="url(#w-hatch)"');
      expect(cell).toContain(">CNVO / FvOv</text>");
    }
    const empty = svg.match(/<g class="cell"[^>]*data-status="unrepresented".*?<\/g>/g) ?? [];
    for (const cell of empty) expect(cell).toContain('stroke-dasharray="4 3"');
  });

  it("colours each lead by its organisation, with readable text, and lists it in the legend", () => {
    const { scenario, matrix } = workedMatrix();
    const colours = organisationColours(["aob", "bvmbo", "cnvo", "fvov"]);
    const svg = renderMatrix(matrix, { format: "svg", names: displayNames(scenario) });
    const aob = svg.match(/<g class="cell"[^>]*data-lead="aob".*?<\/g>/)?.[0] ?? "";
    expect(aob).toContain(`fill="${colours["aob"]}"`);
    expect(svg).toContain('data-organisation="aob"');
    expect(svg).toContain("AOb: Algemene Onderwijsbond");
  });

  it("uses the colours given, and checks them", () => {
    const { matrix } = workedMatrix();
    const svg = renderMatrix(matrix, { format: "svg", colours: { aob: "#123456" } });
    expect(svg).toMatch(/data-lead="aob".*?fill="#123456"/);
    expect(() => renderMatrix(matrix, { format: "svg", colours: { aob: "red" } })).toThrow(/^renderMatrix: the colour of "aob" must be written #rrggbb/);
  });

  it("escapes hostile ids and names and stays well formed", () => {
    const scenario = hostileScenario();
    const matrix = representationMatrix(scenario, { on: "2025-06-01" });
    const svg = renderMatrix(matrix, { format: "svg", names: displayNames(scenario) });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain(`data-lead="x&lt;y&gt;&amp;&quot;z&#39;|\`*_[a](b)#"`);
    expect(count(svg, '<g class="cell"')).toBe(matrix.cells.length);
  });
});

describe("renderMatrix as HTML", () => {
  it("holds one <td> per matrix cell in real tables with scoped headers", () => {
    const { scenario, matrix } = workedMatrix();
    const html = renderMatrix(matrix, { format: "html", names: displayNames(scenario) });
    expect(count(html, "<td ")).toBe(matrix.cells.length);
    expect(count(html, "<table ")).toBe(matrix.sectors.length);
    expect(count(html, '<th scope="col"')).toBe(matrix.sectors.length * (matrix.regions.length + 1));
    expect(count(html, '<th scope="row"')).toBe(matrix.sectors.length * matrix.themes.length);
    expect(count(html, "<caption ")).toBe(matrix.sectors.length);
    expect(wellFormed(html)).toBe(true);
  });

  it("stripes contested cells and marks unrepresented ones for screen readers too", () => {
    const { matrix } = workedMatrix();
    const html = renderMatrix(matrix, { format: "html" });
    const contested = html.match(/<td [^>]*data-status="contested"[^>]*>.*?<\/td>/g) ?? [];
    expect(contested).toHaveLength(3);
    for (const td of contested) {
      expect(td).toContain("repeating-linear-gradient");
      expect(td).toContain("cnvo / fvov");
      expect(td).toContain(">contested: </span>");
    }
    expect(html).toMatch(/<td [^>]*data-status="unrepresented"[^>]*>.*?>unrepresented<\/span><\/td>/);
  });

  it("makes a whole page only when asked", () => {
    const { matrix } = workedMatrix();
    expect(renderMatrix(matrix, { format: "html" }).startsWith("<figure")).toBe(true);
    const page = renderMatrix(matrix, { format: "html", standalone: true, locale: "nl" });
    expect(page.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(page).toContain("<title>Wie vertegenwoordigt de beroepsgroep op 2025-06-01</title>");
  });

  it("escapes hostile ids and names", () => {
    const scenario = hostileScenario();
    const matrix = representationMatrix(scenario, { on: "2025-06-01" });
    const html = renderMatrix(matrix, { format: "html", names: displayNames(scenario) });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("</td><td> |");
    expect(count(html, "<td ")).toBe(matrix.cells.length);
    expect(wellFormed(html)).toBe(true);
    expect(html).toContain('data-region="r&amp;amp;"');
    expect(HOSTILE.region).toBe("r&amp;");
  });
});

describe("renderMatrix in general", () => {
  it("gives the same output in every time zone", () => {
    const { scenario, matrix } = workedMatrix();
    const before = process.env["TZ"];
    const outputs = new Set<string>();
    try {
      for (const tz of ["UTC", "Pacific/Apia", "Pacific/Kiritimati", "America/Sao_Paulo", "Asia/Kolkata"]) {
        process.env["TZ"] = tz;
        outputs.add((["markdown", "html", "svg"] as const).map((format) => renderMatrix(matrix, { format, names: displayNames(scenario) })).join("\n"));
      }
    } finally {
      if (before === undefined) delete process.env["TZ"];
      else process.env["TZ"] = before;
    }
    expect(outputs.size).toBe(1);
  });

  it("does not touch its (frozen) inputs", () => {
    const { scenario, matrix } = workedMatrix();
    const frozen = Object.freeze({ ...matrix, cells: Object.freeze([...matrix.cells]) });
    const names = Object.freeze(displayNames(scenario));
    const before = JSON.stringify(frozen);
    renderMatrix(frozen, { format: "svg", names });
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it("rejects unknown formats, locales, prefixes and heading levels, and malformed matrices", () => {
    const { matrix } = workedMatrix();
    expect(() => renderMatrix(matrix, { format: "pdf" as RenderFormat })).toThrow(/^renderMatrix: format must be "markdown", "html" or "svg", received "pdf"$/);
    expect(() => renderMatrix(matrix, { format: "svg", locale: "de" as "en" })).toThrow(/^renderMatrix: locale must be "en" or "nl"/);
    expect(() => renderMatrix(matrix, { format: "svg", idPrefix: "1 bad" })).toThrow(/^renderMatrix: idPrefix must start with a letter/);
    expect(() => renderMatrix(matrix, { format: "markdown", headingLevel: 7 })).toThrow(/^renderMatrix: headingLevel must be a whole number from 1 to 5/);
    expect(() => renderMatrix(null as never, { format: "svg" })).toThrow(/^renderMatrix: matrix must be a RepresentationMatrix/);
    expect(() => renderMatrix({ ...matrix, cells: matrix.cells.slice(1) }, { format: "svg" })).toThrow(/^renderMatrix: the matrix has no cell for theme "curriculum", region "nl", sector "po"$/);
  });

  it("draws one panel for the profession as a whole when the matrix has no sectors", () => {
    const { scenario } = workedMatrix();
    const whole = representationMatrix(scenario, { on: "2025-06-01", sectors: [null], themes: ["curriculum"] });
    const md = renderMatrix(whole, { format: "markdown", names: displayNames(scenario) });
    expect(md).toContain("### Sector: the profession as a whole");
    expect(md).toContain("| Curriculum | AOb | AOb | AOb | AOb | AOb |");
  });
});
