import { compareIds } from "../internal/compare-ids.js";
import { inInterval } from "./dates.js";
import { TreeIndex } from "./tree-index.js";
import type { IsoDate, Mandate, Organisation, Scenario, ThemeKind } from "./types.js";

/** Theme key under which mandates scoped to every theme are filed. */
export const ALL_THEMES = "\u0000all";

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

/** A theme under which mandates are filed, linked to the nearest such theme above it: chains shared by every theme below. */
interface FiledTheme {
  readonly id: string;
  readonly depth: number;
  readonly up: FiledTheme | null;
}

const NONE: readonly CoveringMandate[] = Object.freeze([]);

/**
 * How an index files its mandates: the mandates in id order (a mandate's rank is its
 * place there) and their slots filed by theme (or every theme, under {@link ALL_THEMES})
 * and listed region. A slot is a mandate's rank in the index the filing was first built
 * for; an index derived after a change (`model/derive-index.ts`) shares the lists the
 * change did not touch and translates slots to ranks. A list's order does not matter.
 */
export interface MandateFiling {
  readonly byRank: readonly Mandate[];
  readonly filed: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Each slot's rank, or -1 for a slot whose mandate is gone; undefined when every slot is its rank. */
  readonly slotRanks: Int32Array | undefined;
  /** Each rank's slot; undefined when every rank is its slot. */
  readonly rankSlots: Int32Array | undefined;
}

/**
 * Lookups compiled once per scenario: trees, organisations and mandates filed
 * by theme and region, so that a cell never scans every mandate. Everything it
 * keeps grows linearly with the trees, however deep they are.
 */
export class ScenarioIndex {
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly rootRegion: string;
  private readonly regions: TreeIndex;
  private readonly themes: TreeIndex;
  /** Each theme's kind (its own, else its nearest ancestor's), by theme number, filled on first use. */
  private readonly themeKinds: (ThemeKind | undefined)[];
  /** The nearest theme at or above each theme under which mandates are filed, by theme number, filled on first use. */
  private readonly filedAbove: (FiledTheme | null | undefined)[];
  /** How the mandates are filed; read by `model/derive-index.ts` only. */
  readonly filing: MandateFiling;
  /** The mandates sorted by id (the same as `filing.byRank`). */
  private readonly byRank: readonly Mandate[];
  /** Covering mandates by pair number (see {@link pairNumber}); a region where nothing more is filed shares its parent's list. */
  private readonly covering = new Map<number, readonly CoveringMandate[]>();
  /** The covering entries made so far, by mandate rank. */
  private readonly coverings: (CoveringMandate[] | undefined)[];
  /** Scratch space of {@link mandatesCovering}, by mandate rank: the pair last seen and the depths found there. */
  private readonly seenAt: Int32Array;
  private readonly themeDepthAt: Int32Array;
  private stamp = 0;
  private entries = 0;

  /**
   * @param scenario - the scenario to index
   * @param derived - for a scenario that differs from an indexed one in its mandates only
   *   (the same organisations, regions and themes arrays): that index and the filing
   *   derived from it (see `model/derive-index.ts`), so that neither is worked out again
   */
  constructor(
    readonly scenario: Scenario,
    derived?: { readonly from: ScenarioIndex; readonly filing: MandateFiling },
  ) {
    this.themeKinds = new Array<ThemeKind | undefined>(scenario.themes.length);
    this.filedAbove = new Array<FiledTheme | null | undefined>(scenario.themes.length);
    this.rootRegion = scenario.regions.find((r) => r.parent === undefined)?.id ?? "";
    if (derived === undefined) {
      this.organisations = new Map(scenario.organisations.map((o) => [o.id, o]));
      this.regions = new TreeIndex(scenario.regions, "regions");
      this.themes = new TreeIndex(scenario.themes, "themes");
      const byRank = [...scenario.mandates].sort((a, b) => compareIds(a.id, b.id));
      const filed = new Map<string, Map<string, number[]>>();
      byRank.forEach((mandate, rank) => {
        const themes = mandate.scope.themes === "all" ? [ALL_THEMES] : mandate.scope.themes;
        for (const theme of themes) {
          let byRegion = filed.get(theme);
          if (byRegion === undefined) filed.set(theme, (byRegion = new Map<string, number[]>()));
          for (const region of mandate.scope.regions) {
            const list = byRegion.get(region);
            if (list === undefined) byRegion.set(region, [rank]);
            else if (list[list.length - 1] !== rank) list.push(rank);
          }
        }
      });
      this.filing = { byRank, filed, slotRanks: undefined, rankSlots: undefined };
    } else {
      this.organisations = derived.from.organisations;
      this.regions = derived.from.regions;
      this.themes = derived.from.themes;
      this.filing = derived.filing;
    }
    this.byRank = this.filing.byRank;
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
    const t = this.themes.numbers.get(theme);
    const r = this.regions.numbers.get(region);
    return t === undefined || r === undefined ? -1 : t * this.regions.ids.length + r;
  }

  hasRegion(id: string): boolean {
    return this.regions.has(id);
  }

  hasTheme(id: string): boolean {
    return this.themes.has(id);
  }

  /** Depth of a region below the root (the root is 0). */
  regionDepth(id: string): number {
    return Math.max(this.regions.depth(id), 0);
  }

  /** Depth of a theme below its root (a root is 0). */
  themeDepth(id: string): number {
    return Math.max(this.themes.depth(id), 0);
  }

