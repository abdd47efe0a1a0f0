import { compareIds } from "../internal/compare-ids.js";
import { inInterval } from "./dates.js";
import type { IsoDate, Mandate, Organisation, Scenario, ThemeKind } from "./types.js";

/** Theme key under which mandates scoped to every theme are filed. */
const ALL_THEMES = "\u0000all";

/** A mandate that covers a (theme, region) pair, with how closely it fits there. */
export interface CoveringMandate {
  readonly mandate: Mandate;
  /** Depth of the listed theme that covers the cell; -2 for "all". */
  readonly themeDepth: number;
  /** Depth of the listed region that covers the cell. */
  readonly regionDepth: number;
}

/** Walks parent links from `id` up to its root; `id` first. Cycles were ruled out by validation. */
function chain(id: string, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  const out: string[] = [];
  for (let at: string | undefined = id; at !== undefined; at = parentOf.get(at)) out.push(at);
  return out;
}

/**
 * Lookups compiled once per scenario: trees, organisations and mandates filed
 * by theme and region, so that a cell never scans every mandate.
 */
export class ScenarioIndex {
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly rootRegion: string;
  private readonly regionParent: Map<string, string | undefined>;
  private readonly themeParent: Map<string, string | undefined>;
  private readonly themeKinds = new Map<string, ThemeKind>();
  private readonly ownKinds: Map<string, ThemeKind | undefined>;
  private readonly regionChains = new Map<string, readonly string[]>();
  private readonly themeChains = new Map<string, readonly string[]>();
  private readonly filed = new Map<string, Map<string, Mandate[]>>();
  /** Covering mandates by pair number (see {@link pairNumber}). */
  private readonly covering = new Map<number, readonly CoveringMandate[]>();
  private readonly coverings = new Map<Mandate, CoveringMandate[]>();
  private readonly themeNumbers: Map<string, number>;
  private readonly regionNumbers: Map<string, number>;
  private readonly kept = new Map<string, unknown>();

  constructor(readonly scenario: Scenario) {
    this.organisations = new Map(scenario.organisations.map((o) => [o.id, o]));
    this.themeNumbers = new Map(scenario.themes.map((t, i) => [t.id, i]));
    this.regionNumbers = new Map(scenario.regions.map((r, i) => [r.id, i]));
    this.regionParent = new Map(scenario.regions.map((r) => [r.id, r.parent]));
    this.themeParent = new Map(scenario.themes.map((t) => [t.id, t.parent]));
    this.ownKinds = new Map(scenario.themes.map((t) => [t.id, t.kind]));
    this.rootRegion = scenario.regions.find((r) => r.parent === undefined)?.id ?? "";
    for (const mandate of scenario.mandates) {
      const themes = mandate.scope.themes === "all" ? [ALL_THEMES] : mandate.scope.themes;
      for (const theme of themes) {
        let byRegion = this.filed.get(theme);
        if (byRegion === undefined) this.filed.set(theme, (byRegion = new Map<string, Mandate[]>()));
        for (const region of mandate.scope.regions) {
          const list = byRegion.get(region);
          if (list === undefined) byRegion.set(region, [mandate]);
          else if (list[list.length - 1] !== mandate) list.push(mandate);
        }
      }
    }
  }

  /**
   * A number for the (theme, region) pair, unique within the scenario and below
   * themes x regions, for per-pair tables; -1 when either id is unknown.
   */
  pairNumber(theme: string, region: string): number {
    const t = this.themeNumbers.get(theme);
    const r = this.regionNumbers.get(region);
    return t === undefined || r === undefined ? -1 : t * this.regionNumbers.size + r;
  }

  /**
   * A value made once per scenario under `key` and kept while the scenario lives:
   * where the layers above keep what they work out per scenario (claims per pair ...).
   * Each key must always be made by the same code, so that the value's type is known.
   */
  keep<T>(key: string, make: () => T): T {
    if (this.kept.has(key)) return this.kept.get(key) as T;
    const value = make();
    this.kept.set(key, value);
    return value;
  }

  hasRegion(id: string): boolean {
    return this.regionParent.has(id);
  }

