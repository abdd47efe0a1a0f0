import type { LocaleOption } from "../locale/catalogue.js";
import type { MatrixTimeline } from "../time/matrix-timeline.js";
import { namerOf, type DisplayNames } from "./display-names.js";
import { checkArgument } from "../model/argument-schemas.js";
import { timelineOptionsSchema } from "./option-schemas.js";
import { coloursFor } from "./palette.js";
import { timelineSvg } from "./timeline-svg.js";
import { checkTimeline, representationsOf, timelineView } from "./timeline-view.js";
import { partiesIn } from "./party-view.js";

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
 *   an unknown option or locale, a bad colour, title, names or id prefix, or a value that is not a matrix timeline
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
  // Plain JavaScript callers may pass anything: the schema names what is wrong.
  const checked = checkArgument(timelineOptionsSchema, options, fn);
  const labels = checked.locale.labels;
  const names = namerOf(checked.names);
  checkTimeline(timeline, fn);
  const parties = partiesIn(representationsOf(timeline));
  const colours = coloursFor(parties.values(), checked.colours, fn);
  return timelineSvg(timelineView(timeline, names, labels, colours, checked.title, fn), labels, checked.width, checked.idPrefix, checked.locale.code);
}
