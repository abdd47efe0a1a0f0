/**
 * The page's state in the address (after `#`), so that a link shows what its sender saw:
 * the scenario (a Dutch document's name, or the JSON itself), the day, the region and
 * sector picked, the cell explained and the language.
 */
import type { PageLocale } from "./words.js";

export interface PageState {
  /** A Dutch document's name, or "custom" with `json`. */
  readonly scenario: string;
  readonly json?: string;
  readonly on?: string;
  readonly region?: string;
  readonly sector?: string;
  /** The cell explained: theme, region and sector joined by "|". */
  readonly cell?: string;
  readonly lang: PageLocale;
}

const KEYS = ["scenario", "json", "on", "region", "sector", "cell", "lang"] as const;

/** Reads the state from an address's hash; anything missing falls back to the Dutch coordination scenario in English. */
export function readAddress(hash: string): PageState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const get = (key: string): string | undefined => params.get(key) ?? undefined;
  const lang = get("lang") === "nl" ? "nl" : "en";
  const state: Record<string, string> = { scenario: get("scenario") ?? "coordination", lang };
  for (const key of KEYS) {
    const value = get(key);
    if (value !== undefined && key !== "lang" && key !== "scenario") state[key] = value;
  }
  return state as unknown as PageState;
}

/** The hash that holds the state. */
export function writeAddress(state: PageState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value !== undefined && value !== "") params.set(key, value);
  }
  return `#${params.toString()}`;
}
