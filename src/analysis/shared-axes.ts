import type { Scenario } from "../model/types.js";
import type { MatrixQuery } from "../resolve/matrix.js";
import { show } from "../internal/show.js";
import { idListOption } from "../resolve/id-list.js";

/** An id that some of the compared scenarios lack. @category Analysis */
export interface UnsharedId {
  readonly id: string;
  /** The positions (in the list given) of the scenarios that lack it. */
  readonly missingFrom: readonly number[];
}

/** The cells every compared scenario can answer, and the ids left out because some scenario lacks them. @category Analysis */
export interface SharedAxes {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
  readonly unshared: {
    readonly themes: readonly UnsharedId[];
    readonly regions: readonly UnsharedId[];
    readonly sectors: readonly UnsharedId[];
  };
}

type Axis = "themes" | "regions" | "sectors";
const SINGULAR: Record<Axis, string> = { themes: "theme", regions: "region", sectors: "sector" };

function idsOf(scenario: Scenario, axis: Axis): readonly string[] {
  return scenario[axis].map((item) => item.id);
}

/** Ids found in some scenarios but not all, in order of first appearance. */
function unsharedOn(scenarios: readonly Scenario[], axis: Axis): UnsharedId[] {
  const sets = scenarios.map((s) => new Set(idsOf(s, axis)));
  const seen = new Set<string>();
  const out: UnsharedId[] = [];
  for (const scenario of scenarios) {
    for (const id of idsOf(scenario, axis)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const missingFrom = sets.flatMap((set, i) => (set.has(id) ? [] : [i]));
      if (missingFrom.length > 0) out.push({ id, missingFrom });
    }
  }
  return out;
}

/** The ids every scenario has, in the first scenario's order. */
function sharedOn(scenarios: readonly Scenario[], axis: Axis): string[] {
  const sets = scenarios.map((s) => new Set(idsOf(s, axis)));
  const first = scenarios[0];
  return first === undefined ? [] : idsOf(first, axis).filter((id) => sets.every((set) => set.has(id)));
}

/** Checks that every scenario has every id asked for. */
function requireShared(scenarios: readonly Scenario[], axis: Axis, asked: readonly unknown[], fn: string): void {
  const sets = scenarios.map((s) => new Set(idsOf(s, axis)));
  for (const id of asked) {
    const missing = sets.findIndex((set) => typeof id !== "string" || !set.has(id));
    const lacking = scenarios[missing];
    if (lacking !== undefined) {
      throw new Error(`${fn}: ${SINGULAR[axis]} ${show(id)} is missing from scenario ${missing} (${show(lacking.id)})`);
    }
  }
}

/**
 * The shared themes, regions and sectors, in the first scenario's order. Ids
 * that a scenario lacks are left out of the cells (and listed as unshared); when
 * no sector is shared, the profession as a whole (`null`) is compared.
 * @throws Error naming `fn` when an id asked for is missing from some scenario
 */
export function sharedAxes(scenarios: readonly Scenario[], query: MatrixQuery, fn: string): SharedAxes {
  const axis = (name: "themes" | "regions"): readonly string[] => {
    const asked = idListOption(query[name], name, fn);
    if (asked === undefined) return sharedOn(scenarios, name);
    requireShared(scenarios, name, asked, fn);
    return [...asked];
  };
  const askedSectors = idListOption(query.sectors, "sectors", fn);
  let sectors: readonly (string | null)[];
  if (askedSectors === undefined) {
    const shared = sharedOn(scenarios, "sectors");
    sectors = shared.length === 0 ? [null] : shared;
  } else {
    requireShared(scenarios, "sectors", askedSectors.filter((id) => id !== null), fn);
    sectors = [...askedSectors];
  }
  return {
    themes: axis("themes"),
    regions: axis("regions"),
    sectors,
    unshared: { themes: unsharedOn(scenarios, "themes"), regions: unsharedOn(scenarios, "regions"), sectors: unsharedOn(scenarios, "sectors") },
  };
}
