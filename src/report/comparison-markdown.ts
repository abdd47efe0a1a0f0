import { escapeMarkdown as md } from "./escape.js";
import type { ComparisonView } from "./comparison-view.js";
import type { Labels } from "../locale/labels.js";
import { markdownCell, markdownLegend } from "./matrix-markdown.js";
import { append } from "../internal/append.js";

/** Marks an answer that differs from the first scenario's. */
export const DIFFERS_MARK = "\u2260";

/** A comparison as Markdown: metrics, the cells that differ, the cells each organisation leads, a legend. */
export function comparisonMarkdown(view: ComparisonView, labels: Labels, level: number): string {
  const h = (depth: number): string => "#".repeat(Math.min(6, level + depth));
  const head = (first: string): string[] => [
    `| ${md(first)} | ${view.scenarios.map((s) => md(s.label)).join(" | ")} |`,
    `| --- | ${view.scenarios.map(() => "---").join(" | ")} |`,
  ];
  const lines = [`${h(0)} ${md(labels.comparisonTitle(view.on))}`, "", md(labels.comparisonDesc(view.scenarios.length, view.differing)), ""];
  append(lines, head(labels.metric));
  for (const m of view.metrics) lines.push(`| ${md(m.label)} | ${m.values.map(md).join(" | ")} |`);
  lines.push("");
  lines.push(`${h(1)} ${md(labels.differingCells)}`, "");
  if (view.rows.length > 0) {
    append(lines, head(labels.cell));
    for (const row of view.rows) {
      lines.push(`| ${md(row.label)} | ${row.cells.map((cell) => (cell.differs ? `**${DIFFERS_MARK} ${markdownCell(cell)}**` : markdownCell(cell))).join(" | ")} |`);
    }
    if (view.hidden > 0) lines.push("");
  }
  // With maxRows 0 every differing cell is hidden: the note counts them, it must not say that none differs.
  if (view.hidden > 0) lines.push(md(labels.more(view.hidden)));
  else if (view.rows.length === 0) lines.push(md(labels.noDifferences));
  lines.push("");
  lines.push(`${h(1)} ${md(labels.cellsLed)}`, "", ...head(labels.organisation));
  for (const entry of view.led) lines.push(`| ${md(entry.short)} | ${entry.counts.join(" | ")} |`);
  lines.push("", `${h(1)} ${md(labels.legend)}`, "");
  // One line per organisation: pushed one by one, since a spread of a long list overflows the stack.
  for (const line of markdownLegend(view, labels)) lines.push(line);
  lines.push(`- ${DIFFERS_MARK} ${md(labels.differsBold)}`, "");
  return lines.join("\n");
}
