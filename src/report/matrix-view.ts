import type { RepresentationMatrix } from "../resolve/matrix.js";
import type { Representation, Status } from "../resolve/representation.js";
import type { Namer } from "./display-names.js";
import { joinNames } from "../internal/join-names.js";
import type { Labels } from "../locale/labels.js";
import { type Swatch, swatchOf } from "./palette.js";
import { show } from "../internal/show.js";
import { addParties, contendingPartiesOf, leadingParty, ledByParty, type Party, partyFull, partyShort } from "./party-view.js";

/** One cell as every format draws it. */
export interface CellView {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  readonly status: Status;
  readonly lead: string | null;
  /** The leading organisations when a coalition leads (spokesperson first); absent otherwise. */
  readonly coalition?: readonly string[];
  /**
   * The short name of the lead, or a coalition's short names joined by " + " (its spokesperson
   * marked), or the contending parties' labels joined by " / ", or "".
   */
  readonly text: string;
  /** A sentence for tooltips and screen readers. */
  readonly title: string;
  /** The leading party's colours: one organisation's, or one colour for the whole coalition; only on represented cells. */
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

/** One party in a legend: an organisation, or a coalition keyed by its ids joined. */
export interface LegendEntry {
  /** The party's colour key, written as `data-organisation`: its id, or its ids joined with " + ". */
  readonly id: string;
  /**
   * The party's ids, written as `data-party` (a JSON list), only when one of them holds a "+":
   * then `id` alone may read as another party's (an organisation "a + b", the coalition of "a"
   * and "b"). Without a "+" in any id, `id` names one party.
   */
  readonly party?: readonly string[];
  readonly short: string;
  readonly full: string;
  readonly swatch: Swatch;
  /** True for a coalition whose spokesperson is marked in its short label. */
  readonly marked?: boolean;
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

/** Orders legend entries by short label, then colour key, then ids. */
function byLabel(a: LegendEntry, b: LegendEntry): number {
  if (a.short !== b.short) return a.short < b.short ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  const x = JSON.stringify(a.party ?? []);
  const y = JSON.stringify(b.party ?? []);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The legend of the parties a picture names, by short label (then colour key). */
export function legendOf(parties: Iterable<Party>, names: Namer, labels: Labels, colours: ReadonlyMap<string, Swatch>): LegendEntry[] {
  const byKey = new Map<string, Party>();
  for (const party of parties) if (!byKey.has(party.key)) byKey.set(party.key, party);
  return [...byKey.values()]
    .map((party): LegendEntry => {
      const entry = { id: party.colourKey, short: partyShort(party, names), full: partyFull(party, names, labels), swatch: colours.get(party.key) ?? swatchOf("#000000") };
      const ambiguous = party.ids.some((id) => id.includes("+")) ? { party: party.ids } : {};
      return party.spokesperson === null ? { ...entry, ...ambiguous } : { ...entry, ...ambiguous, marked: true };
    })
    .sort(byLabel);
}

/** Describes one cell for every format. A coalition is one party: one colour, one label. */
export function cellView(cell: Representation, names: Namer, labels: Labels, colours: ReadonlyMap<string, Swatch>): CellView {
  const base = { theme: cell.theme, region: cell.region, sector: cell.sector, status: cell.status, lead: cell.lead };
  const lead = leadingParty(cell);
  if (lead !== undefined) {
    const swatch = colours.get(lead.key);
    const coalition = lead.ids.length > 1 ? { coalition: lead.ids } : {};
    return { ...base, ...coalition, text: partyShort(lead, names), title: ledByParty(lead, names, labels), ...(swatch === undefined ? {} : { swatch }) };
  }
  if (cell.status === "contested") {
    const parties = contendingPartiesOf(cell);
    return {
      ...base,
      text: parties.map((p) => partyShort(p, names)).join(" / "),
      title: labels.contestedBetween(joinNames(parties.map((p) => partyFull(p, names, labels)), labels.and)),
    };
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
  const used = new Map<string, Party>();
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
        addParties(used, cell);
        return cellView(cell, names, labels, colours);
      }),
    })),
  }));
  return { on: matrix.on, columns: matrix.regions.map((id) => ({ id, label: names.region(id) })), panels, legend: legendOf(used.values(), names, labels, colours), counts };
}
