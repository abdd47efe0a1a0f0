import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario } from "../../src/index.js";
import { nl, type NlDocumentName } from "../../src/nl/index.js";
import { figureOf } from "../fixtures/in-force.js";

const NAMES: readonly NlDocumentName[] = ["coordination", "oc2", "alternative", "history-oc", "history-lc", "history-representation"];

describe("the Dutch documents", () => {
  it("lists the six documents by name", () => {
    expect(nl.documentNames).toEqual(NAMES);
  });

  it.each(NAMES)("%s passes parseScenario without issues", (name) => {
    const result = safeParseScenario(nl.document(name));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("parses each scenario once and returns the same frozen value on every access", () => {
    const first = nl.scenarios.coordination;
    expect(nl.scenarios.coordination).toBe(first);
    expect(nl.history.oc).toBe(nl.history.oc);
    for (const scenario of [first, nl.scenarios.oc2, nl.scenarios.alternative, nl.history.oc, nl.history.lc]) {
      expect(Object.isFrozen(scenario)).toBe(true);
      expect(Object.isFrozen(scenario.organisations[0])).toBe(true);
      expect(Object.isFrozen(scenario.model)).toBe(true);
    }
  });

  it("exposes scenarios through getters, so importing the module parses nothing", () => {
    for (const key of ["coordination", "oc2", "alternative"]) {
      expect(typeof Object.getOwnPropertyDescriptor(nl.scenarios, key)?.get).toBe("function");
    }
    for (const key of ["oc", "lc"]) expect(typeof Object.getOwnPropertyDescriptor(nl.history, key)?.get).toBe("function");
    for (const key of ["sources", "timeline", "sectors", "regions", "themes", "organisations", "population", "names"]) {
      expect(typeof Object.getOwnPropertyDescriptor(nl, key)?.get).toBe("function");
    }
  });

  it("matches each parsed scenario to its raw document", () => {
    expect(nl.scenarios.coordination).toEqual(parseScenario(nl.document("coordination")));
    expect(nl.scenarios.oc2).toEqual(parseScenario(nl.document("oc2")));
    expect(nl.scenarios.alternative).toEqual(parseScenario(nl.document("alternative")));
    expect(nl.history.oc).toEqual(parseScenario(nl.document("history-oc")));
    expect(nl.history.lc).toEqual(parseScenario(nl.document("history-lc")));
    expect(nl.history.representation).toEqual(parseScenario(nl.document("history-representation")));
  });

  it("survives a JSON round trip unchanged, as the shipped JSON files do", () => {
    for (const name of NAMES) {
      const json = JSON.parse(JSON.stringify(nl.document(name))) as unknown;
      expect(parseScenario(json)).toEqual(parseScenario(nl.document(name)));
    }
  });

  it("hands out a fresh, unfrozen copy of a document that the caller may change", () => {
    const mine = nl.document("coordination") as unknown as { name: string; mandates: unknown[] };
    expect(Object.isFrozen(mine)).toBe(false);
    mine.name = "changed";
    mine.mandates.length = 0;
    expect(nl.document("coordination").name).toBe("Intensieve afstemming (coordination)");
    expect(nl.scenarios.coordination.mandates.length).toBeGreaterThan(0);
  });

  it("refuses an unknown document name, naming the ones it knows", () => {
    expect(() => nl.document("oc3" as NlDocumentName)).toThrow(
      'nl.document: unknown document "oc3"; expected one of coordination, oc2, alternative, history-oc, history-lc, history-representation',
    );
    expect(() => nl.document("toString" as NlDocumentName)).toThrow(/^nl\.document: unknown document "toString"/);
    // A value that is not a string is refused, even one that turns into a known name.
    const lookalike = { toString: () => "oc2" } as unknown as NlDocumentName;
    expect(() => nl.document(lookalike)).toThrow(/^nl\.document: unknown document \{"toString":\(\) => "oc2"\}; expected one of/);
    expect(() => nl.document(42 as unknown as NlDocumentName)).toThrow(/^nl\.document: unknown document 42;/);
  });
});

describe("the building blocks", () => {
  it("are deeply frozen and kept between accesses", () => {
    for (const list of [nl.sources, nl.timeline, nl.sectors, nl.regions, nl.themes, nl.organisations]) {
      expect(Object.isFrozen(list)).toBe(true);
      expect(Object.isFrozen(list[0])).toBe(true);
    }
    expect(nl.organisations).toBe(nl.organisations);
    expect(Object.isFrozen(nl.population)).toBe(true);
    expect(Object.isFrozen(nl.names)).toBe(true);
    // The first read of nl.names builds it, so its content is checked here too: the short
    // name (or the name) of every organisation in any document, the hypothetical ones included.
    const expected: Record<string, string> = {};
    for (const name of nl.documentNames) for (const o of nl.document(name).organisations) expected[o.id] = o.shortName ?? o.name;
    expect(nl.names).toEqual(expected);
    expect(nl.names["oc2"]).toBe("OC 2.0");
  });

  it("compose into a scenario of an app's own", () => {
    const own = parseScenario({
      schemaVersion: 1,
      id: "own",
      name: "An app's own world",
      sources: nl.sources,
      sectors: nl.sectors,
      regions: nl.regions,
      themes: nl.themes,
      organisations: nl.organisations,
      mandates: [],
      population: nl.population,
      model: { kind: "coordination", parties: ["aob", "cnvo"], agreement: { id: "a", signedOn: "2026-01-01", signatories: ["aob", "cnvo"] }, fallback: "largest-membership" },
    });
    expect(own.organisations.length).toBe(nl.organisations.length);
  });

  it("hold the sectors po, vo, mbo and ho", () => {
    expect(nl.sectors.map((s) => s.id)).toEqual(["po", "vo", "mbo", "ho"]);
  });

  it("hold every theme the letter names, the two historical themes and working conditions as labour", () => {
    const themes = new Map(nl.themes.map((t) => [t.id, t]));
    for (const id of ["beroepsbeeld", "bekwaamheidseisen", "bevoegdheden", "lerarenopleiding", "curriculum", "onderwijsarbeidsmarkt", "team-van-het-jaar", "professionalisering"]) {
      expect(themes.has(id), id).toBe(true);
    }
    expect(themes.get("lerarenregister")?.note).toMatch(/^HISTORICAL/);
    expect(themes.get("professionele-standaard")?.note).toMatch(/^HISTORICAL/);
    expect(themes.get("arbeidsvoorwaarden")?.kind).toBe("labour");
    expect(nl.themes.filter((t) => t.kind === "labour").map((t) => t.id)).toEqual(["arbeidsvoorwaarden"]);
  });

  it("give regions a national root and say plainly that the list of onderwijsregio's is partial", () => {
    const roots = nl.regions.filter((r) => r.parent === undefined);
    expect(roots.map((r) => r.id)).toEqual(["nl"]);
    expect(roots[0]?.note).toMatch(/PARTIAL/);
    expect(roots[0]?.note).toMatch(/50 onderwijsregio's/);
    expect(nl.regions.filter((r) => r.level.startsWith("onderwijsregio")).length).toBe(9);
  });

  it("date every membership figure and mark the undated or assumed ones", () => {
    const withFigures = nl.organisations.filter((o) => o.members !== undefined);
    expect(withFigures.map((o) => o.id)).toEqual(["aob", "cnvo", "fvov", "pvvvo"]);
    for (const org of withFigures) expect(figureOf(org)?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The AOb's four dated figures are a series: on a day the latest on or before it holds.
    expect(nl.organisations.find((o) => o.id === "aob")?.members).toEqual([
      { total: 73_000, asOf: "1997-01-01", source: "aob-about" },
      { total: 71_687, asOf: "1998-01-01" },
      { total: 85_121, asOf: "2018-01-01" },
      { total: 84_064, asOf: "2020-01-01", source: "aob-members-2019" },
    ]);
    for (const id of ["fvov", "pvvvo"]) {
      const org = nl.organisations.find((o) => o.id === id);
      expect(org?.sources).toContain("assumption");
      expect(org?.note).toMatch(/ASSUMPTION/);
    }
  });

  it("mark the teacher population as an assumption", () => {
    expect(nl.population.sources).toContain("assumption");
    expect(nl.population.note).toMatch(/^ASSUMPTION/);
  });

  it("record the federation ties the sources give", () => {
    const memberOf = (id: string): readonly string[] | undefined => nl.organisations.find((o) => o.id === id)?.memberOf;
    expect(memberOf("aob")).toEqual(["fnv"]);
    expect(memberOf("cnvo")).toEqual(["cnv"]);
    expect(memberOf("fvov")).toEqual(["cmhf"]);
    expect(memberOf("cmhf")).toEqual(["vcp"]);
  });

  it("never count a confederation's members as teachers", () => {
    for (const id of ["fnv", "cnv", "cmhf", "vcp"]) {
      const org = nl.organisations.find((o) => o.id === id);
      expect(org?.members).toBeUndefined();
      expect(org?.sectors).toEqual([]);
    }
  });

  it("give display names for every organisation in any document", () => {
    expect(nl.names["cnvo"]).toBe("CNV Onderwijs");
    expect(nl.names["pvvvo"]).toBe("Platform VVVO");
    expect(nl.names["oc2"]).toBe("OC 2.0");
    expect(nl.names["lc"]).toBe("LC");
  });
});
