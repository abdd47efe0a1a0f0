import type { Catalogue } from "./catalogue.js";
import { english } from "./en/catalogue.js";
import { show } from "../internal/show.js";

/** The entry to import for each language that is not built in, by code. */
const ENTRIES: Readonly<Record<string, { readonly language: string; readonly entry: string }>> = {
  nl: { language: "Dutch", entry: "beroepsgroep/locale/nl" },
};

/**
 * The loaded languages by code. They live on `globalThis` under a registered symbol,
 * so a language entry loaded as CommonJS registers with a main entry loaded as an
 * ES module (or the other way round), and with a second copy of the library.
 */
const KEY = Symbol.for("beroepsgroep.locales");

function loaded(): Map<string, Catalogue> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Catalogue> | undefined>;
  let map = holder[KEY];
  if (map === undefined) {
    map = new Map();
    holder[KEY] = map;
  }
  return map;
}

/** Makes a catalogue answer to its code in `locale` options; a language entry calls it when imported. */
export function registerLocale(catalogue: Catalogue): void {
  loaded().set(catalogue.code, catalogue);
}

/** Forgets every registered language, as if no language entry had been imported; for tests. */
export function forgetLocales(): void {
  loaded().clear();
}

function isCatalogue(value: object): value is Catalogue {
  const c = value as Partial<Record<keyof Catalogue, unknown>>;
  return typeof c.code === "string" && [c.numbers, c.explain, c.labels, c.structure, c.findings, c.council, c.cli].every((part) => typeof part === "object" && part !== null);
}

/** What a `locale` option names: a catalogue, or why it names none (a message without the function's name). */
export type ReadLocale = { readonly ok: true; readonly catalogue: Catalogue } | { readonly ok: false; readonly message: string };

/**
 * Reads a `locale` option: English when it is undefined, a loaded language by its
 * code, or the catalogue passed itself; else why not (the language's entry was not
 * imported, or the value is no locale). Never throws.
 */
export function readLocale(locale: unknown): ReadLocale {
  if (locale === undefined || locale === "en") return { ok: true, catalogue: english };
  if (typeof locale === "string") {
    const found = loaded().get(locale);
    if (found !== undefined) return { ok: true, catalogue: found };
    const known = Object.hasOwn(ENTRIES, locale) ? ENTRIES[locale] : undefined;
    if (known !== undefined) return { ok: false, message: `the ${known.language} locale is not loaded: import "${known.entry}" once before asking for locale ${show(locale)}` };
  } else if (typeof locale === "object" && locale !== null && isCatalogue(locale)) {
    return { ok: true, catalogue: locale };
  }
  return { ok: false, message: `locale must be "en" or "nl", received ${show(locale)}` };
}

/**
 * The catalogue a `locale` option names: English when it is undefined, a loaded
 * language by its code, or the catalogue passed itself.
 * @throws Error naming `fn` when the language's entry was not imported, or for anything else
 */
export function catalogueFor(locale: unknown, fn: string): Catalogue {
  const read = readLocale(locale);
  if (read.ok) return read.catalogue;
  throw new Error(`${fn}: ${read.message}`);
}
