import type { Mandate, ThemeKind } from "../model/types.js";

/**
 * A block of cells an event can change: themes (with their descendants, or all,
 * optionally only of one kind) by regions (with their descendants, or all) by
 * sectors (or all, which includes the profession as a whole).
 */
export interface Area {
  readonly themes: readonly string[] | "all";
  readonly themeKind?: ThemeKind;
  readonly regions: readonly string[] | "all";
  readonly sectors: readonly string[] | "all";
  /** With a list of sectors, also the profession as a whole (the `null` sector). */
  readonly whole?: true;
  /**
   * Set when the event changes only claims that live inside a deferring claim (the
   * alternative model's `mandates` rules): it can change a cell only while a deferring
   * claim decides it, which the cell's last answer says.
   */
  readonly deferred?: true;
}

/** Every cell. */
export const EVERY_CELL: Area = { themes: "all", regions: "all", sectors: "all" };

/**
 * The part of an area where an organisation serving `sectors` can be a candidate:
 * the sectors it serves, and the profession as a whole, for which every organisation counts.
 */
export function servedBy(area: Area, sectors: readonly string[]): Area {
  if (area.sectors === "all") return { ...area, sectors, whole: true };
  return { ...area, sectors: area.sectors.filter((s) => sectors.includes(s)) };
}

/** Every cell of a professional theme. */
export const PROFESSIONAL: Area = { ...EVERY_CELL, themeKind: "professional" };

/** The cells a mandate's scope covers. */
export function scopeArea(mandate: Mandate): Area {
  return { themes: mandate.scope.themes, regions: mandate.scope.regions, sectors: mandate.scope.sectors };
}
