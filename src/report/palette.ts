import { compareIds } from "../internal/compare-ids.js";
import { show } from "../internal/show.js";

/**
 * The Okabe-Ito palette: eight colours that stay distinct for the common kinds of
 * colour-vision deficiency. Cells always carry a name in text as well, so colour is
 * never the only cue.
 *
 * @example
 * ```ts
 * OKABE_ITO.length; // => 8
 * OKABE_ITO[0]; // => "#E69F00"
 * ```
 * @category Reports
 */
export const OKABE_ITO: readonly string[] = Object.freeze([
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
  "#000000",
]);

/** A fill colour and the text colour that reads best on it. */
export interface Swatch {
  readonly fill: string;
  readonly text: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** True for a colour written `#rrggbb`. */
export function isHexColour(value: unknown): value is string {
  return typeof value === "string" && HEX.test(value);
}

/** The WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (at: number): number => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The fill with black or white text, whichever contrasts more (always at least 4.58:1). */
export function swatchOf(fill: string): Swatch {
  const text = contrastRatio(fill, "#000000") >= contrastRatio(fill, "#FFFFFF") ? "#000000" : "#FFFFFF";
  return { fill: fill.toUpperCase(), text };
}

/** FNV-1a over UTF-16 code units: a stable hash that needs no Node API. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Gives each organisation a colour from a colour-blind-safe palette, deterministically:
 * an id takes the slot its hash names, or the next free one, visiting ids in sorted order,
 * so no two ids share a colour while there are enough colours. Pass the result as the
 * `colours` option of several renders to keep an organisation's colour the same in each.
 *
 * @param ids - organisation ids; repeats and order do not matter
 * @param palette - colours written `#rrggbb`; {@link OKABE_ITO} by default
 * @returns a colour per id
 * @throws Error starting `organisationColours:` for ids given as a string or not iterable, an empty palette or a colour not written `#rrggbb`
 * @example
 * ```ts
 * const colours = organisationColours(["aob", "cnvo"]);
 * colours["aob"] !== colours["cnvo"]; // => true
 * organisationColours(["cnvo", "aob"])["aob"] === colours["aob"]; // => true
 * ```
 * @category Reports
 */
export function organisationColours(ids: Iterable<string>, palette: readonly string[] = OKABE_ITO): Record<string, string> {
  // A string is iterable too, and would be read letter by letter; plain JavaScript callers may pass anything.
  const given: unknown = ids;
  if (typeof given === "string" || typeof given !== "object" || given === null || !(Symbol.iterator in given)) {
    throw new Error(`organisationColours: the ids must be a list (or other iterable) of ids, received ${show(given)}`);
  }
  if (palette.length === 0) throw new Error("organisationColours: the palette is empty");
  for (const colour of palette) {
    if (!isHexColour(colour)) throw new Error(`organisationColours: ${show(colour)} is not a colour written #rrggbb`);
  }
  const sorted = [...new Set(ids)].sort(compareIds);
  const taken = new Set<number>();
  const out: Record<string, string> = {};
  for (const id of sorted) {
    const wanted = hash(id) % palette.length;
    let slot = wanted;
    // Probe for a free slot; once all are taken, colours repeat at the hashed slot.
    if (taken.size < palette.length) {
      while (taken.has(slot)) slot = (slot + 1) % palette.length;
      taken.add(slot);
    }
    Object.defineProperty(out, id, { value: palette[slot], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * The colours to use: those given, completed deterministically for every other party. An
 * organisation not given one takes {@link organisationColours}' colour. A coalition
 * (`members` names its organisations by key) not given one takes a colour worked out from
 * its members' colours, other than theirs where the palette allows: so it depends only on
 * the colours its members have, never on how their ids are spelled.
 */
export function coloursFor(
  ids: Iterable<string>,
  given: Readonly<Record<string, string>> | undefined,
  fn: string,
  members: ReadonlyMap<string, { readonly ids: readonly string[] }> = new Map(),
): Map<string, Swatch> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, Swatch>();
  const missing: string[] = [];
  const coalitions: string[] = [];
  const givenColour = (id: string): string | undefined => {
    const colour = given !== undefined && Object.hasOwn(given, id) ? given[id] : undefined;
    if (colour !== undefined && !isHexColour(colour)) throw new Error(`${fn}: the colour of ${show(id)} must be written #rrggbb, received ${show(colour)}`);
    return colour;
  };
  for (const id of wanted) {
    const colour = givenColour(id);
    if (colour !== undefined) out.set(id, swatchOf(colour));
    else if ((members.get(id)?.ids.length ?? 1) > 1) coalitions.push(id);
    else missing.push(id);
  }
  // A coalition's members need colours too, to work out the coalition's.
  const memberIds = coalitions.flatMap((key) => members.get(key)?.ids ?? []).filter((id) => !out.has(id) && !missing.includes(id) && givenColour(id) === undefined);
  const assigned = organisationColours(missing);
  const memberAssigned = memberIds.length === 0 ? assigned : organisationColours([...missing, ...memberIds]);
  // A palette has few colours: work out each one's swatch once, not once per organisation.
  const swatches = new Map<string, Swatch>();
  const swatch = (fill: string): Swatch => {
    let known = swatches.get(fill);
    if (known === undefined) swatches.set(fill, (known = swatchOf(fill)));
    return known;
  };
  for (const id of missing) out.set(id, swatch(assigned[id] ?? "#000000"));
  for (const key of coalitions) {
    const fills = (members.get(key)?.ids ?? []).map((id) => givenColour(id) ?? out.get(id)?.fill ?? memberAssigned[id] ?? "#000000");
    let slot = hash(fills.join("|")) % OKABE_ITO.length;
    for (let tries = 0; tries < OKABE_ITO.length && fills.includes(OKABE_ITO[slot] ?? ""); tries++) slot = (slot + 1) % OKABE_ITO.length;
    out.set(key, swatch(OKABE_ITO[slot] ?? "#000000"));
  }
  return out;
}
