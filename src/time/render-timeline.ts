import { show } from "../internal/show.js";
import { compareIds } from "../internal/compare-ids.js";
import type { IsoDate } from "../model/types.js";
import type { Representation } from "../resolve/representation.js";
import { dayNumber } from "./day-number.js";
import type { MatrixTimeline } from "./matrix-timeline.js";

/** How {@link renderTimeline} labels and sizes the picture. @category Time */
export interface RenderTimelineOptions {
  /** Display names by id, for organisations, themes, regions and sectors; ids are shown where none is given. */
  readonly names?: Readonly<Record<string, string>>;
  /** A heading above the chart. */
  readonly title?: string;
  /** Width of the picture in pixels (default 960, from 400 to 100,000). */
  readonly width?: number;
}

// Okabe-Ito first (distinct under colour-vision deficiencies), then a few more; every bar also carries text.
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F3C8D", "#11A579", "#3969AC", "#F2B701", "#80BA5A"];
const DARK_TEXT = new Set(["#E69F00", "#F0E442", "#56B4E9", "#F2B701", "#80BA5A"]);
const ROW = 18;
const GAP = 4;
const HEADER = 26;
const LABEL = 170;
const MARGIN = 16;
const AXIS = 28;
const CHAR = 6.3;

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** Year ticks over long periods, month ticks over short ones. */
function ticks(from: IsoDate, until: IsoDate): { day: IsoDate; label: string }[] {
  const out: { day: IsoDate; label: string }[] = [];
  const first = Number(from.slice(0, 4));
  const last = Number(until.slice(0, 4));
  if (last - first >= 2) {
    for (let y = first; y <= last; y++) {
      const day = `${String(y).padStart(4, "0")}-01-01`;
      if (day >= from && day <= until) out.push({ day, label: String(y) });
    }
    return out;
  }
  for (let y = first; y <= last; y++) {
    for (let m = 1; m <= 12; m++) {
      const day = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
      if (day >= from && day <= until) out.push({ day, label: day.slice(0, 7) });
    }
  }
  return out;
}

/**
 * Draws a matrix timeline as a Gantt-like SVG: one block per theme, one row per
 * region and sector, one bar per interval, coloured by the lead organisation;
 * contested stretches are hatched and unrepresented ones left empty. Every bar
 * has a tooltip with its dates and delegation. A pure function: no DOM, no files.
 *
 * @param timeline - a {@link MatrixTimeline}
 * @param options - display names, a title and the width
 * @returns the SVG document as a string
 * @throws Error starting `renderTimeline:` when the width is not a number from 400 to 100,000
 * @example
 * ```ts
 * const svg = renderTimeline(matrixTimeline(scenario, { from: "2024-01-01", until: "2027-01-01" }), { title: "Curriculum" });
 * svg.startsWith("<svg"); // => true
 * ```
 * @category Time
 */
