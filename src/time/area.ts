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
}

/** Every cell. */
export const EVERY_CELL: Area = { themes: "all", regions: "all", sectors: "all" };

function inTree(chain: readonly string[], listed: readonly string[] | "all"): boolean {
  return listed === "all" || chain.some((id) => listed.includes(id));
}

/** True when the area holds the theme. */
export function holdsTheme(index: ScenarioIndex, area: Area, theme: string): boolean {
  if (area.themeKind !== undefined && index.themeKind(theme) !== area.themeKind) return false;
  return inTree(index.themeChain(theme), area.themes);
}

/** True when the area holds the region. */
export function holdsRegion(index: ScenarioIndex, area: Area, region: string): boolean {
  return inTree(index.regionChain(region), area.regions);
}

/** True when the area holds the sector; a list of sectors never holds the profession as a whole. */
export function holdsSector(area: Area, sector: string | null): boolean {
  return coversSector(area.sectors, sector);
}
