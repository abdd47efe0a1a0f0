import { escapeXml as x } from "./escape.js";
import type { Labels } from "../locale/labels.js";
import type { CellView, MatrixView } from "./matrix-view.js";
import { svgLegend } from "./svg-legend.js";
import { clip, fitted, HALO, hatchPattern, num, PAD, svgDocument, text, textWidth } from "./svg-kit.js";
import { largest } from "../internal/largest.js";

export const ROW_H = 28;
const HEAD_H = 24;
const MAX_CELL_CHARS = 26;
const MAX_HEAD_CHARS = 32;
const MAX_ROW_CHARS = 30;

/** Widths of the row-header column and of each region column. */
export function gridWidths(rowLabels: readonly string[], cellTexts: readonly string[], themeWord: string): { rowW: number; colW: number } {
  const rowW = largest(textWidth(themeWord, 12), rowLabels.map((l) => textWidth(clip(l, MAX_ROW_CHARS), 12))) + 16;
  const colW = largest(72, cellTexts.map((t) => Math.ceil(textWidth(clip(t, MAX_CELL_CHARS), 12) * 1.1) + 20));
  return { rowW, colW };
}

const SLANT = (40 * Math.PI) / 180;

/** Column headers: level when they fit their column, slanted upwards when they do not. */
export interface HeaderLayout {
  readonly slanted: boolean;
  readonly height: number;
  /** How far slanted labels reach past the last column. */
  readonly overhang: number;
}

/** Decides how column headers are set. */
export function headerLayout(labels: readonly string[], colW: number): HeaderLayout {
  const widths = labels.map((l) => textWidth(clip(l, MAX_HEAD_CHARS), 12) * 1.1 + 12);
  const widest = largest(0, widths);
  if (widest <= colW) return { slanted: false, height: HEAD_H, overhang: 0 };
  return { slanted: true, height: Math.ceil(widest * Math.sin(SLANT)) + 16, overhang: Math.max(0, Math.ceil(widest * Math.cos(SLANT)) - colW / 2) };
}

/** One column header, level or slanted, with the full label as a tooltip when clipped. */
export function columnHeader(label: string, centre: number, bottom: number, layout: HeaderLayout): string {
  if (!layout.slanted) return fitted(centre, bottom - 8, label, MAX_HEAD_CHARS, 'text-anchor="middle" font-weight="bold"');
  const x0 = centre - 4;
  const y0 = bottom - 8;
  return fitted(x0, y0, label, MAX_HEAD_CHARS, `font-weight="bold" transform="rotate(-40 ${num(x0)} ${num(y0)})"`);
}

/** One cell: a coloured, hatched or empty box with its label and a tooltip. */
export function svgCell(cell: CellView, left: number, top: number, width: number, hatchId: string, extra = ""): string {
  const w = width - 4;
  const h = ROW_H - 4;
  const cx = left + 2 + w / 2;
  const cy = top + 2 + h / 2 + 4;
  const data = `data-theme="${x(cell.theme)}" data-region="${x(cell.region)}" data-sector="${x(cell.sector ?? "")}" data-status="${cell.status}"${cell.lead === null ? "" : ` data-lead="${x(cell.lead)}"`}${cell.coalition === undefined ? "" : ` data-leads="${x(JSON.stringify(cell.coalition))}"`}${extra}`;
  const box = (fill: string, more = ""): string => `<rect x="${num(left + 2)}" y="${num(top + 2)}" width="${num(w)}" height="${num(h)}" rx="3" fill="${fill}"${more}/>`;
  let inner: string;
  if (cell.status === "represented") {
    const fill = cell.swatch?.fill ?? "#000000";
    const ink = cell.swatch?.text ?? "#FFFFFF";
    inner = box(fill) + text(cx, cy, clip(cell.text, MAX_CELL_CHARS), `text-anchor="middle" fill="${ink}" font-weight="600"`);
  } else if (cell.status === "contested") {
    inner = box(`url(#${hatchId})`, ' stroke="#595959" stroke-width="1"') + text(cx, cy, clip(cell.text, MAX_CELL_CHARS), `text-anchor="middle" fill="#000000" font-weight="600" ${HALO}`);
  } else {
    inner = box("#F2F2F2", ' stroke="#8C8C8C" stroke-width="1" stroke-dasharray="4 3"') + text(cx, cy, "\u2014", 'text-anchor="middle" fill="#595959"');
  }
  return `<g class="cell" ${data}><title>${x(cell.title)}</title>${inner}</g>`;
}

/** A matrix as a standalone SVG picture: a title, one grid per sector, a legend. */
export function matrixSvg(view: MatrixView, labels: Labels, id: string, lang: string): string {
  const hatchId = `${id}-hatch`;
  const cellTexts = view.panels.flatMap((p) => p.rows.flatMap((r) => r.cells.map((c) => c.text)));
  const { rowW, colW } = gridWidths(view.panels[0]?.rows.map((r) => r.label) ?? [], cellTexts, labels.theme);
  const head = headerLayout(view.columns.map((c) => c.label), colW);
  const title = labels.matrixTitle(view.on);
  const desc = labels.matrixDesc(view.counts);
  const width = Math.max(PAD * 2 + rowW + colW * view.columns.length + head.overhang, PAD * 2 + textWidth(title, 16), PAD * 2 + textWidth(desc, 12), 360);
  const body: string[] = [text(PAD, PAD + 16, title, 'font-size="16" font-weight="bold"'), text(PAD, PAD + 36, desc, 'fill="#595959"')];
  let y = PAD + 52;
  for (const panel of view.panels) {
    const rows: string[] = [text(PAD, y + 16, `${labels.sector}: ${panel.label}`, 'font-size="13" font-weight="bold"')];
    y += 24;
    rows.push(text(PAD, y + head.height - 8, labels.theme, 'font-weight="bold" fill="#595959"'));
    view.columns.forEach((column, j) => {
      rows.push(columnHeader(column.label, PAD + rowW + j * colW + colW / 2, y + head.height, head));
    });
    y += head.height;
    for (const row of panel.rows) {
      rows.push(fitted(PAD, y + ROW_H / 2 + 4, row.label, MAX_ROW_CHARS, ""));
      row.cells.forEach((cell, j) => rows.push(svgCell(cell, PAD + rowW + j * colW, y, colW, hatchId)));
      y += ROW_H;
    }
    body.push(`<g class="panel" data-sector="${x(panel.sector ?? "")}">${rows.join("")}</g>`);
    y += 12;
  }
  const legend = svgLegend(view.legend, labels, y, width, hatchId);
  body.push(legend.svg);
  return svgDocument({ id, width, height: y + legend.height + PAD, title, desc, lang, defs: hatchPattern(hatchId), body: body.join("\n") });
}
