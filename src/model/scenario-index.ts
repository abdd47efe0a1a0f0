import { compareIds } from "../internal/compare-ids.js";
import { inInterval } from "./dates.js";
import { isParsed } from "./parsed-brand.js";
import type { IsoDate, Mandate, Organisation, Scenario, ThemeKind } from "./types.js";

/** Theme key under which mandates scoped to every theme are filed. */
const ALL_THEMES = "\u0000all";

/** A mandate that covers a (theme, region) pair, with how closely it fits there. */
export interface CoveringMandate {
  readonly mandate: Mandate;
  /** The mandate's place among the scenario's mandates sorted by id. */
  readonly rank: number;
  /** A number unique to this entry within the scenario, for per-entry tables. */
  readonly key: number;
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
  /** The mandates sorted by id: a mandate's rank is its place here. */
  private readonly byRank: readonly Mandate[];
  /** Mandate ranks filed by theme (or every theme) and listed region. */
  private readonly filed = new Map<string, Map<string, number[]>>();
  /** Covering mandates by pair number (see {@link pairNumber}). */
  private readonly covering = new Map<number, readonly CoveringMandate[]>();
  /** The covering entries made so far, by mandate rank. */
  private readonly coverings: (CoveringMandate[] | undefined)[];
  /** Scratch space of {@link mandatesCovering}, by mandate rank: the pair last seen and the depths found there. */
  private readonly seenAt: Int32Array;
  private readonly themeDepthAt: Int32Array;
  private stamp = 0;
  private entries = 0;
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
    this.byRank = [...scenario.mandates].sort((a, b) => compareIds(a.id, b.id));
    this.byRank.forEach((mandate, rank) => {
      const themes = mandate.scope.themes === "all" ? [ALL_THEMES] : mandate.scope.themes;
      for (const theme of themes) {
        let byRegion = this.filed.get(theme);
        if (byRegion === undefined) this.filed.set(theme, (byRegion = new Map<string, number[]>()));
        for (const region of mandate.scope.regions) {
          const list = byRegion.get(region);
          if (list === undefined) byRegion.set(region, [rank]);
          else if (list[list.length - 1] !== rank) list.push(rank);
        }
      }
    });
    // Sized up front, so that filling it in any order keeps it a plain array.
    this.coverings = new Array<CoveringMandate[] | undefined>(this.byRank.length);
    this.seenAt = new Int32Array(this.byRank.length);
    this.themeDepthAt = new Int32Array(this.byRank.length);
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
    const found = this.kept.get(key);
    if (found !== undefined || this.kept.has(key)) return found as T;
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
   * Every mandate whose themes and regions cover the pair, each once, in id order,
   * with the depth of the closest listed theme and region. Sectors are not looked at here.
   */
  mandatesCovering(theme: string, region: string): readonly CoveringMandate[] {
    const chain = this.regionChain(region);
    // What covers a region covers the regions below it at the same depths, so the list
    // is built down from the nearest ancestor already done (iteratively: trees may be deep).
    let k = 0;
    let inherited: readonly CoveringMandate[] = [];
    for (; k < chain.length; k++) {
      const done = this.covering.get(this.pairNumber(theme, chain[k] as string));
      if (done !== undefined) {
        inherited = done;
        break;
      }
    }
    for (let j = k - 1; j >= 0; j--) {
      const at = chain[j] as string;
      inherited = this.extend(inherited, theme, at, chain.length - 1 - j);
      const pair = this.pairNumber(theme, at);
      if (pair >= 0) this.covering.set(pair, inherited);
    }
    return inherited;
  }

  /** The parent region's list with the mandates that list `region` itself added, or deepened, at its depth; in id order. */
  private extend(inherited: readonly CoveringMandate[], theme: string, region: string, depth: number): CoveringMandate[] {
    const listed = this.listedAt(theme, region);
    const list: CoveringMandate[] = [];
    let i = 0;
    for (const rank of listed) {
      for (let next = inherited[i]; next !== undefined && next.rank < rank; next = inherited[++i]) list.push(next);
      if (inherited[i]?.rank === rank) i++;
      list.push(this.covers(rank, this.themeDepthAt[rank] ?? -2, depth));
    }
    for (; i < inherited.length; i++) list.push(inherited[i] as CoveringMandate);
    return list;
  }

  /**
   * The ranks, sorted, of the mandates that list the region itself and a theme covering
   * `theme` (or every theme); each one's deepest such theme is left in `themeDepthAt`.
   * A scope is themes x regions, so that depth is the same wherever the mandate covers `theme`.
   */
  private listedAt(theme: string, region: string): number[] {
    const themes = this.themeChain(theme);
    const stamp = ++this.stamp;
    const found: number[] = [];
    for (let t = 0; t <= themes.length; t++) {
      const ranks = this.filed.get(t < themes.length ? (themes[t] as string) : ALL_THEMES)?.get(region);
      if (ranks === undefined) continue;
      const themeDepth = t < themes.length ? themes.length - 1 - t : -2;
      for (const rank of ranks) {
        if (this.seenAt[rank] !== stamp) {
          this.seenAt[rank] = stamp;
          this.themeDepthAt[rank] = themeDepth;
          found.push(rank);
        } else {
          this.themeDepthAt[rank] = Math.max(this.themeDepthAt[rank] ?? themeDepth, themeDepth);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }

  /** The covering entry of a mandate at given depths, made once: a mandate mostly covers every pair at the same depths. */
  private covers(rank: number, themeDepth: number, regionDepth: number): CoveringMandate {
    let variants = this.coverings[rank];
    if (variants === undefined) this.coverings[rank] = variants = [];
    for (const known of variants) if (known.themeDepth === themeDepth && known.regionDepth === regionDepth) return known;
    const made = Object.freeze({ mandate: this.byRank[rank] as Mandate, rank, key: this.entries++, themeDepth, regionDepth });
    variants.push(made);
    return made;
  }
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();

/**
 * The index of a scenario. For a scenario the library made (see `markParsed`), which
 * cannot change, it is compiled on first use and kept while the scenario lives; any
 * other object could be edited by its owner, so its index is built afresh and never kept.
 */
export function indexOf(scenario: Scenario): ScenarioIndex {
  if (!isParsed(scenario)) return new ScenarioIndex(scenario);
  let index = indexes.get(scenario);
  if (index === undefined) indexes.set(scenario, (index = new ScenarioIndex(scenario)));
  return index;
}
