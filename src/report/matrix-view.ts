import type { RepresentationMatrix } from "../resolve/matrix.js";
import type { Representation, Status } from "../resolve/representation.js";
import type { Namer } from "./display-names.js";
import { joinNames } from "../internal/join-names.js";
import type { Labels } from "../locale/labels.js";
import { type Swatch, swatchOf } from "./palette.js";
import { show } from "../internal/show.js";

/** One cell as every format draws it. */
export interface CellView {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly status: Status;
  readonly lead: string | null;
  /** The short name of the lead, or the contenders' short names joined by " / ", or "". */
  readonly text: string;
  /** A sentence for tooltips and screen readers. */
  readonly title: string;
  /** The lead's colours; only on represented cells. */
  readonly swatch?: Swatch;
}

/** A row of a panel: one theme across every region. */
export interface RowView {
  readonly theme: string;
  readonly label: string;
  readonly cells: readonly CellView[];
}

/** One sector's grid. */
export interface PanelView {
  readonly sector: string | null;
  readonly label: string;
  readonly rows: readonly RowView[];
}

/** One organisation in a legend. */
export interface LegendEntry {
  readonly id: string;
  readonly short: string;
  readonly full: string;
  readonly swatch: Swatch;
}

/** A whole matrix, laid out and labelled, ready for any format. */
export interface MatrixView {
  readonly on: string;
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly panels: readonly PanelView[];
  readonly legend: readonly LegendEntry[];
  readonly counts: Readonly<Record<Status, number>>;
}

/** The cell key used to look cells up whatever their order; JSON keeps any ids apart. */
export function cellKey(theme: string, region: string, sector: string | null): string {
  return JSON.stringify([theme, region, sector]);
}

/**
 * Checks that a value looks like a representation matrix, so plain JavaScript callers
 * get a clear error instead of a crash deep in a renderer.
 */
export function checkMatrix(matrix: unknown, fn: string, what = "matrix"): asserts matrix is RepresentationMatrix {
  const m = matrix as Partial<Record<keyof RepresentationMatrix, unknown>> | null;
  if (typeof m !== "object" || m === null) throw new Error(`${fn}: ${what} must be a RepresentationMatrix from representationMatrix()`);
  for (const key of ["themes", "regions", "sectors", "cells"] as const) {
    if (!Array.isArray(m[key])) throw new Error(`${fn}: ${what}.${key} must be an array`);
  }
  if (typeof m.on !== "string") throw new Error(`${fn}: ${what}.on must be a YYYY-MM-DD string`);
}

/** The organisations a set of cells names: leads and contenders. */
export function organisationsIn(cells: Iterable<Representation>): string[] {
  const ids: string[] = [];
  for (const cell of cells) {
    if (cell.lead !== null) ids.push(cell.lead);
    for (const id of cell.contenders) ids.push(id);
  }
  return [...new Set(ids)];
}

/** The legend of the organisations a picture names, by short name (then id). */
export function legendOf(ids: Iterable<string>, names: Namer, colours: ReadonlyMap<string, Swatch>): LegendEntry[] {
  return [...new Set(ids)]
    .map((id): LegendEntry => ({ id, short: names.organisation(id), full: names.organisationName(id), swatch: colours.get(id) ?? swatchOf("#000000") }))
    .sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : a.id < b.id ? -1 : 1));
}

/** Describes one cell for every format. */
export function cellView(cell: Representation, names: Namer, labels: Labels, colours: ReadonlyMap<string, Swatch>): CellView {
  const base = { theme: cell.theme, region: cell.region, sector: cell.sector, status: cell.status, lead: cell.lead };
  if (cell.status === "represented" && cell.lead !== null) {
    const swatch = colours.get(cell.lead);
    const text = names.organisation(cell.lead);
    return { ...base, text, title: labels.ledBy(names.organisationName(cell.lead)), ...(swatch === undefined ? {} : { swatch }) };
  }
  if (cell.status === "contested") {
    const shown = cell.contenders.map((id) => names.organisation(id));
    return { ...base, text: shown.join(" / "), title: labels.contestedBetween(joinNames(cell.contenders.map((id) => names.organisationName(id)), labels.and)) };
  }
  return { ...base, text: "", title: cell.reason === undefined ? labels.unrepresented : `${labels.unrepresented}: ${cell.reason}` };
}

/**
 * Lays a matrix out: one panel per sector, themes as rows, regions as columns.
 * @throws Error naming `fn` when a cell the axes call for is missing
 */
export function matrixView(
  matrix: RepresentationMatrix,
  names: Namer,
  labels: Labels,
  colours: ReadonlyMap<string, Swatch>,
  fn: string,
): MatrixView {
  const byKey = new Map<string, Representation>();
  for (const cell of matrix.cells) byKey.set(cellKey(cell.theme, cell.region, cell.sector), cell);
  const counts: Record<Status, number> = { represented: 0, contested: 0, unrepresented: 0 };
  const used = new Set<string>();
  const panels = matrix.sectors.map((sector): PanelView => ({
    sector,
    label: sector === null ? labels.wholeProfession : names.sector(sector),
    rows: matrix.themes.map((theme): RowView => ({
      theme,
      label: names.theme(theme),
      cells: matrix.regions.map((region) => {
        const cell = byKey.get(cellKey(theme, region, sector));
        if (cell === undefined) {
          throw new Error(`${fn}: the matrix has no cell for theme ${show(theme)}, region ${show(region)}, sector ${show(sector)}`);
        }
        counts[cell.status]++;
        if (cell.lead !== null) used.add(cell.lead);
        for (const id of cell.contenders) used.add(id);
        return cellView(cell, names, labels, colours);
      }),
    })),
  }));
  return { on: matrix.on, columns: matrix.regions.map((id) => ({ id, label: names.region(id) })), panels, legend: legendOf(used, names, colours), counts };
}
