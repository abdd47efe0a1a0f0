import type { LocaleOption } from "../locale/catalogue.js";
import type { z } from "zod";
import { checkArgument } from "../model/argument-schemas.js";
import { renderOptionsSchema } from "./option-schemas.js";
import type { DisplayNames } from "./display-names.js";
import { escapeXml } from "./escape.js";
import type { Labels } from "../locale/labels.js";

/** The formats the renderers write. @category Reports */
export type RenderFormat = "markdown" | "html" | "svg";

/** Options every renderer takes. @category Reports */
export interface RenderOptions {
  /** `markdown`, `html` (a `<figure>` fragment, or a whole page with `standalone`) or `svg`. */
  readonly format: RenderFormat;
  /** The language of the words on the picture: `en` (default), `nl` once `beroepsgroep/locale/nl` is imported, or a {@link index!Catalogue}. */
  readonly locale?: LocaleOption;
  /** Labels to show instead of ids; see {@link displayNames}. Ids are shown where none is given. */
  readonly names?: DisplayNames;
  /**
   * Colours (`#rrggbb`) per organisation id; others get one from {@link organisationColours}. A
   * coalition is one party with one colour, keyed by its ids joined with `" + "`, spokesperson first.
   * A key that names both an organisation of the picture (id `"a + b"`) and a coalition (`a` with
   * `b`) is the organisation's; the coalition then takes the colour worked out from its members'.
   */
  readonly colours?: Readonly<Record<string, string>>;
  /** Prefix of `id` attributes in SVG and HTML, so several pictures can share a page; `bg` by default. */
  readonly idPrefix?: string;
  /** HTML only: a whole page (`<!doctype html>` ...) instead of a fragment. */
  readonly standalone?: boolean;
  /** Markdown and HTML: the level of the top heading, 1 to 5; 2 by default. */
  readonly headingLevel?: number;
}

/** Options after checking, with defaults filled in: the locale is a catalogue, the id prefix, `standalone` and the heading level are set. */
export type CheckedOptions = z.output<typeof renderOptionsSchema>;

/**
 * Checks options passed by a caller that may not be typed, with {@link renderOptionsSchema}.
 * @throws Error naming `fn` and the option for an unknown option, format or locale, a bad prefix, heading level, names or colours
 */
export function checkOptions(options: unknown, fn: string): CheckedOptions {
  return checkArgument(renderOptionsSchema, options, fn);
}

/** Wraps an HTML fragment in a page when asked to. */
export function htmlPage(fragment: string, title: string, lang: string, standalone: boolean, escape: (s: string) => string): string {
  if (!standalone) return fragment;
  return [
    "<!doctype html>",
    `<html lang="${escape(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    "</head>",
    '<body style="margin:16px;background:#FFFFFF;color:#000000">',
    fragment.trimEnd(),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** The three writers of one kind of picture, each given the laid-out view and the words. */
export interface Writers<V> {
  readonly markdown: (view: V, labels: Labels, headingLevel: number) => string;
  readonly html: (view: V, labels: Labels, idPrefix: string, headingLevel: number) => string;
  readonly svg: (view: V, labels: Labels, idPrefix: string, lang: string) => string;
}

/** Writes a laid-out view in the format asked for; `title` names a whole HTML page. */
export function writeAs<V>(view: V, labels: Labels, checked: CheckedOptions, title: string, writers: Writers<V>): string {
  switch (checked.format) {
    case "markdown":
      return writers.markdown(view, labels, checked.headingLevel);
    case "html":
      return htmlPage(writers.html(view, labels, checked.idPrefix, checked.headingLevel), title, checked.locale.code, checked.standalone, escapeXml);
    case "svg":
      return writers.svg(view, labels, checked.idPrefix, checked.locale.code);
  }
}
