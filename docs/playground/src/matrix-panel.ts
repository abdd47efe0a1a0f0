/**
 * The matrix on the page: drawn by the library's HTML renderer, each cell given a
 * `data-cell` key, a roving tab stop and arrow-key moves; after a change only the
 * cells that changed are drawn again.
 */
import type { Representation, RepresentationMatrix } from "beroepsgroep";
import { renderMatrix, type RenderOptions } from "beroepsgroep/report";
import { partyKey } from "./party-colours.js";

/** A cell's key: theme, region and sector joined by "|" (no sector: empty). */
export function cellKey(cell: { theme: string; region: string; sector: string | null }): string {
  return `${cell.theme}|${cell.region}|${cell.sector ?? ""}`;
}

function keyOfTd(td: HTMLElement): string {
  return `${td.dataset["theme"] ?? ""}|${td.dataset["region"] ?? ""}|${td.dataset["sector"] ?? ""}`;
}

/** Marks the renderer's cells: a `data-cell` key, out of the tab order but focusable. */
function decorate(root: ParentNode): void {
  for (const td of root.querySelectorAll<HTMLTableCellElement>("td[data-theme]")) {
    td.dataset["cell"] = keyOfTd(td);
    td.tabIndex = -1;
  }
}

export class MatrixPanel {
  private focusKey: string | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly onPick: (key: string) => void,
  ) {
    root.addEventListener("click", (event) => {
      const td = (event.target as Element).closest<HTMLElement>("td[data-cell]");
      if (td !== null) this.pick(td);
    });
    root.addEventListener("keydown", (event) => {
      const td = (event.target as Element).closest<HTMLTableCellElement>("td[data-cell]");
      if (td === null) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        this.pick(td);
        return;
      }
      const next = this.neighbour(td, event.key);
      if (next !== undefined) {
        event.preventDefault();
        this.focus(next, true);
      }
    });
  }

  /** Draws the whole matrix. */
  draw(matrix: RepresentationMatrix, options: RenderOptions, selected: string | undefined): void {
    this.root.innerHTML = renderMatrix(matrix, { ...options, format: "html", idPrefix: "pg-matrix", headingLevel: 3 });
    decorate(this.root);
    this.select(selected);
  }

  /** Draws again only the given cells, each as the renderer draws a one-cell matrix. */
  redraw(matrix: RepresentationMatrix, cells: readonly Representation[], options: RenderOptions, selected: string | undefined): boolean {
    const shown = new Set(Array.from(this.root.querySelectorAll<HTMLElement>("li[data-organisation]"), (li) => li.dataset["organisation"]));
    // A lead (or coalition, listed by its ids joined with " + ") the legend does not list yet needs the legend too: then the whole matrix is drawn.
    if (cells.some((c) => c.leads.length > 0 && !shown.has(partyKey(c.leads)))) return false;
    const template = document.createElement("template");
    for (const cell of cells) {
      const old = this.root.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(cellKey(cell))}"]`);
      if (old === null) return false;
      const one: RepresentationMatrix = { on: matrix.on, themes: [cell.theme], regions: [cell.region], sectors: [cell.sector], cells: [cell] };
      template.innerHTML = renderMatrix(one, { ...options, format: "html", idPrefix: "pg-one" });
      const td = template.content.querySelector<HTMLTableCellElement>("td[data-theme]");
      if (td === null) return false;
      decorate(template.content);
      old.replaceWith(td);
    }
    this.select(selected);
    return true;
  }

  /** Outlines the given cells (changed, or that a change would change) and clears the others. */
  mark(keys: readonly string[]): void {
    for (const td of this.root.querySelectorAll<HTMLElement>("td[data-marked]")) delete td.dataset["marked"];
    for (const key of keys) {
      const td = this.root.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(key)}"]`);
      if (td !== null) td.dataset["marked"] = "";
    }
  }

  /** Shows a cell as the one explained and makes it the tab stop (the first cell when none is). */
  select(key: string | undefined): void {
    for (const td of this.root.querySelectorAll<HTMLElement>("td[aria-selected]")) td.removeAttribute("aria-selected");
    const td = key === undefined ? null : this.root.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(key)}"]`);
    if (td !== null) td.setAttribute("aria-selected", "true");
    const stop = td ?? (this.focusKey === undefined ? null : this.root.querySelector<HTMLElement>(`td[data-cell="${CSS.escape(this.focusKey)}"]`)) ?? this.root.querySelector<HTMLElement>("td[data-cell]");
    if (stop !== null) this.focus(stop, false);
  }

  private pick(td: HTMLElement): void {
    this.focus(td, true);
    this.onPick(td.dataset["cell"] ?? "");
  }

  private focus(td: HTMLElement, move: boolean): void {
    for (const other of this.root.querySelectorAll<HTMLElement>('td[data-cell][tabindex="0"]')) other.tabIndex = -1;
    td.tabIndex = 0;
    this.focusKey = td.dataset["cell"];
    if (move) td.focus();
  }

  /** The cell an arrow key moves to: within a table, and up or down into the next table at its edge. */
  private neighbour(td: HTMLTableCellElement, key: string): HTMLElement | undefined {
    const row = td.parentElement as HTMLTableRowElement;
    const column = td.cellIndex;
    const cellAt = (tr: Element | null | undefined): HTMLElement | undefined => {
      const cell = (tr as HTMLTableRowElement | null | undefined)?.cells[column];
      return cell?.dataset["cell"] === undefined ? undefined : cell;
    };
    const tables = Array.from(this.root.querySelectorAll("table"));
    const table = row.closest("table");
    const at = table === null ? -1 : tables.indexOf(table);
    switch (key) {
      case "ArrowRight":
        return (td.nextElementSibling as HTMLElement | null) ?? undefined;
      case "ArrowLeft":
        return td.previousElementSibling?.matches("td[data-cell]") === true ? (td.previousElementSibling as HTMLElement) : undefined;
      case "ArrowDown":
        return cellAt(row.nextElementSibling) ?? cellAt(tables[at + 1]?.querySelector("tbody tr"));
      case "ArrowUp":
        return cellAt(row.previousElementSibling) ?? cellAt(tables[at - 1]?.querySelector("tbody tr:last-child"));
      case "Home":
        return row.querySelector<HTMLElement>("td[data-cell]") ?? undefined;
      default:
        return undefined;
    }
  }
}
