import type { FundingPeriod, GovernanceModel, Mandate, Organisation, Population, Region, ScenarioDocument } from "../../model/types.js";
import { ORGANISATIONS } from "../data/organisations.js";
import { POPULATION } from "../data/population.js";
import { SECTORS } from "../data/sectors.js";
import { SOURCES } from "../data/sources.js";
import { THEMES } from "../data/themes.js";
import { show } from "../../internal/show.js";

/** What differs between the Dutch documents; the rest is shared. */
export interface DocumentParts {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly regions: readonly Region[];
  /** Theme ids to leave out (the historical ones in the current scenarios). */
  readonly withoutThemes?: readonly string[];
  /** Ids of the real organisations in the dataset to include, in this order. */
  readonly organisations: readonly string[];
  /** Organisations that exist only in this document, such as a hypothetical body. */
  readonly extraOrganisations?: readonly Organisation[];
  readonly mandates: readonly Mandate[];
  readonly model: GovernanceModel;
  /** Federation ties that hold only in this document, by organisation id, added to `memberOf`. */
  readonly addMemberOf?: Readonly<Record<string, readonly string[]>>;
  /** The teacher population; the shared assumption when left out. */
  readonly population?: Population;
  /** Funding periods of the scenario, each citing its source by `source`. */
  readonly funding?: readonly FundingPeriod[];
}

/** Every id listed under a `sources` key anywhere in the value. */
function citedSources(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedSources(item, into);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "sources" && Array.isArray(item)) {
        for (const id of item) if (typeof id === "string") into.add(id);
      } else {
        citedSources(item, into);
      }
    }
  }
  return into;
}

/**
 * Builds one raw scenario document from the shared building blocks, with only
 * the sources it cites, as a fresh copy the caller may change.
 */
export function composeDocument(parts: DocumentParts): ScenarioDocument {
  const withoutThemes = new Set(parts.withoutThemes ?? []);
  const organisations = parts.organisations.map((id) => {
    const found = ORGANISATIONS.find((org) => org.id === id);
    if (found === undefined) throw new Error(`composeDocument: unknown organisation ${show(id)}`);
    const more = parts.addMemberOf?.[id];
    return more === undefined ? found : { ...found, memberOf: [...(found.memberOf ?? []), ...more] };
  });
  const body = {
    sectors: SECTORS,
    regions: parts.regions,
    themes: THEMES.filter((theme) => !withoutThemes.has(theme.id)),
    organisations: [...organisations, ...(parts.extraOrganisations ?? [])],
    mandates: parts.mandates,
    population: parts.population ?? POPULATION,
    model: parts.model,
  };
  const cited = citedSources(body, new Set<string>());
  for (const period of parts.funding ?? []) if (period.source !== undefined) cited.add(period.source);
  const document: ScenarioDocument = {
    schemaVersion: 1,
    id: parts.id,
    name: parts.name,
    description: parts.description,
    sources: SOURCES.filter((source) => cited.has(source.id)),
    ...body,
    ...(parts.funding === undefined ? {} : { funding: parts.funding }),
  };
  return structuredClone(document);
}
