import { trustedScenario } from "../model/trusted-scenario.js";
import type { Scenario } from "../model/types.js";

/**
 * Labels to show instead of ids. A matrix holds ids only, so renderers take these
 * as an option; an id without a label is shown as itself.
 * @category Reports
 */
export interface DisplayNames {
  /** Short names of organisations, shown in cells, e.g. `AOb`. */
  readonly organisations?: Readonly<Record<string, string>>;
  /** Full names of organisations, shown in legends, e.g. `Algemene Onderwijsbond`. */
  readonly organisationNames?: Readonly<Record<string, string>>;
  readonly themes?: Readonly<Record<string, string>>;
  readonly regions?: Readonly<Record<string, string>>;
  readonly sectors?: Readonly<Record<string, string>>;
  /** Names of the candidates of a tally, e.g. `{ oc2: "OC 2.0" }`. */
  readonly candidates?: Readonly<Record<string, string>>;
}

function record(entries: Iterable<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  // defineProperty keeps an id such as "__proto__" an ordinary key.
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, configurable: true });
  return out;
}

/**
 * Takes the display names of one or more scenarios: short names (else names) of
 * organisations, and the names of themes, regions and sectors. Where scenarios name
 * the same id differently, the earliest scenario wins.
 *
 * @param scenarios - scenarios made by the library
 *   ({@link index!parseScenario}, {@link index!safeParseScenario}, `applyChange` or a history)
 * @returns the labels to pass as a renderer's `names` option
 * @throws {@link index!ScenarioError} (context `displayNames: scenarios[i]`, counting from 0, one issue with code `not_parsed`) when an argument was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @example
 * ```ts
 * const names = displayNames(scenario);
 * names.organisations?.["aob"]; // => "AOb"
 * names.regions?.["west"]; // => "West"
 * ```
 * @category Reports
 */
export function displayNames(...scenarios: readonly Scenario[]): DisplayNames {
  const trusted = scenarios.map((s, i) => trustedScenario(s, `displayNames: scenarios[${i}]`));
  // Later scenarios first, so that earlier ones overwrite them.
  const ordered = trusted.reverse();
  const pairs = <T>(pick: (s: Scenario) => readonly T[], entry: (t: T) => readonly [string, string]): Record<string, string> =>
    record(new Map(ordered.flatMap((s) => pick(s).map(entry))));
  return {
    organisations: pairs((s) => s.organisations, (o) => [o.id, o.shortName ?? o.name]),
    organisationNames: pairs((s) => s.organisations, (o) => [o.id, o.name]),
    themes: pairs((s) => s.themes, (t) => [t.id, t.name]),
    regions: pairs((s) => s.regions, (r) => [r.id, r.name]),
    sectors: pairs((s) => s.sectors, (x) => [x.id, x.name]),
  };
}

/** Looks labels up, falling back to the id. */
export interface Namer {
  organisation(id: string): string;
  organisationName(id: string): string;
  theme(id: string): string;
  region(id: string): string;
  sector(id: string): string;
  candidate(id: string): string;
}

function lookup(table: Readonly<Record<string, string>> | undefined, id: string): string | undefined {
  return table !== undefined && Object.hasOwn(table, id) ? table[id] : undefined;
}

/** Merges several sets of names (earlier ones win) into one lookup. */
export function namerOf(...sets: readonly (DisplayNames | undefined)[]): Namer {
  const find = (key: keyof DisplayNames, id: string): string | undefined => {
    for (const set of sets) {
      const found = lookup(set?.[key], id);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return {
    organisation: (id) => find("organisations", id) ?? id,
    organisationName: (id) => find("organisationNames", id) ?? find("organisations", id) ?? id,
    theme: (id) => find("themes", id) ?? id,
    region: (id) => find("regions", id) ?? id,
    sector: (id) => find("sectors", id) ?? id,
    candidate: (id) => find("candidates", id) ?? find("organisations", id) ?? id,
  };
}
