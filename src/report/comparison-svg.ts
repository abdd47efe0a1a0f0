import type { ComparisonView } from "./comparison-view.js";
import type { Labels } from "../locale/labels.js";
import { ROW_H, svgCell } from "./matrix-svg.js";
import { svgLegend } from "./svg-legend.js";
import { clip, fitted, hatchPattern, num, PAD, svgDocument, text, textWidth } from "./svg-kit.js";
import { largest } from "../internal/largest.js";

const LINE = 20;
const MAX_LABEL = 48;
const MAX_SCENARIO = 28;

/** A comparison as an SVG picture: metrics, the cells that differ side by side, the cells led, a legend. */
export function comparisonSvg(view: ComparisonView, labels: Labels, id: string, lang: string): string {
  const hatchId = `${id}-hatch`;
  const n = view.scenarios.length;
  const firstW =
    largest(0, [labels.metric, labels.cell, labels.organisation, ...view.metrics.map((m) => m.label), ...view.rows.map((r) => clip(r.label, MAX_LABEL)), ...view.led.map((e) => e.short)].map((t) => textWidth(t, 12))) + 20;
  const cellTexts = view.rows.flatMap((r) => r.cells.map((c) => c.text));
  const colW = largest(largest(90, view.scenarios.map((s) => textWidth(clip(s.label, MAX_SCENARIO), 12) + 16)), cellTexts.map((t) => Math.ceil(textWidth(clip(t, 26), 12) * 1.1) + 20));
  const title = labels.comparisonTitle(view.on);
  const desc = labels.comparisonDesc(n, view.differing);
  const width = Math.max(PAD * 2 + firstW + colW * n, PAD * 2 + textWidth(title, 16), PAD * 2 + textWidth(desc, 12), 360);
  const body: string[] = [text(PAD, PAD + 16, title, 'font-size="16" font-weight="bold"'), text(PAD, PAD + 36, desc, 'fill="#595959"')];
  let y = PAD + 52;

  const header = (first: string): void => {
    body.push(text(PAD, y + 14, first, 'font-weight="bold" fill="#595959"'));
    view.scenarios.forEach((s, j) => body.push(fitted(PAD + firstW + j * colW + colW / 2, y + 14, s.label, MAX_SCENARIO, 'text-anchor="middle" font-weight="bold"')));
    body.push(`<line x1="${PAD}" x2="${num(PAD + firstW + colW * n)}" y1="${num(y + 20)}" y2="${num(y + 20)}" stroke="#8C8C8C"/>`);
    y += 24;
  };
  const heading = (label: string): void => {
    body.push(text(PAD, y + 16, label, 'font-size="13" font-weight="bold"'));
    y += 24;
  };

  header(labels.metric);
  const metricRows: string[] = [];
  for (const m of view.metrics) {
    metricRows.push(text(PAD, y + 14, m.label));
    m.values.forEach((v, j) => metricRows.push(text(PAD + firstW + (j + 1) * colW - 10, y + 14, v, 'text-anchor="end"')));
    y += LINE;
  }
  body.push(`<g class="metrics">${metricRows.join("")}</g>`);
  y += 16;

  heading(labels.differingCells);
  // With maxRows 0 every differing cell is hidden: the note counts them, it must not say that none differs.
  if (view.rows.length === 0 && view.hidden === 0) {
    body.push(text(PAD, y + 14, labels.noDifferences));
    y += LINE;
  } else if (view.rows.length > 0) {
    header(labels.cell);
    const cells: string[] = [];
    for (const row of view.rows) {
      cells.push(fitted(PAD, y + ROW_H / 2 + 4, row.label, MAX_LABEL, ""));
      row.cells.forEach((cell, j) => {
        const left = PAD + firstW + j * colW;
        cells.push(svgCell(cell, left, y, colW, hatchId, cell.differs ? ' data-differs="true"' : ""));
        if (cell.differs) cells.push(`<rect x="${num(left + 2)}" y="${num(y + 2)}" width="${num(colW - 4)}" height="${num(ROW_H - 4)}" rx="3" fill="none" stroke="#000000" stroke-width="3"/>`);
      });
      y += ROW_H;
    }
    body.push(`<g class="differences">${cells.join("")}</g>`);
  }
  if (view.hidden > 0) {
    body.push(text(PAD, y + 16, labels.more(view.hidden), 'fill="#595959"'));
    y += LINE;
  }
  y += 16;

  heading(labels.cellsLed);
  header(labels.organisation);
  const led: string[] = [];
  for (const e of view.led) {
    led.push(`<rect x="${PAD}" y="${num(y + 3)}" width="14" height="14" rx="2" fill="${e.swatch.fill}" stroke="#595959" stroke-width="0.5"/>`, text(PAD + 20, y + 14, e.short));
    e.counts.forEach((c, j) => led.push(text(PAD + firstW + (j + 1) * colW - 10, y + 14, String(c), 'text-anchor="end"')));
    y += LINE;
  }
  body.push(`<g class="led">${led.join("")}</g>`);
  y += 12;

  const legend = svgLegend(view.legend, labels, y, width, hatchId, [
    { label: labels.differsMark, swatch: (x0, ly) => `<rect x="${num(x0 + 1)}" y="${num(ly - 10)}" width="12" height="12" rx="2" fill="#FFFFFF" stroke="#000000" stroke-width="3"/>` },
  ]);
  body.push(legend.svg);
  return svgDocument({ id, width, height: y + legend.height + PAD, title, desc, lang, defs: hatchPattern(hatchId), body: body.join("\n") });
}
