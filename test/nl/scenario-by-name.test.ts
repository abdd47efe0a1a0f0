import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/index.js";
import { nl, type NlDocumentName } from "../../src/nl/index.js";

const KNOWN = "expected one of coordination, oc2, alternative, history-oc, history-lc, history-representation";

describe("nl.scenario(name)", () => {
  it("gives the same parsed, frozen value as the named accessors, for every document name", () => {
    const named: Record<NlDocumentName, unknown> = {
      coordination: nl.scenarios.coordination,
      oc2: nl.scenarios.oc2,
      alternative: nl.scenarios.alternative,
      "history-oc": nl.history.oc,
      "history-lc": nl.history.lc,
      "history-representation": nl.history.representation,
    };
    for (const name of nl.documentNames) {
      const scenario = nl.scenario(name);
      expect(scenario).toBe(named[name]);
      expect(nl.scenario(name)).toBe(scenario);
      expect(Object.isFrozen(scenario.organisations)).toBe(true);
    }
  });

  it("parses the document of the same name", () => {
    for (const name of nl.documentNames) expect(nl.scenario(name)).toEqual(parseScenario(nl.document(name)));
  });

  it("refuses an unknown name, listing the known ones, whatever the name holds", () => {
    expect(() => nl.scenario("oc3" as NlDocumentName)).toThrow(`nl.scenario: unknown scenario "oc3"; ${KNOWN}`);
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(() => nl.scenario(name as NlDocumentName)).toThrow(`nl.scenario: unknown scenario "${name}"; ${KNOWN}`);
    }
    const lookalike = { toString: () => "oc2" } as unknown as NlDocumentName;
    expect(() => nl.scenario(lookalike)).toThrow(/^nl\.scenario: unknown scenario \{"toString":\(\) => "oc2"\}; expected one of/);
    expect(() => nl.scenario(undefined as unknown as NlDocumentName)).toThrow(/^nl\.scenario: unknown scenario undefined;/);
  });
});
