import { deepFreeze } from "../internal/deep-freeze.js";
import { parseScenario } from "../governance/parse-scenario.js";
import type { Organisation, Population, Region, Scenario, ScenarioDocument, Sector, Source, Theme } from "../model/types.js";
import { ORGANISATIONS } from "./data/organisations.js";
import { POPULATION } from "./data/population.js";
import { REGIONS } from "./data/regions.js";
import { SECTORS } from "./data/sectors.js";
import { SOURCES } from "./data/sources.js";
import { THEMES } from "./data/themes.js";
import { TIMELINE } from "./data/timeline.js";
import { DOCUMENT_NAMES, DOCUMENTS } from "./documents/index.js";
import type { NlDocumentName, TimelineEvent } from "./types.js";
import { show } from "../internal/show.js";

/** The three models of the letter as parsed scenarios. @category Dutch case */
export interface NlScenarios {
  /** Model 1: the four organisations agree who represents where (an illustration). */
  readonly coordination: Scenario;
  /** Model 2: a new body, OC 2.0, holds the substantive representation (an illustration). */
  readonly oc2: Scenario;
  /** Model 3: sector chambers with a rotating chair, as a teachers' council might propose. */
  readonly alternative: Scenario;
}

/** The two earlier attempts as parsed scenarios, with their structure as far as sources show it. @category Dutch case */
export interface NlHistory {
  /** The Onderwijscoöperatie, 2011 to 1 January 2019. */
  readonly oc: Scenario;
  /** The Lerarencollectief, 2019 to 28 June 2023. */
  readonly lc: Scenario;
  /** Who represented the profession on its professional themes from 2011 to 2026: the OC years, the gap, the LC years, today. */
  readonly representation: Scenario;
}

/** The shape of {@link nl}: the Dutch case as data, every fact with its source. @category Dutch case */
export interface NlDataset {
  /** Every source cited anywhere in the dataset, including the `assumption` and `illustration` marks. */
  readonly sources: readonly Source[];
  /** Dated events from the 2008 action plan to the onderwijsregio's, in date order. */
  readonly timeline: readonly TimelineEvent[];
  readonly sectors: readonly Sector[];
  /** The national root and the onderwijsregio's public sources name: a partial list. */
  readonly regions: readonly Region[];
  /** The letter's themes, the historical register themes and working conditions. */
  readonly themes: readonly Theme[];
  /** The real organisations, historical ones included. */
  readonly organisations: readonly Organisation[];
  /** The teacher population (an assumption, marked as such). */
  readonly population: Population;
  /** Display names by organisation id (short names where there are), for `explain`. */
  readonly names: Readonly<Record<string, string>>;
  readonly scenarios: NlScenarios;
  readonly history: NlHistory;
  /** The names {@link NlDataset.document} and {@link NlDataset.scenario} accept. */
  readonly documentNames: readonly NlDocumentName[];
  /**
   * A fresh, unvalidated copy of one raw document, to change and parse again.
   *
   * @param name - one of {@link NlDataset.documentNames}
   * @returns the raw document, not frozen; the caller owns it
   * @throws Error starting `nl.document:` for an unknown name
   */
  document(name: NlDocumentName): ScenarioDocument;
  /**
   * The parsed scenario of one document by its name: the same frozen value as
   * `nl.scenarios.*` or `nl.history.*`, parsed on first use and kept. For apps that let
   * their users pick a document by name (a command line, a page's address).
   *
   * @param name - one of {@link NlDataset.documentNames}
   * @returns the parsed, deeply frozen scenario; the same value on every call
   * @throws Error starting `nl.scenario:` for an unknown name, listing the known ones
   * @example
   * ```ts
   * nl.scenario("oc2") === nl.scenarios.oc2; // => true
   * nl.scenario("history-oc") === nl.history.oc; // => true
   * nl.scenario("history-lc").model.kind; // => "oc2"
   * ```
   */
  scenario(name: NlDocumentName): Scenario;
}

