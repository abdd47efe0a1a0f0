import type { RepresentationMatrix } from "../resolve/matrix.js";
import { namerOf } from "./display-names.js";
import { matrixHtml } from "./matrix-html.js";
import { matrixMarkdown } from "./matrix-markdown.js";
import { matrixSvg } from "./matrix-svg.js";
import { checkMatrix, matrixView } from "./matrix-view.js";
import { partiesIn } from "./party-view.js";
import { coloursFor } from "./palette.js";
import { checkOptions, type RenderOptions, writeAs } from "./render-options.js";

/**
 * Draws a representation matrix: themes as rows, regions as columns, one panel per
 * sector. A represented cell shows its lead's short name in that organisation's colour;
 * a cell a coalition leads is one party, not a contest: one colour for the coalition and
 * one label, its members' short names joined by ` + `, spokesperson first and marked `*`
 * (the HTML and SVG cell carries `data-leads`, a JSON list of the ids);
 * a contested cell is hatched (in Markdown marked `▨`) and names its contending parties; an
 * unrepresented cell is empty and marked (in Markdown `—`). A legend follows. The SVG
 * carries `<title>` and `<desc>`; the HTML is a `<table>` per sector with `<th scope>`
 * headers. Pure: no DOM, no Node API, so it runs in browsers too.
 *
 * The matrix holds ids only: pass `names: displayNames(scenario)` to show names.
 *
 * @param matrix - a matrix from {@link index!representationMatrix}
 * @param options - the format, and optionally the locale, names, colours and id prefix
 * @returns the picture as Markdown, HTML or SVG text
 * @throws Error starting `renderMatrix:` for an unknown option, format or locale, a bad colour, names, heading level or id prefix, or a matrix that lacks a cell
 * @example
 * ```ts
 * const matrix = representationMatrix(scenario, { on: "2025-06-01", themes: ["curriculum"] });
 * const svg = renderMatrix(matrix, { format: "svg", names: displayNames(scenario) });
 * svg.startsWith("<svg"); // => true
 * // Dutch, once the app has imported "beroepsgroep/locale/nl":
 * renderMatrix(matrix, { format: "markdown", locale: "nl" }).split("\n")[0]; // => "## Wie vertegenwoordigt de beroepsgroep op 2025-06-01"
 * ```
 * @category Reports
 */
export function renderMatrix(matrix: RepresentationMatrix, options: RenderOptions): string {
  const fn = "renderMatrix";
  const checked = checkOptions(options, fn);
  checkMatrix(matrix, fn);
  const labels = checked.locale.labels;
  const parties = partiesIn(matrix.cells);
  const colours = coloursFor(parties.values(), checked.colours, fn);
  const view = matrixView(matrix, namerOf(checked.names), labels, colours, fn);
  return writeAs(view, labels, checked, labels.matrixTitle(view.on), { markdown: matrixMarkdown, html: matrixHtml, svg: matrixSvg });
}
