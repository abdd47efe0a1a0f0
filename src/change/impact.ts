import { trustedScenario } from "../model/trusted-scenario.js";
import type { IsoDate, Scenario } from "../model/types.js";
import { matrixAxes, type MatrixQuery, representationMatrix } from "../resolve/matrix.js";
import type { Representation } from "../resolve/representation.js";
import { applyChange } from "./apply-change.js";
import type { Change } from "./change.js";
import { cellsAChangeReaches } from "./cells-a-change-reaches.js";
import { sameAnswer } from "../resolve/same-answer.js";

/** One cell whose answer a change alters. @category Change */
export interface CellImpact {
  readonly theme: string;
  readonly region: string;
  readonly sector: string | null;
  /** The answer before the change; null for a cell that only exists after it (a new theme, region or sector). */
  readonly before: Representation | null;
  readonly after: Representation;
}

/** What {@link impactOf} returns. @category Change */
export interface Impact {
  readonly on: IsoDate;
  /** The scenario after the change. */
  readonly scenario: Scenario;
  /** The cells whose status, lead, leading organisations, delegation, contending parties or reason differ, in matrix order. */
  readonly cells: readonly CellImpact[];
  /** How many cells were resolved again: all of them, or only those the change could touch. */
  readonly cellsChecked: number;
}

/**
 * Works out which cells a change would alter on a day, with the answer before and
 * after, without keeping the change. A change that touches only mandates resolves
 * again only the cells those mandates cover; any other change, the whole matrix.
 *
 * @param scenario - the scenario the change would apply to, made by the library
 *   ({@link index!parseScenario}, {@link index!safeParseScenario}, `applyChange` or a history)
 * @param change - the change (validated as by {@link applyChange})
 * @param query - the day, and optionally the themes, regions and sectors to look at (as {@link index!representationMatrix})
 * @returns the day, the changed scenario, the cells whose status, lead, leading organisations, delegation, contending parties or reason
 *   differ (in matrix order), and how many cells were resolved again
 * @throws {@link index!ScenarioError} when the change is refused (see {@link applyChange}), or (context `impactOf`,
 *   code `not_parsed`) when the library did not make `scenario`; it is never checked, copied, frozen or kept
 * @throws Error starting `impactOf:` for an unknown id in the query or a malformed date
 * @example
 * ```ts
 * const impact = impactOf(scenario, { type: "revoke-mandate", id: "m2", on: "2025-03-01" }, { on: "2025-06-01" });
 * impact.cells.map((c) => `${c.theme}/${c.region}/${c.sector}: ${c.before?.lead} -> ${c.after.lead}`);
 * // => ["curriculum/nl/mbo: bvmbo -> aob", "curriculum/noord/mbo: bvmbo -> aob", ...]
 * ```
 * @category Change
 */
export function impactOf(scenario: Scenario, change: Change, query: MatrixQuery): Impact {
  const base = trustedScenario(scenario, "impactOf");
  const { scenario: after, patches } = applyChange(base, change);
  const axes = matrixAxes(after, query, "impactOf");
  if (after === base) return { on: axes.on, scenario: base, cells: [], cellsChecked: 0 };
  const cells = cellsAChangeReaches(base, after, patches, axes, axes.on);
  const afterCells = representationMatrix(after, { ...cells, on: axes.on }).cells;
  // Only what existed before can be asked of the scenario before; a new theme, region or sector has no "before".
  const known = <T extends string | null>(ids: readonly T[], list: readonly { id: string }[]): T[] => {
    const existing = new Set(list.map((item) => item.id));
    return ids.filter((id) => id === null || existing.has(id));
  };
  const beforeCells = representationMatrix(base, {
    on: axes.on,
    themes: known(cells.themes, base.themes),
    regions: known(cells.regions, base.regions),
    sectors: known(cells.sectors, base.sectors),
  }).cells;
  const key = (c: { theme: string; region: string; sector: string | null }): string => `${c.theme}\u0000${c.region}\u0000${c.sector ?? "\u0000"}`;
  const was = new Map(beforeCells.map((c) => [key(c), c]));
  const out: CellImpact[] = [];
  for (const now of afterCells) {
    const old = was.get(key(now)) ?? null;
    if (old === null || !sameAnswer(old, now)) {
      out.push({ theme: now.theme, region: now.region, sector: now.sector, before: old, after: now });
    }
  }
  return { on: axes.on, scenario: after, cells: out, cellsChecked: afterCells.length };
}
