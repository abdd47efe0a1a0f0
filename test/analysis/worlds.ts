/**
 * Scenario builders for the analysis tests: a worked-example fixture, copied,
 * edited in one place and parsed like any other input.
 */
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import { fixtureJson } from "../fixtures/load.js";

/** A mutable copy of a scenario document, typed loosely enough to edit in a test. */
/** A scenario document under edit: loosely typed on purpose, since tests also build broken shapes. */
export type Doc = any;

type Name = "worked-coordination" | "worked-oc2";

/** A fixture, edited by `edit` (when given) and parsed. */
export function world(name: Name, edit: (d: Doc) => void = () => undefined): Scenario {
  const d = structuredClone(fixtureJson(name)) as Doc;
  edit(d);
  return parseScenario(d);
}

/** The worked OC 2.0 world with every kind of closeness to teachers taken away; edit it back in one place. */
export function distantOc2(edit: (d: Doc) => void = () => undefined): Scenario {
  return world("worked-oc2", (d) => {
    d.model.chapters = [];
    d.model.board.teacherSeats = 0;
    d.model.assembly = { openToUnorganised: false, delegatesPerOrganisation: 1 };
    edit(d);
  });
}

/** The worked coordination world under an alternative model with the given rules. */
export function alternative(rules: Doc[]): Scenario {
  return world("worked-coordination", (d) => {
    d.model = { kind: "alternative", name: "Test alternative", rules };
  });
}

/** A lead mandate granted by agreement `a1` from 2025-01-01 unless overridden. */
export function mandate(id: string, holder: string, scope: { themes?: string[] | "all"; regions?: string[]; sectors?: string[] | "all" }, extra: Doc = {}): Doc {
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
