import { coversSector } from "../governance/mandate-claims.js";
import type { ScenarioIndex } from "../model/scenario-index.js";
import type { ThemeKind } from "../model/types.js";

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


/** True when the area holds the theme. */
export function holdsTheme(index: ScenarioIndex, area: Area, theme: string): boolean {
  if (area.themeKind !== undefined && index.themeKind(theme) !== area.themeKind) return false;
  return area.themes === "all" || area.themes.some((listed) => index.themeWithin(theme, listed));
}

/** True when the area holds the region. */
export function holdsRegion(index: ScenarioIndex, area: Area, region: string): boolean {
  return area.regions === "all" || area.regions.some((listed) => index.regionWithin(region, listed));
}

/** True when the area holds the sector; a list of sectors holds the profession as a whole only when `whole` says so. */
export function holdsSector(area: Area, sector: string | null): boolean {
  return coversSector(area.sectors, sector) || (sector === null && area.whole === true);
}

/**
 * The part of an area where an organisation serving `sectors` can be a candidate:
 * the sectors it serves, and the profession as a whole, for which every organisation counts.
 */
export function servedBy(area: Area, sectors: readonly string[]): Area {
  if (area.sectors === "all") return { ...area, sectors, whole: true };
  return { ...area, sectors: area.sectors.filter((s) => sectors.includes(s)) };
}
