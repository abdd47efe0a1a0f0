import type { Labels } from "../locale/labels.js";
import type { LegendEntry } from "./matrix-view.js";
import { escapeXml as x } from "./escape.js";
import { clip, num, PAD, text, textWidth } from "./svg-kit.js";

/** The legend, flowing in rows within `width`; returns the markup and the height used. */
export function svgLegend(
  entries: readonly LegendEntry[],
  labels: Labels,
  top: number,
  width: number,
  hatchId: string,
  extras: readonly { readonly label: string; readonly swatch: (x0: number, y: number) => string }[] = [],
): { svg: string; height: number } {
  const items: { w: number; svg: (x0: number, y: number) => string }[] = entries.map((e) => {
    const label = e.full === e.short ? e.short : `${e.short}: ${e.full}`;
    const shown = clip(label, 48);
    return {
      w: 22 + textWidth(shown, 12) + 18,
      svg: (x0, y) => `<g class="legend-item" data-organisation="${x(e.id)}"${e.party === undefined ? "" : ` data-party="${x(JSON.stringify(e.party))}"`}><rect x="${num(x0)}" y="${num(y - 11)}" width="14" height="14" rx="2" fill="${e.swatch.fill}" stroke="#595959" stroke-width="0.5"/>${text(x0 + 20, y, shown)}</g>`,
    };
  });
  items.push({
    w: 22 + textWidth(labels.markerContested, 12) + 18,
    svg: (x0, y) => `<g class="legend-item"><rect x="${num(x0)}" y="${num(y - 11)}" width="14" height="14" rx="2" fill="url(#${hatchId})" stroke="#595959" stroke-width="0.5"/>${text(x0 + 20, y, labels.markerContested)}</g>`,
  });
  items.push({
    w: 22 + textWidth(labels.markerUnrepresented, 12) + 18,
    svg: (x0, y) => `<g class="legend-item"><rect x="${num(x0)}" y="${num(y - 11)}" width="14" height="14" rx="2" fill="#F2F2F2" stroke="#8C8C8C" stroke-dasharray="3 2"/>${text(x0 + 20, y, labels.markerUnrepresented)}</g>`,
  });
  if (entries.some((e) => e.marked === true)) {
    items.push({ w: 22 + textWidth(labels.markerSpokesperson, 12) + 18, svg: (x0, y) => `<g class="legend-item">${text(x0 + 20, y, labels.markerSpokesperson)}</g>` });
  }
  for (const extra of extras) {
    items.push({ w: 22 + textWidth(extra.label, 12) + 18, svg: (x0, y) => `<g class="legend-item">${extra.swatch(x0, y)}${text(x0 + 20, y, extra.label)}</g>` });
  }
  const out = [text(PAD, top + 14, labels.legend, 'font-weight="bold" font-size="13"')];
  let cx = PAD;
  let y = top + 36;
  for (const item of items) {
    if (cx > PAD && cx + item.w > width - PAD) {
      cx = PAD;
      y += 22;
    }
    out.push(item.svg(cx, y));
    cx += item.w;
  }
  return { svg: `<g class="legend">${out.join("")}</g>`, height: y - top + 12 };
}
