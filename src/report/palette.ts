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

/** A party as the palette sees it: its internal key, the key users colour it by, its organisations. */
export interface ColouredParty {
  readonly key: string;
  readonly colourKey: string;
  readonly ids: readonly string[];
}

/**
 * The colours to use, by party key: those given, completed deterministically for every other
 * party. An organisation takes the colour given under its id, or else
 * {@link organisationColours}' colour. A coalition takes the colour given under its colour key
 * (its ids joined with " + "), or else one worked out from its members' colours, other than
 * theirs where the palette allows: so it depends only on the colours its members have, never
 * on how their ids are spelled. A colour key several parties of the picture share is settled
 * so: an organisation's own id wins for the organisation, and a coalition whose colour key is
 * also an organisation's id or another coalition's colour key ignores the given entry and takes
 * the colour worked out from its members'.
 */
export function coloursFor(parties: Iterable<ColouredParty>, given: Readonly<Record<string, string>> | undefined, fn: string): Map<string, Swatch> {
  const byKey = new Map<string, ColouredParty>();
  for (const party of parties) if (!byKey.has(party.key)) byKey.set(party.key, party);
  const givenColour = (id: string): string | undefined => {
    const colour = given !== undefined && Object.hasOwn(given, id) ? given[id] : undefined;
    if (colour !== undefined && !isHexColour(colour)) throw new Error(`${fn}: the colour of ${show(id)} must be written #rrggbb, received ${show(colour)}`);
    return colour;
  };
  const organisations: ColouredParty[] = [];
  const coalitions: ColouredParty[] = [];
  for (const party of byKey.values()) (party.ids.length > 1 ? coalitions : organisations).push(party);
  const organisationIds = new Set(organisations.map((party) => party.colourKey));
  const coalitionKeys = new Map<string, number>();
  for (const party of coalitions) coalitionKeys.set(party.colourKey, (coalitionKeys.get(party.colourKey) ?? 0) + 1);
  const out = new Map<string, Swatch>();
  // Organisations' fills by id, given or assigned, to work out coalitions' colours from.
  const fills = new Map<string, string>();
  const missing: ColouredParty[] = [];
  for (const party of organisations) {
    const colour = givenColour(party.colourKey);
    if (colour === undefined) missing.push(party);
    else {
      const swatch = swatchOf(colour);
      out.set(party.key, swatch);
      fills.set(party.colourKey, swatch.fill);
    }
  }
  const worked: ColouredParty[] = [];
  for (const party of coalitions) {
    const shared = organisationIds.has(party.colourKey) || (coalitionKeys.get(party.colourKey) ?? 0) > 1;
    const colour = shared ? undefined : givenColour(party.colourKey);
    if (colour === undefined) worked.push(party);
    else out.set(party.key, swatchOf(colour));
  }
  // A coalition's members need colours too, to work out the coalition's.
  const missingIds = missing.map((party) => party.colourKey);
  const missingSet = new Set(missingIds);
  const memberIds = worked.flatMap((party) => party.ids).filter((id) => !fills.has(id) && !missingSet.has(id) && givenColour(id) === undefined);
  const assigned = organisationColours(missingIds);
  const memberAssigned = memberIds.length === 0 ? assigned : organisationColours([...missingIds, ...memberIds]);
  // A palette has few colours: work out each one's swatch once, not once per organisation.
  const swatches = new Map<string, Swatch>();
  const swatch = (fill: string): Swatch => {
    let known = swatches.get(fill);
    if (known === undefined) swatches.set(fill, (known = swatchOf(fill)));
    return known;
  };
  for (const party of missing) {
    const colour = swatch(assigned[party.colourKey] ?? "#000000");
    out.set(party.key, colour);
    fills.set(party.colourKey, colour.fill);
  }
  for (const party of worked) {
    const memberFills = party.ids.map((id) => givenColour(id) ?? fills.get(id) ?? memberAssigned[id] ?? "#000000");
    let slot = hash(memberFills.join("|")) % OKABE_ITO.length;
    for (let tries = 0; tries < OKABE_ITO.length && memberFills.includes(OKABE_ITO[slot] ?? ""); tries++) slot = (slot + 1) % OKABE_ITO.length;
    out.set(party.key, swatch(OKABE_ITO[slot] ?? "#000000"));
  }
  return out;
}