/** Values computed on first use and kept; the module itself does no work on import. */
interface Cache {
  sources?: readonly Source[];
  timeline?: readonly TimelineEvent[];
  sectors?: readonly Sector[];
  regions?: readonly Region[];
  themes?: readonly Theme[];
  organisations?: readonly Organisation[];
  population?: Population;
  names?: Readonly<Record<string, string>>;
  documentNames?: readonly NlDocumentName[];
  scenarios: Partial<Record<NlDocumentName, Scenario>>;
}

const cache: Cache = { scenarios: {} };

function frozenCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

/** Refuses a name that is not a document's, for the accessor `fn`. */
function checkName(name: unknown, fn: string, what: string): asserts name is NlDocumentName {
  // Plain JavaScript callers may pass anything, and an own-property check keeps "toString" out.
  if (typeof name !== "string" || !Object.hasOwn(DOCUMENTS, name)) {
    throw new Error(`${fn}: unknown ${what} ${show(name)}; expected one of ${DOCUMENT_NAMES.join(", ")}`);
  }
}

function document(name: NlDocumentName): ScenarioDocument {
  checkName(name, "nl.document", "document");
  return DOCUMENTS[name]();
}

function scenario(name: NlDocumentName): Scenario {
  checkName(name, "nl.scenario", "scenario");
  return (cache.scenarios[name] ??= parseScenario(DOCUMENTS[name]()));
}

function names(): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of DOCUMENT_NAMES) {
    for (const org of scenario(name).organisations) out[org.id] = org.shortName ?? org.name;
  }
  return Object.freeze(out);
}

/**
 * Freezes an object and every object held in its own data properties, without reading
 * its getters: a getter of a frozen object can no longer be replaced or deleted, yet it
 * still runs on each read and keeps what it works out in `cache`, so laziness stays.
 */
function freezeShape<T extends object>(value: T): T {
  // Already frozen: walked before (a function's prototype points back to it).
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
    // The getters themselves are functions too, reachable through the descriptor.
    const held: unknown = descriptor.value;
    const getter: unknown = Reflect.get(descriptor, "get");
    for (const part of [held, getter]) if ((typeof part === "object" && part !== null) || typeof part === "function") freezeShape(part);
  }
  return value;
}

/**
 * The Dutch case as an embedded dataset: sources, a timeline, the building
 * blocks, the letter's three models and the two earlier attempts. Scenarios are
 * parsed on first access and kept; every value is deeply frozen.
 *
 * @example
 * ```ts
 * import { resolve } from "beroepsgroep";
 * import { nl } from "beroepsgroep/nl";
 *
 * nl.scenarios.coordination.model.kind; // => "coordination"
 * nl.history.oc.model.kind === "oc2" && nl.history.oc.model.established; // => "2011-03-01"
 * resolve(nl.history.oc, { theme: "curriculum", region: "nl", on: "2015-06-01" }).lead; // => "oc"
 * nl.timeline[0]?.on; // => "2008-04-16"
 * ```
 * @category Dutch case
 */
export const nl: NlDataset = freezeShape({
  get sources() {
    return (cache.sources ??= frozenCopy(SOURCES));
  },
  get timeline() {
    return (cache.timeline ??= frozenCopy(TIMELINE));
  },
  get sectors() {
    return (cache.sectors ??= frozenCopy(SECTORS));
  },
  get regions() {
    return (cache.regions ??= frozenCopy(REGIONS));
  },
  get themes() {
    return (cache.themes ??= frozenCopy(THEMES));
  },
  get organisations() {
    return (cache.organisations ??= frozenCopy(ORGANISATIONS));
  },
  get population() {
    return (cache.population ??= frozenCopy(POPULATION));
  },
  get names() {
    return (cache.names ??= names());
  },
  get documentNames() {
    return (cache.documentNames ??= frozenCopy(DOCUMENT_NAMES));
  },
  scenarios: {
    get coordination() {
      return scenario("coordination");
    },
    get oc2() {
      return scenario("oc2");
    },
    get alternative() {
      return scenario("alternative");
    },
  },
  history: {
    get oc() {
      return scenario("history-oc");
    },
    get lc() {
      return scenario("history-lc");
    },
    get representation() {
      return scenario("history-representation");
    },
  },
  document,
  scenario,
});
