import { escapeXml as x } from "./escape.js";
import { el, hidden, STYLE } from "./html-kit.js";
import type { Labels } from "../locale/labels.js";
import { CONTESTED_MARK, UNREPRESENTED_MARK } from "./matrix-markdown.js";
import type { CellView, LegendEntry, MatrixView } from "./matrix-view.js";

/** One `<td>`, with data attributes that scripts and tests can read. */
export function htmlCell(cell: CellView, labels: Labels, extraStyle = ""): string {
  // Written out rather than through el(): this runs once per cell, and a matrix may have hundreds of thousands.
  const lead = `${cell.lead === null ? "" : ` data-lead="${x(cell.lead)}"`}${cell.coalition === undefined ? "" : ` data-leads="${x(JSON.stringify(cell.coalition))}"`}`;
  const data = `data-theme="${x(cell.theme)}" data-region="${x(cell.region)}" data-sector="${x(cell.sector ?? "")}" data-status="${x(cell.status)}"${lead} title="${x(cell.title)}"`;
  const td = (style: string, content: string): string => `<td ${data} style="${x(style)}">${content}</td>`;
  if (cell.status === "represented") {
    const colours = cell.swatch === undefined ? "" : `;background-color:${cell.swatch.fill};color:${cell.swatch.text}`;
    return td(`${STYLE.td}${colours}${extraStyle}`, x(cell.text));
  }
  if (cell.status === "contested") {
    const label = el("span", { style: STYLE.label }, `${CONTESTED_MARK} ${x(cell.text)}`);
    return td(`${STYLE.td};${STYLE.hatch}${extraStyle}`, `${hidden(`${labels.contested}: `)}${label}`);
  }
  return td(`${STYLE.td};${STYLE.empty}${extraStyle}`, `<span aria-hidden="true">${UNREPRESENTED_MARK}</span>${hidden(labels.unrepresented)}`);
}

/** The legend: organisations and coalitions with their colours, then the marks. */
export function htmlLegend(legend: readonly LegendEntry[], labels: Labels, level: number): string {
  const items = legend.map((entry) => {
    const swatch = el("span", { style: `${STYLE.swatch};background-color:${entry.swatch.fill}`, "aria-hidden": "true" }, "");
    const full = entry.full === entry.short ? "" : `: ${x(entry.full)}`;
    return el("li", { "data-organisation": entry.id, ...(entry.party === undefined ? {} : { "data-party": JSON.stringify(entry.party) }) }, `${swatch}<strong>${x(entry.short)}</strong>${full}`);
  });
  items.push(el("li", {}, `${el("span", { style: `${STYLE.swatch};${STYLE.hatch}`, "aria-hidden": "true" }, "")}${x(labels.markerContested)}`));
  items.push(el("li", {}, `${el("span", { style: `${STYLE.swatch};${STYLE.empty}`, "aria-hidden": "true" }, "")}${x(labels.markerUnrepresented)}`));
  if (legend.some((entry) => entry.marked === true)) items.push(el("li", {}, x(labels.markerSpokesperson)));
  return `${el(`h${level}`, {}, x(labels.legend))}\n${el("ul", { style: STYLE.list }, `\n${items.join("\n")}\n`)}`;
}

/** The header row of a panel: the theme column, then one column per region. */
export function htmlHead(view: Pick<MatrixView, "columns">, labels: Labels): string {
  const cells = [el("th", { scope: "col", style: STYLE.th }, x(labels.theme)), ...view.columns.map((c) => el("th", { scope: "col", style: STYLE.th, "data-region": c.id }, x(c.label)))];
  return `<thead><tr>${cells.join("")}</tr></thead>`;
}

/** A matrix as an HTML `<figure>`: one `<table>` per sector with real headers, then a legend. */
export function matrixHtml(view: MatrixView, labels: Labels, id: string, level: number): string {
  const tables = view.panels.map((panel) => {
    const rows = panel.rows.map((row) => `<tr>${el("th", { scope: "row", style: STYLE.th, "data-theme": row.theme }, x(row.label))}${row.cells.map((cell) => htmlCell(cell, labels)).join("")}</tr>`);
    const caption = el("caption", { style: STYLE.caption }, `${x(labels.sector)}: ${x(panel.label)}`);
    return el("table", { style: STYLE.table, "data-sector": panel.sector ?? "" }, `\n${caption}\n${htmlHead(view, labels)}\n<tbody>\n${rows.join("\n")}\n</tbody>\n`);
  });
  const heading = el(`h${level}`, { id: `${id}-title` }, x(labels.matrixTitle(view.on)));
  const desc = el("p", { id: `${id}-desc` }, x(labels.matrixDesc(view.counts)));
  return `${el("figure", { id, class: "beroepsgroep-matrix", style: STYLE.figure, "aria-labelledby": `${id}-title` }, `\n${heading}\n${desc}\n${tables.join("\n")}\n${htmlLegend(view.legend, labels, Math.min(6, level + 1))}\n`)}\n`;
}
