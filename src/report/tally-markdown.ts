import { escapeMarkdown as md } from "./escape.js";
import type { Labels } from "../locale/labels.js";
import type { TallyView } from "./tally-view.js";
import { plainNumbers } from "../locale/format.js";

/** A tally as Markdown: summary, ranking, a table per round (or the totals), the pairwise table. */
export function tallyMarkdown(view: TallyView, labels: Labels, level: number): string {
  const h = (depth: number): string => "#".repeat(Math.min(6, level + depth));
  const lines = [`${h(0)} ${md(view.title)}`, "", ...view.summary.map((s) => `- ${md(s)}`), "", `${h(1)} ${md(labels.ranking)}`, ""];
  view.ranking.forEach((group, i) => lines.push(`${i + 1}. ${md(group)}`));
  lines.push("");
  for (const chart of view.charts) {
    lines.push(`${h(1)} ${md(chart.title)}`, "", `| ${md(labels.candidate)} | ${md(labels.votes)} | |`, "| --- | ---: | --- |");
    for (const bar of chart.bars) lines.push(`| ${md(bar.label)} | ${bar.shown} | ${bar.mark === undefined ? "" : md(bar.mark)} |`);
    if (chart.note !== undefined) lines.push("", md(chart.note));
    lines.push("");
  }
  if (view.pairwise !== undefined) {
    const p = view.pairwise;
    lines.push(`${h(1)} ${md(labels.pairwise)}`, "", md(labels.pairwiseNote), "");
    lines.push(`| | ${p.candidates.map((c) => md(c.label)).join(" | ")} |`, `| --- | ${p.candidates.map(() => "---:").join(" | ")} |`);
    p.candidates.forEach((c, i) => lines.push(`| ${md(c.label)} | ${(p.table[i] ?? []).map((v) => (v === null ? "\u2014" : plainNumbers.rounded(v))).join(" | ")} |`));
    lines.push("");
  }
  return lines.join("\n");
}
