import { coversSector } from "../governance/mandate-claims.js";
import type { ScenarioIndex } from "../model/scenario-index.js";

export { type Area, EVERY_CELL, servedBy } from "../governance/area.js";
import type { Area } from "../governance/area.js";

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