  /** True when `ancestor` is the region itself or one of the regions above it. */
  regionWithin(region: string, ancestor: string): boolean {
    return this.regions.within(region, ancestor);
  }

  /** True when `ancestor` is the theme itself or one of the themes above it. */
  themeWithin(theme: string, ancestor: string): boolean {
    return this.themes.within(theme, ancestor);
  }

  /** The depth of the deepest listed region that is the region or above it, or -1 when none is. */
  deepestListedRegion(region: string, listed: readonly string[]): number {
    return this.regions.deepestListed(region, listed);
  }

  /** The depth of the deepest listed theme that is the theme or above it, or -1 when none is. */
  deepestListedTheme(theme: string, listed: readonly string[]): number {
    return this.themes.deepestListed(theme, listed);
  }

  /** A theme's kind: its own, else the nearest ancestor's. */
  themeKind(id: string): ThemeKind {
    const at = this.themes.numbers.get(id);
    if (at === undefined) return "professional";
    // Up to the nearest theme whose kind is known, then down again, filling in the kinds passed.
    const passed: number[] = [];
    let kind: ThemeKind | undefined;
    for (let t = at; t >= 0; t = this.themes.parents[t] as number) {
      kind = this.themeKinds[t] ?? this.scenario.themes[t]?.kind;
      if (kind !== undefined) break;
      passed.push(t);
    }
    kind ??= "professional";
    for (const t of passed) this.themeKinds[t] = kind;
    this.themeKinds[at] = kind;
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
    const t = this.themes.numbers.get(theme);
    const r = this.regions.numbers.get(region);
    if (t === undefined || r === undefined) return NONE;
    const base = t * this.regions.ids.length;
    // What covers a region covers the regions below it at the same depths, so the list
    // is built down from the nearest ancestor already done (iteratively: trees may be deep).
    const todo: number[] = [];
    let inherited = NONE;
    for (let at = r; at >= 0; at = this.regions.parents[at] as number) {
      const done = this.covering.get(base + at);
      if (done !== undefined) {
        inherited = done;
        break;
      }
      todo.push(at);
    }
    for (let j = todo.length - 1; j >= 0; j--) {
      const at = todo[j] as number;
      inherited = this.extend(inherited, t, this.regions.ids[at] as string, this.regions.depths[at] as number);
      this.covering.set(base + at, inherited);
    }
    return inherited;
  }

  /**
   * The parent region's list with the mandates that list `region` itself added, or deepened,
   * at its depth; in id order. The parent's list itself when nothing is filed at the region.
   */
  private extend(inherited: readonly CoveringMandate[], theme: number, region: string, depth: number): readonly CoveringMandate[] {
    const listed = this.listedAt(theme, region);
    if (listed.length === 0) return inherited;
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

  /** The nearest theme at or above theme number `at` under which mandates are filed, linked to the next one up. */
  private filedThemes(at: number): FiledTheme | null {
    // Up to the nearest theme already linked, then down again, linking the themes passed.
    const passed: number[] = [];
    let above: FiledTheme | null = null;
    for (let t = at; t >= 0; t = this.themes.parents[t] as number) {
      const known = this.filedAbove[t];
      if (known !== undefined) {
        above = known;
        break;
      }
      passed.push(t);
    }
    for (let j = passed.length - 1; j >= 0; j--) {
      const t = passed[j] as number;
      const id = this.themes.ids[t] as string;
      if (this.filing.filed.has(id)) above = { id, depth: this.themes.depths[t] as number, up: above };
      this.filedAbove[t] = above;
    }
    return above;
  }

  /**
   * The ranks, sorted, of the mandates that list the region itself and a theme covering
   * theme number `theme` (or every theme); each one's deepest such theme is left in `themeDepthAt`.
   * A scope is themes x regions, so that depth is the same wherever the mandate covers the theme.
   */
  private listedAt(theme: number, region: string): number[] {
    const stamp = ++this.stamp;
    const found: number[] = [];
    const { filed, slotRanks } = this.filing;
    const file = (slots: readonly number[] | undefined, themeDepth: number): void => {
      if (slots === undefined) return;
      for (const slot of slots) {
        const rank = slotRanks === undefined ? slot : (slotRanks[slot] as number);
        if (this.seenAt[rank] !== stamp) {
          this.seenAt[rank] = stamp;
          this.themeDepthAt[rank] = themeDepth;
          found.push(rank);
        } else {
          this.themeDepthAt[rank] = Math.max(this.themeDepthAt[rank] ?? themeDepth, themeDepth);
        }
      }
    };
    for (let at = this.filedThemes(theme); at !== null; at = at.up) file(filed.get(at.id)?.get(region), at.depth);
    file(filed.get(ALL_THEMES)?.get(region), -2);
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
 * The index of a scenario, compiled on first use and kept while the scenario lives. Only
 * scenarios the library made reach it (every public function refuses any other, see
 * `trustedScenario`), and those cannot change.
 */
export function indexOf(scenario: Scenario): ScenarioIndex {
  let index = indexes.get(scenario);
  if (index === undefined) indexes.set(scenario, (index = new ScenarioIndex(scenario)));
  return index;
}

/** The index kept for a scenario, if one was made already. */
export function keptIndex(scenario: Scenario): ScenarioIndex | undefined {
  return indexes.get(scenario);
}

/** Keeps `index` for `scenario`, as {@link indexOf} keeps the indexes it builds; `index` must answer as one built afresh. */
export function keepIndex(scenario: Scenario, index: ScenarioIndex): void {
  indexes.set(scenario, index);
}
