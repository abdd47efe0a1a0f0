import { escapeXml } from "./escape.js";
import { checkArgument } from "../model/argument-schemas.js";
import { idPrefixOption } from "./option-schemas.js";

/** The margin every SVG picture keeps around its content. */
export const PAD = 16;

/** The font every picture uses; generic families keep it portable. */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Roughly how wide a text is in a sans-serif font: pictures are laid out without a DOM to measure in. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  // By code point, as `for...of` would go, but on char codes: no string per character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    em += widthOf(code);
  }
  return Math.ceil(em * size);
}

const NARROW = new Set(Array.from("iljtf.,:;'|!()[] ", (c) => c.charCodeAt(0)));
const WIDE = new Set(Array.from("mwMW@", (c) => c.charCodeAt(0)));

/** The width in em of a character given by its first UTF-16 code unit. */
function widthOf(code: number): number {
  if (NARROW.has(code)) return 0.32;
  if (WIDE.has(code)) return 0.9;
  if (code >= 0x41 && code <= 0x5a) return 0.68;
  return 0.58;
}

/** Shortens a label to `max` characters with an ellipsis; the full text goes in a tooltip. */
export function clip(text: string, max: number): string {
  // Code points, not graphemes: a rare split emoji in a clipped label is harmless, and Intl.Segmenter is not everywhere.
  // A text of at most `max` code units has at most `max` code points: nothing to cut.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}

/** A number as SVG writes it: integers stay integers, others keep two decimals. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

/**
 * Shortens a label with an ellipsis until it is at most `max` pixels wide at font size `size`;
 * "" when not even the first character fits.
 */
export function clipToWidth(label: string, size: number, max: number): string {
  if (textWidth(label, size) <= max) return label;
  const ellipsis = widthOf(0x2026);
  let em = 0;
  let end = 0;
  for (const char of label) {
    const w = widthOf(char.charCodeAt(0));
    if (Math.ceil((em + w + ellipsis) * size) > max) break;
    em += w;
    end += char.length;
  }
  return end === 0 ? "" : `${label.slice(0, end)}\u2026`;
}

/** A `<text>` element with escaped content. */
export function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs === "" ? "" : ` ${attrs}`}>${escapeXml(content)}</text>`;
}

/** Text with a white halo, readable on hatching. */
export const HALO = 'paint-order="stroke" stroke="#FFFFFF" stroke-width="4" stroke-linejoin="round"';

/** A `<text>` showing `shown`, wrapped with the full `label` as a tooltip when the two differ. */
function tipped(label: string, shown: string, element: string): string {
  return shown === label ? element : `<g><title>${escapeXml(label)}</title>${element}</g>`;
}

/** A label clipped to `max` characters, with the full text as a tooltip when it was clipped. */
export function fitted(x0: number, y: number, label: string, max: number, attrs: string): string {
  const shown = clip(label, max);
  return tipped(label, shown, text(x0, y, shown, attrs));
}

/** A label clipped to `max` pixels at font size `size`, with the full text as a tooltip when it was clipped. */
export function fittedToWidth(x0: number, y: number, label: string, size: number, max: number, attrs: string): string {
  const shown = clipToWidth(label, size, max);
  return tipped(label, shown, text(x0, y, shown, attrs));
}

/** Wraps a picture in an `<svg>` root with `<title>` and `<desc>`, labelled for screen readers. */
export function svgDocument(options: {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  readonly lang: string;
  readonly defs?: string;
  readonly body: string;
}): string {
  const { id, width, height } = options;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" lang="${escapeXml(options.lang)}" font-family="${escapeXml(FONT)}" font-size="12">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.desc)}</desc>`,
    ...(options.defs === undefined ? [] : [`<defs>${options.defs}</defs>`]),
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    options.body,
    `</svg>`,
    "",
  ].join("\n");
}

/** The diagonal hatching that marks contested cells. */
export function hatchPattern(id: string): string {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#FFFFFF"/><rect width="3" height="8" fill="#8C8C8C"/></pattern>`;
}

/** Checks an id prefix for use in `id` attributes and `url(#...)` references. */
export function checkIdPrefix(id: unknown, fn: string): string {
  return checkArgument(idPrefixOption, id, fn);
}
