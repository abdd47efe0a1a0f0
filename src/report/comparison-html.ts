import { escapeXml as x } from "./escape.js";
import type { ComparisonView } from "./comparison-view.js";
import { el, hidden, STYLE } from "./html-kit.js";
import type { Labels } from "../locale/labels.js";
import { htmlCell, htmlLegend } from "./matrix-html.js";

const DIFFERS = ";outline:3px solid #000000;outline-offset:-3px";

/** A comparison as an HTML `<figure>`: a metrics table, a table of the cells that differ, the cells led, a legend. */
export function comparisonHtml(view: ComparisonView, labels: Labels, id: string, level: number): string {
  const head = (first: string): string =>
    `<thead><tr>${[el("th", { scope: "col", style: STYLE.th }, x(first)), ...view.scenarios.map((s) => el("th", { scope: "col", style: STYLE.th, "data-scenario": s.id }, x(s.label)))].join("")}</tr></thead>`;
  const table = (caption: string, first: string, rows: readonly string[], name: string): string =>
    el("table", { style: STYLE.table, "data-table": name }, `\n${el("caption", { style: STYLE.caption }, x(caption))}\n${head(first)}\n<tbody>\n${rows.join("\n")}\n</tbody>\n`);
  const row = (label: string, cells: string): string => `<tr>${el("th", { scope: "row", style: STYLE.th }, x(label))}${cells}</tr>`;

  const metrics = table(labels.metric, labels.metric, view.metrics.map((m) => row(m.label, m.values.map((v) => el("td", { style: `${STYLE.td};text-align:right` }, x(v))).join(""))), "metrics");
  const rows = view.rows.map((r) => row(r.label, r.cells.map((cell) => (cell.differs ? htmlCell({ ...cell, title: `${cell.title} (${labels.differs})` }, labels, DIFFERS).replace("</td>", `${hidden(` (${labels.differs})`)}</td>`) : htmlCell(cell, labels))).join("")));
  const differing = [
    ...(rows.length === 0 ? [] : [table(labels.differingCells, labels.cell, rows, "differences")]),
    // With maxRows 0 every differing cell is hidden: the note counts them, it must not say that none differs.
    ...(view.hidden > 0 ? [el("p", {}, x(labels.more(view.hidden)))] : []),
  ];
  if (differing.length === 0) differing.push(el("p", {}, x(labels.noDifferences)));
  const led = table(labels.cellsLed, labels.organisation, view.led.map((e) => row(e.short, e.counts.map((n) => el("td", { style: `${STYLE.td};text-align:right` }, String(n))).join(""))), "led");
  const heading = el(`h${level}`, { id: `${id}-title` }, x(labels.comparisonTitle(view.on)));
  const desc = el("p", { id: `${id}-desc` }, x(labels.comparisonDesc(view.scenarios.length, view.differing)));
  const legend = htmlLegend(view.legend, labels, Math.min(6, level + 1)).replace(
    "\n</ul>",
    `\n${el("li", {}, `${el("span", { style: `${STYLE.swatch};background-color:#FFFFFF;outline:3px solid #000000;outline-offset:-3px`, "aria-hidden": "true" }, "")}${x(labels.differsMark)}`)}\n</ul>`,
  );
  return `${el("figure", { id, class: "beroepsgroep-comparison", style: STYLE.figure, "aria-labelledby": `${id}-title` }, `\n${heading}\n${desc}\n${metrics}\n${differing.join("\n")}\n${led}\n${legend}\n`)}\n`;
}
