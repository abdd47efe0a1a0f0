import { escapeXml as x } from "./escape.js";
import { el, STYLE } from "./html-kit.js";
import type { Labels } from "../locale/labels.js";
import { num } from "./svg-kit.js";
import type { TallyView } from "./tally-view.js";
import { plainNumbers } from "../locale/format.js";

/** A tally as an HTML `<figure>`: summary, ranking, a table with bars per round, the pairwise table. */
export function tallyHtml(view: TallyView, labels: Labels, id: string, level: number): string {
  const hx = `h${Math.min(6, level + 1)}`;
  const parts = [el(`h${level}`, { id: `${id}-title` }, x(view.title)), el("ul", {}, view.summary.map((s) => el("li", {}, x(s))).join(""))];
  parts.push(el(hx, {}, x(labels.ranking)), el("ol", {}, view.ranking.map((g) => el("li", {}, x(g))).join("")));
  for (const chart of view.charts) {
    const rows = chart.bars.map((bar) => {
      const width = view.max === 0 ? 0 : (bar.value / view.max) * 100;
      const meter = el("span", { style: `display:inline-block;height:0.9em;width:${num(width)}%;background-color:${bar.swatch.fill};border:1px solid #595959;vertical-align:middle`, "aria-hidden": "true" }, "");
      return `<tr>${el("th", { scope: "row", style: STYLE.th }, x(bar.label))}${el("td", { style: `${STYLE.td};text-align:right` }, x(bar.shown))}${el("td", { style: "padding:4px 8px;width:16em" }, meter)}${el("td", { style: "padding:4px 8px" }, x(bar.mark ?? ""))}</tr>`;
    });
    const head = `<thead><tr>${el("th", { scope: "col", style: STYLE.th }, x(labels.candidate))}${el("th", { scope: "col", style: STYLE.th }, x(labels.votes))}<td></td><td></td></tr></thead>`;
    const caption = el("caption", { style: STYLE.caption }, x(chart.title));
    parts.push(el("table", { style: STYLE.table, "data-chart": chart.title }, `${caption}${head}<tbody>${rows.join("")}</tbody>`));
    if (chart.note !== undefined) parts.push(el("p", {}, x(chart.note)));
  }
  if (view.pairwise !== undefined) {
    const p = view.pairwise;
    const head = `<thead><tr><td></td>${p.candidates.map((c) => el("th", { scope: "col", style: STYLE.th }, x(c.label))).join("")}</tr></thead>`;
    const rows = p.candidates.map((c, i) => `<tr>${el("th", { scope: "row", style: STYLE.th }, x(c.label))}${(p.table[i] ?? []).map((v, j) => {
      const other = p.table[j]?.[i] ?? null;
      const wins = v !== null && other !== null && v > other;
      return el("td", { style: `${STYLE.td};text-align:right${wins ? ";font-weight:bold;background-color:#E8F1FA" : ""}` }, v === null ? "\u2014" : plainNumbers.rounded(v));
    }).join("")}</tr>`);
    parts.push(el(hx, {}, x(labels.pairwise)), el("p", {}, x(labels.pairwiseNote)), el("table", { style: STYLE.table, "data-chart": "pairwise" }, `${head}<tbody>${rows.join("")}</tbody>`));
  }
  return `${el("figure", { id, class: "beroepsgroep-tally", style: STYLE.figure, "aria-labelledby": `${id}-title` }, `\n${parts.join("\n")}\n`)}\n`;
}
