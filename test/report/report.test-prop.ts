import fc from "fast-check";
import { wellFormed } from "./well-formed.js";
import { describe, expect, it } from "vitest";
import { parseScenario, representationMatrix } from "../../src/index.js";
import { organisationColours, renderMatrix, displayNames } from "../../src/report-entry.js";
import { escapeMarkdown, escapeMermaid, escapeXml } from "../../src/report/escape.js";
import { contrastRatio, swatchOf } from "../../src/report/palette.js";

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0").toUpperCase()}`);
const id = fc.string({ minLength: 1, maxLength: 12, unit: "binary" });

describe("properties of the report helpers", () => {
  it("any fill gets black or white text with at least 4.5:1 contrast", () => {
    fc.assert(fc.property(hex, (fill) => contrastRatio(fill, swatchOf(fill).text) >= 4.5));
  });

  it("the colour of an organisation does not depend on the order of the ids", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 10 }), (ids) => {
        expect(organisationColours([...ids].reverse())).toEqual(organisationColours(ids));
      }),
    );
  });

  it("no two of at most eight organisations share a colour", () => {
    fc.assert(fc.property(fc.uniqueArray(id, { maxLength: 8 }), (ids) => new Set(Object.values(organisationColours(ids))).size === ids.length));
  });

  it("any text escaped for XML is well formed inside an element and an attribute", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => wellFormed(`<a b="${escapeXml(text)}">${escapeXml(text)}</a>`)));
  });

  it("any text escaped for Markdown holds no unescaped pipe or line break", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = escapeMarkdown(text);
        return !/[\r\n]/.test(out) && !/(^|[^\\])(\\\\)*\|/.test(out);
      }),
    );
  });

  it("any text escaped for Mermaid holds no quote, bracket, pipe or line break", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => !/["[\](){}|<>\n\r`]/.test(escapeMermaid(text).replace(/#\d+;/g, "").replace(/[()]/g, ""))));
  });

  it("a matrix of any ids and names renders as well-formed SVG and HTML with one cell per matrix cell", () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 3, maxLength: 3 }), fc.string({ unit: "binary", minLength: 1 }), (ids, name) => {
        const [org, theme, region] = ids as [string, string, string];
        const scenario = parseScenario({
          schemaVersion: 1,
          id: "p",
          name: "p",
          sectors: [],
          regions: [{ id: "root", name, level: "national" }, ...(region === "root" ? [] : [{ id: region, name, level: "region", parent: "root" }])],
          themes: [{ id: theme, name, kind: "professional" }],
          organisations: [{ id: org, name, shortName: name, kind: "union", sectors: [] }],
          mandates: [{ id: "m", holder: org, role: "lead", scope: { themes: "all", regions: ["root"], sectors: "all" }, validFrom: "2020-01-01", grant: { by: "statute" } }],
          model: { kind: "alternative", name: "a", rules: [{ id: "r", then: { mandates: {} } }] },
        });
        const matrix = representationMatrix(scenario, { on: "2021-01-01" });
        const names = displayNames(scenario);
        const svg = renderMatrix(matrix, { format: "svg", names });
        const html = renderMatrix(matrix, { format: "html", names });
        expect(wellFormed(svg)).toBe(true);
        expect(wellFormed(html)).toBe(true);
        expect(svg.split('<g class="cell"').length - 1).toBe(matrix.cells.length);
        expect(html.split("<td ").length - 1).toBe(matrix.cells.length);
      }),
      { numRuns: 60 },
    );
  });
});
