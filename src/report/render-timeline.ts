import type { LocaleOption } from "../locale/catalogue.js";
import type { MatrixTimeline } from "../time/matrix-timeline.js";
import { namerOf, type DisplayNames } from "./display-names.js";
import { catalogueFor } from "../locale/registry.js";
import { coloursFor } from "./palette.js";
import { checkIdPrefix } from "./svg-kit.js";
import { timelineSvg } from "./timeline-svg.js";
import { checkTimeline, representationsOf, timelineView } from "./timeline-view.js";
import { organisationsIn } from "./matrix-view.js";
import { show } from "../internal/show.js";

/** How {@link renderTimeline} labels, colours and sizes the picture. @category Reports */
export interface RenderTimelineOptions {
  /**
   * Labels to show instead of ids; see {@link displayNames}. Ids are shown where none is given.
   * Deprecated: a flat record of names by id (organisations, themes, regions and sectors
   * alike), as earlier versions took, still works.
   */
  readonly names?: DisplayNames | Readonly<Record<string, string>>;
  /** A heading above the chart; by default one that names the period. */
  readonly title?: string;
  /** Width of the picture in pixels (default 960, from 400 to 100,000). */
  readonly width?: number;
  /** The language of the words on the picture: `en` (default) or `nl`. */
  readonly locale?: LocaleOption;
  /** Colours (`#rrggbb`) per organisation id; others get one from {@link organisationColours}, as in {@link renderMatrix}. */
  readonly colours?: Readonly<Record<string, string>>;
  /** Prefix of `id` attributes, so several pictures can share a page; `bg` by default. */
  readonly idPrefix?: string;
}

const TABLES: ReadonlySet<string> = new Set<keyof DisplayNames>(["organisations", "organisationNames", "themes", "regions", "sectors", "candidates"]);

/** True for a record whose every own value is a string. */
function isNameRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}

/**
 * Reads the `names` option: display names, or (deprecated) a flat record of names by id,
 * which then names organisations, themes, regions and sectors alike.
 * @throws Error naming `fn` for anything else
 */
function namesOption(names: unknown, fn: string): DisplayNames | undefined {
  if (names === undefined) return undefined;
  if (isNameRecord(names)) {
    const flat = names as Readonly<Record<string, string>>;
    return { organisations: flat, themes: flat, regions: flat, sectors: flat };
  }
  if (typeof names === "object" && names !== null && !Array.isArray(names)) {
    for (const [key, table] of Object.entries(names)) {
      if (!TABLES.has(key) || (table !== undefined && !isNameRecord(table))) {
        throw new Error(`${fn}: names must be display names (see displayNames()) or a record of names by id, but ${show(key)} holds ${show(table)}`);
      }
    }
    return names;
  }
  throw new Error(`${fn}: names must be display names (see displayNames()) or a record of names by id, received ${show(names)}`);
}

/**
 * Draws a matrix timeline as a Gantt-like SVG: one block per theme, one row per region
 * and sector, one bar per stretch of days with the same answer. A represented stretch
 * shows its lead's short name in that organisation's colour (the same colour
 * {@link renderMatrix} gives it), a contested one is hatched and names its contenders
 * where they fit, an unrepresented one is left empty. Every bar has a tooltip with its
 * dates and delegation; a legend follows. The words are English or, once `beroepsgroep/locale/nl` is imported, Dutch (`locale`).
 * Pure: no DOM, no files, so it runs in browsers too.
 *
 * @param timeline - a {@link MatrixTimeline}
 * @param options - display names, a title, the width, the locale, colours and an id prefix
 * @returns the SVG document as a string
 * @throws Error starting `renderTimeline:` for a width that is not a number from 400 to 100,000,
 *   an unknown locale, a bad colour, title, names or id prefix, or a value that is not a matrix timeline
 * @example
 * ```ts
 * const timeline = matrixTimeline(scenario, { from: "2024-01-01", until: "2027-01-01", themes: ["curriculum"] });
 * // Dutch words, once the app has imported "beroepsgroep/locale/nl":
 * const svg = renderTimeline(timeline, { names: displayNames(scenario), locale: "nl" });
 * svg.startsWith("<svg"); // => true
 * ```
 * @category Reports
 */
export function renderTimeline(timeline: MatrixTimeline, options: RenderTimelineOptions = {}): string {
  const fn = "renderTimeline";
  // Plain JavaScript callers may pass anything.
  const given: unknown = options;
  if (typeof given !== "object" || given === null) throw new Error(`${fn}: options must be an object, received ${show(given)}`);
  const width: unknown = options.width ?? 960;
  if (typeof width !== "number" || !(width >= 400 && width <= 100_000)) {
    throw new Error(`${fn}: 'width' must be a number from 400 to 100,000, received ${show(width)}`);
  }
  const title: unknown = options.title;
  if (title !== undefined && typeof title !== "string") throw new Error(`${fn}: 'title' must be a string, received ${show(title)}`);
  const catalogue = catalogueFor(options.locale, fn);
  const labels = catalogue.labels;
  const locale = catalogue.code;
  const idPrefix = checkIdPrefix(options.idPrefix, fn);
  const names = namerOf(namesOption(options.names, fn));
  checkTimeline(timeline, fn);
  const colours = coloursFor(organisationsIn(representationsOf(timeline)), options.colours, fn);
  return timelineSvg(timelineView(timeline, names, labels, colours, title, fn), labels, width, idPrefix, locale);
}