  hasTheme(id: string): boolean {
    return this.themeParent.has(id);
  }

  /** The region and its ancestors, the region first and the root last. */
  regionChain(id: string): readonly string[] {
    let found = this.regionChains.get(id);
    if (found === undefined) this.regionChains.set(id, (found = chain(id, this.regionParent)));
    return found;
  }

  /** The theme and its ancestors, the theme first. */
  themeChain(id: string): readonly string[] {
    let found = this.themeChains.get(id);
    if (found === undefined) this.themeChains.set(id, (found = chain(id, this.themeParent)));
    return found;
  }

  /** Depth of a region below the root (the root is 0). */
  regionDepth(id: string): number {
    return this.regionChain(id).length - 1;
  }

  /** Depth of a theme below its root (a root is 0). */
  themeDepth(id: string): number {
    return this.themeChain(id).length - 1;
  }

  /** A theme's kind: its own, else the nearest ancestor's. */
  themeKind(id: string): ThemeKind {
    let kind = this.themeKinds.get(id);
    if (kind === undefined) {
      kind = this.themeChain(id).map((t) => this.ownKinds.get(t)).find((k) => k !== undefined) ?? "professional";
      this.themeKinds.set(id, kind);
    }
    return kind;
  }

  /** True when the organisation exists on the day: founded on or before it, not yet dissolved. */
  exists(organisation: string, on: IsoDate): boolean {
    const org = this.organisations.get(organisation);
    return org !== undefined && inInterval(on, org.founded, org.dissolved);
  }

  /**
   * Every mandate whose themes and regions cover the pair, each once, with the
   * depth of the closest listed theme and region. Sectors are not looked at here.
   */
  mandatesCovering(theme: string, region: string): readonly CoveringMandate[] {
    const pair = this.pairNumber(theme, region);
    const cached = this.covering.get(pair);
    if (cached !== undefined) return cached;
    const themes = this.themeChain(theme);
    const regions = this.regionChain(region);
    const best = new Map<Mandate, CoveringMandate>();
    // The cell's theme first, then its ancestors, then "all themes"; the same for regions.
    for (let t = 0; t <= themes.length; t++) {
      const byRegion = this.filed.get(t < themes.length ? (themes[t] as string) : ALL_THEMES);
      if (byRegion === undefined) continue;
      const themeDepth = t < themes.length ? themes.length - 1 - t : -2;
      for (let r = 0; r < regions.length; r++) {
        const listed = byRegion.get(regions[r] as string);
        if (listed === undefined) continue;
        const regionDepth = regions.length - 1 - r;
        for (const mandate of listed) {
          const seen = best.get(mandate);
          if (seen === undefined) best.set(mandate, this.covers(mandate, themeDepth, regionDepth));
          else if (seen.themeDepth < themeDepth || seen.regionDepth < regionDepth) {
            best.set(mandate, this.covers(mandate, Math.max(themeDepth, seen.themeDepth), Math.max(regionDepth, seen.regionDepth)));
          }
        }
      }
    }
    // Sorted by id, so that neither the document's order nor the index's changes an answer.
    const list = [...best.values()].sort((a, b) => compareIds(a.mandate.id, b.mandate.id));
    if (pair >= 0) this.covering.set(pair, list);
    return list;
  }

  /** The covering entry of a mandate at given depths, made once: a mandate mostly covers every pair at the same depths. */
  private covers(mandate: Mandate, themeDepth: number, regionDepth: number): CoveringMandate {
    let variants = this.coverings.get(mandate);
    if (variants === undefined) this.coverings.set(mandate, (variants = []));
    for (const known of variants) if (known.themeDepth === themeDepth && known.regionDepth === regionDepth) return known;
    const made = Object.freeze({ mandate, themeDepth, regionDepth });
    variants.push(made);
    return made;
  }
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();

/** The index of a scenario, compiled on first use and kept while the scenario lives. */
export function indexOf(scenario: Scenario): ScenarioIndex {
  let index = indexes.get(scenario);
  if (index === undefined) indexes.set(scenario, (index = new ScenarioIndex(scenario)));
  return index;
}