export function renderTimeline(timeline: MatrixTimeline, options: RenderTimelineOptions = {}): string {
  const width = options.width ?? 960;
  if (typeof width !== "number" || !(width >= 400 && width <= 100_000)) {
    throw new Error(`renderTimeline: 'width' must be a number from 400 to 100,000, received ${show(width)}`);
  }
  const names = options.names ?? {};
  const name = (id: string): string => (Object.hasOwn(names, id) ? (names[id] ?? id) : id);
  const { from, until, themes, regions, sectors } = timeline;
  const start = dayNumber(from);
  const span = dayNumber(until) - start;
  const left = MARGIN + LABEL;
  const plot = width - left - MARGIN;
  const x = (day: IsoDate): number => left + ((dayNumber(day) - start) / span) * plot;

  const leads = [...new Set(timeline.cells.flatMap((c) => c.intervals.flatMap((i) => (i.representation.lead === null ? [] : [i.representation.lead]))))].sort(compareIds);
  const colour = new Map(leads.map((id, i) => [id, PALETTE[i % PALETTE.length] ?? "#000000"]));
  const titleHeight = options.title === undefined ? 0 : 28;

  const body: string[] = [];
  let y = MARGIN + titleHeight + AXIS;
  const rowsPerTheme = regions.length * sectors.length;
  const rowLabel = (region: string, sector: string | null): string => {
    const sectorName = sector === null ? "all sectors" : name(sector);
    return regions.length > 1 ? `${name(region)} · ${sectorName}` : sectorName;
  };
  themes.forEach((theme, t) => {
    body.push(`<text class="theme" x="${MARGIN}" y="${num(y + 17)}">${escape(name(theme))}</text>`);
    y += HEADER;
    for (let r = 0; r < rowsPerTheme; r++) {
      const cell = timeline.cells[t * rowsPerTheme + r];
      if (cell === undefined) continue;
      const label = rowLabel(cell.region, cell.sector);
      body.push(`<text class="row" x="${left - 8}" y="${num(y + 13)}" text-anchor="end">${escape(label)}</text>`);
      body.push(`<rect class="lane" x="${left}" y="${num(y)}" width="${num(plot)}" height="${ROW}"/>`);
      for (const interval of cell.intervals) {
        const r0 = interval.representation;
        if (r0.status === "unrepresented") continue;
        const x0 = x(interval.from);
        const w = Math.max(x(interval.until) - x0, 0.5);
        const fill = r0.status === "represented" ? (colour.get(r0.lead ?? "") ?? "#000000") : "url(#contested)";
        const fits = (t: string): boolean => t.length * CHAR + 8 <= w;
        const text =
          r0.status === "represented"
            ? name(r0.lead ?? "")
            : ([`contested: ${r0.contenders.map(name).join(", ")}`, `contested (${r0.contenders.length})`].find(fits) ?? "contested");
        const tip = `${name(theme)}, ${label}: ${interval.from} to ${interval.until} (exclusive): ${describe(r0, name)}`;
        body.push(
          `<g><title>${escape(tip)}</title><rect x="${num(x0)}" y="${num(y)}" width="${num(w)}" height="${ROW}" fill="${fill}"/>` +
            (fits(text)
              ? `<text class="bar${r0.status === "represented" && !DARK_TEXT.has(fill) ? " light" : ""}" x="${num(x0 + 4)}" y="${num(y + 13)}">${escape(text)}</text>`
              : "") +
            `</g>`,
        );
      }
      y += ROW + GAP;
    }
  });

  const top = MARGIN + titleHeight;
  const axis: string[] = [];
  for (const tick of ticks(from, until)) {
    const tx = num(x(tick.day));
    axis.push(`<line class="grid" x1="${tx}" y1="${num(top + AXIS - 6)}" x2="${tx}" y2="${num(y)}"/>`);
    axis.push(`<text class="tick" x="${tx}" y="${num(top + AXIS - 10)}" text-anchor="middle">${escape(tick.label)}</text>`);
  }

  // The legend: one swatch per lead, then contested and unrepresented.
  const legend: string[] = [];
  let lx = MARGIN;
  let ly = y + 14;
  const entries: { fill: string; label: string; lane?: boolean }[] = [
    ...leads.map((id) => ({ fill: colour.get(id) ?? "#000000", label: name(id) })),
    { fill: "url(#contested)", label: "contested" },
    { fill: "#f2f2f2", label: "unrepresented", lane: true },
  ];
  for (const entry of entries) {
    const w = 18 + entry.label.length * CHAR + 16;
    if (lx + w > width - MARGIN) {
      lx = MARGIN;
      ly += 20;
    }
    legend.push(`<rect x="${num(lx)}" y="${num(ly)}" width="14" height="14" fill="${entry.fill}"${entry.lane === true ? ' stroke="#cccccc"' : ""}/>`);
    legend.push(`<text class="row" x="${num(lx + 18)}" y="${num(ly + 11)}">${escape(entry.label)}</text>`);
    lx += w;
  }
  const height = Math.ceil(ly + 14 + MARGIN);

  const heading = options.title === undefined ? "" : `<text class="title" x="${MARGIN}" y="${MARGIN + 16}">${escape(options.title)}</text>`;
  const summary = `Who represented each cell from ${from} to ${until}: ${themes.length} themes, ${regions.length} regions, ${sectors.length} sectors.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${height}" viewBox="0 0 ${num(width)} ${height}" role="img" font-family="system-ui, sans-serif">`,
    `<title>${escape(options.title ?? "Representation over time")}</title>`,
    `<desc>${escape(summary)}</desc>`,
    `<defs><pattern id="contested" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#d9d9d9"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7a7a7a" stroke-width="2"/></pattern></defs>`,
    `<style>.title{font-size:16px;font-weight:600}.theme{font-size:13px;font-weight:600}.row,.tick{font-size:11px;fill:#333}.bar{font-size:11px;fill:#111}.bar.light{fill:#fff}.lane{fill:#f2f2f2}.grid{stroke:#d0d0d0;stroke-width:1}</style>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    heading,
    ...axis,
    ...body,
    ...legend,
    `</svg>`,
    "",
  ].join("\n");
}

/** The tooltip's account of a drawn bar: represented or contested (unrepresented stretches are not drawn). */
function describe(r: Representation, name: (id: string) => string): string {
  return r.status === "represented"
    ? `represented by ${name(r.lead ?? "")}; delegation ${r.delegation.map(name).join(", ")}`
    : `contested between ${r.contenders.map(name).join(", ")}`;
}
