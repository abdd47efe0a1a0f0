import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, resolve, type Scenario } from "../../src/index.js";
import { nl, type NlDocumentName } from "../../src/nl/index.js";

const NAMES: readonly NlDocumentName[] = ["coordination", "oc2", "alternative", "history-oc", "history-lc", "history-representation"];
const embedded = (name: NlDocumentName): Scenario =>
  ({ coordination: nl.scenarios.coordination, oc2: nl.scenarios.oc2, alternative: nl.scenarios.alternative, "history-oc": nl.history.oc, "history-lc": nl.history.lc, "history-representation": nl.history.representation })[name];

/** A day from 2008 to 2035, written YYYY-MM-DD. */
const day = fc.date({ min: new Date(Date.UTC(2008, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A document name and a cell of that document, on some day. */
const question = fc.constantFrom(...NAMES).chain((name) => {
  const s = embedded(name);
  return fc.record({
    name: fc.constant(name),
    theme: fc.constantFrom(...s.themes.map((t) => t.id)),
    region: fc.constantFrom(...s.regions.map((r) => r.id)),
    sector: fc.constantFrom<string | null>(null, ...s.sectors.map((x) => x.id)),
    on: day,
  });
});

describe("the Dutch scenarios, on any day and any cell", () => {
  it("never seat an organisation in a delegation on a day it does not exist", () => {
    fc.assert(
      fc.property(question, ({ name, theme, region, sector, on }) => {
        const scenario = embedded(name);
        const answer = resolve(scenario, { theme, region, sector, on });
        for (const id of answer.delegation) {
          const org = scenario.organisations.find((o) => o.id === id);
          expect(org?.founded === undefined || org.founded <= on).toBe(true);
          expect(org?.dissolved === undefined || on < org.dissolved).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("answer the same from the shipped JSON as from the embedded scenario", () => {
    const fromJson = new Map(NAMES.map((name) => [name, parseScenario(JSON.parse(JSON.stringify(nl.document(name))))]));
    fc.assert(
      fc.property(question, ({ name, theme, region, sector, on }) => {
        const json = fromJson.get(name);
        if (json === undefined) throw new Error(`no JSON scenario for ${name}`);
        expect(resolve(json, { theme, region, sector, on })).toEqual(resolve(embedded(name), { theme, region, sector, on }));
      }),
      { numRuns: 300 },
    );
  });
});
