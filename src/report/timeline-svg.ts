import { dayNumber } from "../model/calendar.js";
import { escapeXml as x } from "./escape.js";
import type { Labels } from "../locale/labels.js";
import { svgLegend } from "./svg-legend.js";
import { fittedToWidth, HALO, hatchPattern, num, PAD, svgDocument, text, textWidth } from "./svg-kit.js";
import type { TimelineBar, TimelineRow, TimelineView } from "./timeline-view.js";
import { largest } from "../internal/largest.js";

const ROW = 18;
const GAP = 4;
const HEADER = 26;
const AXIS = 28;
const SMALL = 11;

/** Where a picture's plot lies: its left edge, its width, and the x of a day. */
interface Plot {
  readonly left: number;
  readonly width: number;
  readonly x: (day: string) => number;
}

/** One bar with its tooltip, and its text when one of the bar's texts fits. */
function svgBar(bar: TimelineBar, row: TimelineRow, top: number, plot: Plot, hatchId: string): string {
  const x0 = plot.x(bar.from);
  const w = Math.max(plot.x(bar.until) - x0, 0.5);
  // Bold text runs about a tenth wider than textWidth measures, as in the matrix's cells.
  const shown = bar.texts.find((t) => Math.ceil(textWidth(t, SMALL) * 1.1) + 8 <= w);
  const represented = bar.status === "represented";
  const rect = represented
    ? `<rect x="${num(x0)}" y="${num(top)}" width="${num(w)}" height="${ROW}" fill="${bar.swatch?.fill ?? "#000000"}"/>`
    : `<rect x="${num(x0)}" y="${num(top)}" width="${num(w)}" height="${ROW}" fill="url(#${hatchId})" stroke="#595959" stroke-width="1"/>`;
  const label =
    shown === undefined
      ? ""
      : text(x0 + 4, top + 13, shown, represented ? `font-size="${SMALL}" fill="${bar.swatch?.text ?? "#FFFFFF"}" font-weight="600"` : `font-size="${SMALL}" fill="#000000" font-weight="600" ${HALO}`);
  const data = `data-theme="${x(row.theme)}" data-region="${x(row.region)}" data-sector="${x(row.sector ?? "")}" data-status="${bar.status}"${bar.lead === null ? "" : ` data-lead="${x(bar.lead)}"`} data-from="${bar.from}" data-until="${bar.until}"`;
  return `<g class="bar" ${data}><title>${x(bar.title)}</title>${rect}${label}</g>`;
}

/** The time axis: a grid line per tick, and as many tick labels as fit without touching. */
function svgAxis(view: TimelineView, plot: Plot, top: number, bottom: number): string {
  const widest = largest(0, view.ticks.map((t) => textWidth(t.label, SMALL)));
  const xs = view.ticks.map((t) => plot.x(t.day));
  let closest = Infinity;
  for (let i = 1; i < xs.length; i++) closest = Math.min(closest, (xs[i] ?? 0) - (xs[i - 1] ?? 0));
  // Label every step-th tick, so that labels keep 8 pixels apart however many years or months the period spans.
  const step = Math.max(1, Math.ceil((widest + 8) / closest));
  const out: string[] = [];
  view.ticks.forEach((tick, i) => {
    const tx = plot.x(tick.day);
    out.push(`<line x1="${num(tx)}" y1="${num(top + AXIS - 6)}" x2="${num(tx)}" y2="${num(bottom)}" stroke="#D9D9D9" stroke-width="1"/>`);
    if (i % step === 0) out.push(text(tx, top + AXIS - 10, tick.label, `text-anchor="middle" font-size="${SMALL}" fill="#595959"`));
  });
  return `<g class="axis">${out.join("")}</g>`;
}

/** A matrix timeline as a Gantt-like SVG picture of the given width: a title, the time axis, a block per theme, a legend. */
export function timelineSvg(view: TimelineView, labels: Labels, width: number, id: string, lang: string): string {
  const hatchId = `${id}-hatch`;
  const rowLabels = view.blocks.flatMap((b) => b.rows.map((r) => r.label));
  const labelW = Math.min(largest(60, rowLabels.map((l) => textWidth(l, SMALL))) + 16, Math.floor((width - PAD * 2) / 3));
  const left = PAD + labelW;
  const start = dayNumber(view.from);
  const span = dayNumber(view.until) - start;
  const plot: Plot = { left, width: width - left - PAD, x: (day) => left + ((dayNumber(day) - start) / span) * (width - left - PAD) };

  const top = PAD + 28;
  let y = top + AXIS;
  const blocks: string[] = [];
  for (const block of view.blocks) {
    const parts = [fittedToWidth(PAD, y + 17, block.label, 13, width - PAD * 2, 'font-size="13" font-weight="bold"')];
    y += HEADER;
    for (const row of block.rows) {
      parts.push(fittedToWidth(left - 8, y + 13, row.label, SMALL, labelW - 8, `text-anchor="end" font-size="${SMALL}"`));
      parts.push(`<rect x="${num(left)}" y="${num(y)}" width="${num(plot.width)}" height="${ROW}" fill="#F2F2F2"/>`);
      for (const bar of row.bars) parts.push(svgBar(bar, row, y, plot, hatchId));
      y += ROW + GAP;
    }
    blocks.push(`<g class="theme" data-theme="${x(block.theme)}">${parts.join("")}</g>`);
  }
  const body = [fittedToWidth(PAD, PAD + 16, view.title, 16, width - PAD * 2, 'font-size="16" font-weight="bold"'), svgAxis(view, plot, top, y), ...blocks];
  const legend = svgLegend(view.legend, labels, y + 4, width, hatchId);
  body.push(legend.svg);
  return svgDocument({ id, width, height: y + 4 + legend.height + PAD, title: view.title, desc: view.desc, lang, defs: hatchPattern(hatchId), body: body.join("\n") });
}
