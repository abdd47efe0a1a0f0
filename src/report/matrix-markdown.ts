import { escapeMarkdown as md } from "./escape.js";
import type { Labels } from "../locale/labels.js";
import type { CellView, MatrixView } from "./matrix-view.js";

/** Marks a contested cell in text, where there is no hatching. */
export const CONTESTED_MARK = "\u25A8";
/** Marks an unrepresented cell in text. */
export const UNREPRESENTED_MARK = "\u2014";

/** A cell's text in Markdown: the lead, the marked contenders, or the empty mark. */
export function markdownCell(cell: CellView): string {
  if (cell.status === "represented") return md(cell.text);
  if (cell.status === "contested") return `${CONTESTED_MARK} ${md(cell.text)}`;
  return UNREPRESENTED_MARK;
}

/** The legend as Markdown list items; the spokesperson's mark is explained when a coalition shows it. */
export function markdownLegend(view: Pick<MatrixView, "legend">, labels: Labels): string[] {
  return [
    ...view.legend.map((entry) => `- ${md(entry.short)}${entry.full === entry.short ? "" : `: ${md(entry.full)}`}`),
    `- ${CONTESTED_MARK} ${md(labels.markerContested)}`,
    `- ${UNREPRESENTED_MARK} ${md(labels.markerUnrepresented)}`,
    ...(view.legend.some((entry) => entry.marked === true) ? [`- ${md(labels.markerSpokesperson)}`] : []),
  ];
}

/** A matrix as Markdown: a heading, one table per sector, a legend. */
export function matrixMarkdown(view: MatrixView, labels: Labels, level: number): string {
  const h = (depth: number): string => "#".repeat(Math.min(6, level + depth));
  const lines = [`${h(0)} ${md(labels.matrixTitle(view.on))}`, ""];
  for (const panel of view.panels) {
    lines.push(`${h(1)} ${md(labels.sector)}: ${md(panel.label)}`, "");
    lines.push(`| ${md(labels.theme)} | ${view.columns.map((c) => md(c.label)).join(" | ")} |`);
    lines.push(`| --- | ${view.columns.map(() => "---").join(" | ")} |`);
    for (const row of panel.rows) lines.push(`| ${md(row.label)} | ${row.cells.map(markdownCell).join(" | ")} |`);
    lines.push("");
  }
  lines.push(`${h(1)} ${md(labels.legend)}`, "");
  // One line per organisation: pushed one by one, since a spread of a long list overflows the stack.
  for (const line of markdownLegend(view, labels)) lines.push(line);
  lines.push("");
  return lines.join("\n");
}
