import { escapeXml as x } from "./escape.js";
import type { Labels } from "../locale/labels.js";
import { num, PAD, svgDocument, text, textWidth } from "./svg-kit.js";
import type { TallyView } from "./tally-view.js";
import { plainNumbers } from "../locale/format.js";
import { largest } from "../internal/largest.js";

const BAR_H = 18;
const GAP = 6;
const SCALE_W = 320;

/** A tally as an SVG picture: a bar chart per round (or of the totals), then the pairwise table. */
export function tallySvg(view: TallyView, labels: Labels, id: string, lang: string): string {
  const allLabels = view.charts.flatMap((c) => c.bars.map((b) => b.label));
  const labelW = largest(60, allLabels.map((l) => textWidth(l, 12))) + 12;
  const markW = largest(0, view.charts.flatMap((c) => c.bars.map((b) => textWidth(`${b.shown}  ${b.mark ?? ""}`, 12)))) + 12;
  const pairCells = view.pairwise?.candidates ?? [];
  const pairLabelW = largest(0, pairCells.map((c) => textWidth(c.label, 12))) + 12;
  const pairColW = largest(48, pairCells.map((c) => textWidth(c.label, 12) + 12));
  const desc = labels.tallyDesc(view.summary[0] ?? "", view.charts.length);
  const width = largest(Math.max(PAD * 2 + labelW + SCALE_W + markW, PAD * 2 + pairLabelW + pairColW * pairCells.length, PAD * 2 + textWidth(view.title, 16), 360), view.summary.map((s) => PAD * 2 + textWidth(s, 12)));
  const body: string[] = [text(PAD, PAD + 16, view.title, 'font-size="16" font-weight="bold"')];
  let y = PAD + 36;
  for (const line of view.summary) {
    body.push(text(PAD, y, line));
    y += 18;
  }
  body.push(text(PAD, y, `${labels.ranking}: ${view.ranking.join(" > ")}`, 'fill="#595959"'));
  y += 14;
  const scale = (v: number): number => (view.max === 0 ? 0 : (v / view.max) * SCALE_W);
  for (const chart of view.charts) {
    y += 18;
    const parts = [text(PAD, y, chart.title, 'font-size="13" font-weight="bold"')];
    y += 10;
    const top = y;
    for (const bar of chart.bars) {
      const w = scale(bar.value);
      parts.push(
        `<g class="bar" data-candidate="${x(bar.id)}"><title>${x(`${bar.label}: ${bar.shown}${bar.mark === undefined ? "" : ` (${bar.mark})`}`)}</title>` +
          text(PAD + labelW - 8, y + BAR_H - 5, bar.label, 'text-anchor="end"') +
          `<rect x="${num(PAD + labelW)}" y="${num(y)}" width="${num(Math.max(w, 0.5))}" height="${BAR_H}" fill="${bar.swatch.fill}" stroke="#595959" stroke-width="0.5"/>` +
          text(PAD + labelW + w + 6, y + BAR_H - 5, `${bar.shown}${bar.mark === undefined ? "" : `  ${bar.mark}`}`, bar.mark === undefined ? "" : 'font-weight="bold"') +
          "</g>",
      );
      y += BAR_H + GAP;
    }
    if (view.quota !== undefined) {
      const qx = PAD + labelW + scale(view.quota);
      parts.push(`<line x1="${num(qx)}" x2="${num(qx)}" y1="${num(top - 4)}" y2="${num(y - GAP + 4)}" stroke="#000000" stroke-dasharray="4 3"/>`, text(qx + 3, top - 2, labels.quota, 'font-size="10" fill="#595959"'));
    }
    if (chart.note !== undefined) {
      y += 12;
      parts.push(text(PAD, y, chart.note, 'fill="#595959"'));
      y += 4;
    }
    body.push(`<g class="chart">${parts.join("")}</g>`);
  }
  if (view.pairwise !== undefined) {
    const p = view.pairwise;
    y += 24;
    const parts = [text(PAD, y, labels.pairwise, 'font-size="13" font-weight="bold"'), text(PAD, y + 16, labels.pairwiseNote, 'fill="#595959"')];
    y += 36;
    p.candidates.forEach((c, j) => parts.push(text(PAD + pairLabelW + j * pairColW + pairColW / 2, y, c.label, 'text-anchor="middle" font-weight="bold"')));
    y += 8;
    p.candidates.forEach((c, i) => {
      parts.push(text(PAD, y + 16, c.label, 'font-weight="bold"'));
      (p.table[i] ?? []).forEach((v, j) => {
        const other = p.table[j]?.[i] ?? null;
        const wins = v !== null && other !== null && v > other;
        const cx = PAD + pairLabelW + j * pairColW;
        parts.push(`<rect x="${num(cx + 1)}" y="${num(y + 1)}" width="${num(pairColW - 2)}" height="22" fill="${wins ? "#D6E6F5" : "#F2F2F2"}"/>`, text(cx + pairColW / 2, y + 16, v === null ? "\u2014" : plainNumbers.rounded(v), `text-anchor="middle"${wins ? ' font-weight="bold"' : ""}`));
      });
      y += 24;
    });
    body.push(`<g class="pairwise">${parts.join("")}</g>`);
  }
  return svgDocument({ id, width, height: y + PAD, title: view.title, desc, lang, body: body.join("\n") });
}
