/** Scenario builders for the time tests: a fixture document, edited, then parsed. */
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import { fixtureJson } from "../fixtures/load.js";

/** A mutable copy of a scenario document. */
export type Doc = any;

/** A fixture, edited by `edit` and parsed. */
export function world(edit: (d: Doc) => void = () => undefined, name: "worked-coordination" | "worked-oc2" = "worked-coordination"): Scenario {
  const d = structuredClone(fixtureJson(name)) as Doc;
  edit(d);
  return parseScenario(d);
}

/** The worked coordination world under an alternative model whose only rule is `then`. */
export function ruled(then: Doc, edit: (d: Doc) => void = () => undefined): Scenario {
  return world((d) => {
    d.model = { kind: "alternative", name: "Test", rules: [{ id: "r1", then }] };
    edit(d);
  });
}

/** Each interval as `[from, until, status, lead]`. */
export function spans(intervals: readonly { from: string; until: string; representation: { status: string; lead: string | null } }[]): unknown[] {
  return intervals.map((i) => [i.from, i.until, i.representation.status, i.representation.lead]);
}
