import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";
import { figureOf } from "../fixtures/in-force.js";

// Every field and every allowed value the format documents is accepted: a document
// using all of them parses, and keeps what it says.

function doc(name: "worked-coordination" | "worked-oc2" = "worked-coordination"): any {
  return structuredClone(fixtureJson(name));
}

function accepted(input: unknown): boolean {
  const result = safeParseScenario(input);
  // The issues are in the failure message when this does not hold.
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return result.success;
}

describe("a document using every optional field", () => {
  it("parses, sources, notes and all", () => {
    const d = doc();
    d.description = "Every field once.";
    d.sources = [{ id: "s1", title: "A letter", url: "https://example.org/letter", publisher: "OCW", date: "2024-05-01", note: "Scanned." }];
    const sourced = { sources: ["s1"], note: "As the letter says." };
    Object.assign(d.sectors[0], sourced);
    Object.assign(d.regions[0], sourced);
    Object.assign(d.themes[0], sourced);
    Object.assign(d.organisations[0], sourced, { shortName: "AOb", memberOf: ["fvov"], dissolved: "2090-01-01" });
    d.organisations[0].members.bySector = { po: 1, vo: 2, mbo: 3 };
    Object.assign(d.mandates[0], sourced, { validUntil: "2030-01-01" });
    d.population = { teachers: 250_000, asOf: "2024-01-01", bySector: { po: 1 }, unorganised: 100_000, ...sourced };
    Object.assign(d.model, sourced, { fallback: "largest-membership" });
    d.model.agreement.validUntil = "2030-01-01";
    const scenario = parseScenario(d);
    expect(scenario.population?.unorganised).toBe(100_000);
    expect(figureOf(scenario.organisations[0])?.bySector).toEqual({ po: 1, vo: 2, mbo: 3 });
    expect(scenario.sources?.[0]?.publisher).toBe("OCW");
  });

  it("parses an OC 2.0 body with every part of its set-up", () => {
    const d = doc("worked-oc2");
    d.model.assembly.delegatesPerOrganisation = 3;
    d.model.advisoryCouncil.allocation = "by sector";
    d.model.funding = { structural: false, annualBudgetEur: 10, fte: 1.5, until: "2030-01-01", source: "OCW" };
    d.model.safeguards = { mandatoryRegister: true };
    d.model.note = "Set up by law.";
    expect(parseScenario(d).model).toMatchObject({ kind: "oc2", funding: { fte: 1.5 }, safeguards: { mandatoryRegister: true } });
  });

  it("parses every form of rule, with every condition", () => {
    const d = doc();
    d.model = {
      kind: "alternative",
      name: "Rules",
      description: "One of each.",
      note: "Made up.",
      rules: [
        { id: "a", when: { themes: ["curriculum"], regions: ["noord"], sectors: ["po"], themeKind: "professional" }, then: { assign: { lead: "aob", members: ["cnvo"] } } },
        { id: "l", when: { themeKind: "labour" }, then: { largestMembership: { among: "all", joint: true } } },
        { id: "r", then: { rotate: { among: ["aob", "cnvo"], every: { years: 1, months: 1, weeks: 1, days: 1 }, startingOn: "2025-01-01" } } },
        { id: "m", then: { mandates: { grants: ["agreement", "statute", "delegation", "authority"] } } },
        { id: "u", then: { unrepresented: { reason: "left open" } } },
      ],
    };
    expect(parseScenario(d).model.kind).toBe("alternative");
  });
});

describe("every allowed value", () => {
  it("of an organisation's kind", () => {
    const kinds = ["union", "professional-association", "federation", "subject-platform", "umbrella", "learning-community", "cooperative", "other"];
    for (const kind of kinds) {
      const d = doc();
      d.organisations[0].kind = kind;
      expect(accepted(d)).toBe(true);
    }
  });

  it("of a coordination fallback, with two parties enough", () => {
    for (const fallback of ["none", "largest-membership", "joint"]) {
      const d = doc();
      d.model.fallback = fallback;
      d.model.parties = ["aob", "cnvo"];
      expect(accepted(d)).toBe(true);
    }
  });

  it("of a grant, an agreement grant included where no agreement exists to check it against", () => {
    const grants = [{ by: "agreement", agreement: "a1" }, { by: "statute" }, { by: "delegation", from: "aob" }, { by: "authority", authority: "OCW" }];
    for (const grant of grants) {
      const d = doc();
      d.mandates[0].grant = grant;
      expect(accepted(d)).toBe(true);
    }
    const oc2 = doc("worked-oc2");
    oc2.mandates[0].grant = { by: "agreement", agreement: "any" };
    expect(accepted(oc2)).toBe(true);
  });

  it("of a rotation period in each unit alone", () => {
    for (const every of [{ years: 1 }, { months: 1 }, { weeks: 1 }, { days: 1 }, { years: 0, days: 2 }]) {
      const d = doc();
      d.model = { kind: "alternative", name: "x", rules: [{ id: "r", then: { rotate: { among: ["aob"], every, startingOn: "2025-01-01" } } }] };
      expect(accepted(d)).toBe(true);
    }
  });
});
