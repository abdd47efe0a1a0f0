/**
 * Small scenario builders for the resolution and governance tests: a fixture
 * document, copied and edited, then parsed like any other input.
 */
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import { fixtureJson } from "../fixtures/load.js";

/** A mutable copy of a scenario document, typed loosely enough to edit in a test. */
export type Doc = Record<string, any>;

/** A fresh, editable copy of a fixture document. */
export function doc(name: "worked-coordination" | "worked-oc2" = "worked-coordination"): Doc {
  return structuredClone(fixtureJson(name)) as Doc;
}

/** A fixture, edited by `edit` and parsed. */
export function world(edit: (d: Doc) => void, name: "worked-coordination" | "worked-oc2" = "worked-coordination"): Scenario {
  const d = doc(name);
  edit(d);
  return parseScenario(d);
}

/** A lead or member mandate for a test, granted by agreement `a1` from 2025-01-01 unless overridden. */
export function mandate(
  id: string,
  holder: string,
  scope: { themes?: string[] | "all"; regions?: string[]; sectors?: string[] | "all" },
  extra: Doc = {},
): Doc {
  return {
    id,
    holder,
    role: "lead",
    scope: { themes: scope.themes ?? "all", regions: scope.regions ?? ["nl"], sectors: scope.sectors ?? "all" },
    validFrom: "2025-01-01",
    grant: { by: "agreement", agreement: "a1" },
    ...extra,
  };
}

/**
 * A world with trees five levels deep: regions nl > prov > gem > wijk > buurt
 * (with a sibling at every level), themes vak > vak-po > rekenen > breuken > delen,
 * under an alternative model with no rules unless `edit` adds some.
 */
export function deepWorld(edit: (d: Doc) => void = () => undefined): Scenario {
  const d: Doc = {
    schemaVersion: 1,
    id: "deep",
    name: "Deep trees",
    sectors: [
      { id: "po", name: "Primair onderwijs" },
      { id: "vo", name: "Voortgezet onderwijs" },
    ],
    regions: [
      { id: "nl", name: "Nederland", level: "national" },
      { id: "prov", name: "Provincie", level: "province", parent: "nl" },
      { id: "prov-2", name: "Andere provincie", level: "province", parent: "nl" },
      { id: "gem", name: "Gemeente", level: "municipality", parent: "prov" },
      { id: "gem-2", name: "Andere gemeente", level: "municipality", parent: "prov" },
      { id: "wijk", name: "Wijk", level: "district", parent: "gem" },
      { id: "wijk-2", name: "Andere wijk", level: "district", parent: "gem" },
      { id: "buurt", name: "Buurt", level: "neighbourhood", parent: "wijk" },
      { id: "buurt-2", name: "Andere buurt", level: "neighbourhood", parent: "wijk" },
    ],
    themes: [
      { id: "vak", name: "Vakinhoud", kind: "professional" },
      { id: "vak-po", name: "Vakinhoud po", parent: "vak" },
      { id: "rekenen", name: "Rekenen", parent: "vak-po" },
      { id: "breuken", name: "Breuken", parent: "rekenen" },
      { id: "delen", name: "Delen", parent: "breuken" },
      { id: "taal", name: "Taal", parent: "vak-po" },
      { id: "loon", name: "Loon", kind: "labour" },
      { id: "loon-po", name: "Loon po", parent: "loon" },
      { id: "werkdruk", name: "Werkdruk", parent: "loon", kind: "professional" },
    ],
    organisations: ["a", "b", "c", "d"].map((id) => ({ id, name: `Organisation ${id}`, kind: "union", sectors: ["po", "vo"] })),
    mandates: [],
    model: { kind: "alternative", name: "Deep", rules: [] },
  };
  edit(d);
  return parseScenario(d);
}
