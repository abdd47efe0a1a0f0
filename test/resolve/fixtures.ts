/**
 * Fixtures of the resolution tests: the shared builders (a fixture document, copied,
 * edited and parsed like any other input) and a world with deep trees.
 */
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import type { Representation } from "../../src/resolve/representation.js";
import type { Doc } from "../fixtures/load.js";

export { doc, type Doc, mandate, world } from "../fixtures/load.js";

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

/** An answer written by hand (unrepresented on curriculum, west, vo, 2025-06-01 unless `extra` says otherwise): explain must render it as it stands. */
export function handWritten(extra: Partial<Representation>): Representation {
  return {
    theme: "curriculum",
    region: "west",
    sector: "vo",
    on: "2025-06-01",
    model: "coordination",
    status: "unrepresented",
    lead: null,
    leads: [],
    delegation: [],
    contenders: [],
    contendingParties: [],
    basis: [],
    ...extra,
  };
}
