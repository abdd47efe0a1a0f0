import { beforeEach, describe, expect, it, vi } from "vitest";

// The setup file imports the Dutch locale for every test; here each test starts from
// fresh modules and an empty registry, as an app that never imported
// "beroepsgroep/locale/nl".
async function freshLibrary() {
  vi.resetModules();
  const registry = await import("../../src/locale/registry.js");
  registry.forgetLocales();
  // The main entry and the pictures (`beroepsgroep/report`), from the same fresh modules.
  const [main, report] = await Promise.all([import("../../src/index.js"), import("../../src/report-entry.js")]);
  return { ...main, ...report };
}

const NOT_LOADED = 'the Dutch locale is not loaded: import "beroepsgroep/locale/nl" once before asking for locale "nl"';

describe("asking for Dutch without importing beroepsgroep/locale/nl", () => {
  beforeEach(() => {
    vi.resetModules();
    // Leave the registry as the other test files expect it: Dutch loaded.
    return async () => {
      const registry = await import("../../src/locale/registry.js");
      const { dutch } = await import("../../src/locale/nl/catalogue.js");
      registry.registerLocale(dutch);
    };
  });

  it("every function that takes a locale names itself and the import to add", async () => {
    const lib = await freshLibrary();
    const scenario = lib.parseScenario(JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(new URL("../fixtures/worked-oc2.json", import.meta.url), "utf8"))));
    const on = "2026-06-01";
    const matrix = lib.representationMatrix(scenario, { on });
    const answer = matrix.cells[0]!;
    expect(() => lib.explain(answer, { locale: "nl" })).toThrow(`explain: ${NOT_LOADED}`);
    expect(() => lib.renderMatrix(matrix, { format: "markdown", locale: "nl" })).toThrow(`renderMatrix: ${NOT_LOADED}`);
    expect(() => lib.renderStructure(scenario, { locale: "nl" })).toThrow(`renderStructure: ${NOT_LOADED}`);
    expect(() => lib.findPitfalls(scenario, { on, locale: "nl" })).toThrow(`findPitfalls: ${NOT_LOADED}`);
    expect(() => lib.compareScenarios([scenario], { on, locale: "nl" })).toThrow(`compareScenarios: ${NOT_LOADED}`);
    const council = { options: [{ kind: "scenario" as const, id: "a", name: "A" }], participants: [{ id: "t1" }], ballots: [{ participant: "t1", ranking: ["a"] }], tally: { method: "plurality" as const } };
    const { deliberate, renderTally, tally } = await import("../../src/council.js");
    expect(() => deliberate(council, { locale: "nl" })).toThrow(`deliberate: ${NOT_LOADED}`);
    const result = tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a"] }] }, { method: "plurality" });
    expect(() => renderTally(result, { format: "markdown", locale: "nl" })).toThrow(`renderTally: ${NOT_LOADED}`);
    const timeline = lib.matrixTimeline(scenario, { from: "2026-01-01", until: "2026-06-01" });
    expect(() => lib.renderTimeline(timeline, { locale: "nl" })).toThrow(`renderTimeline: ${NOT_LOADED}`);
    // English needs no import.
    expect(lib.explain(answer)).toContain(" on 2026-06-01");
  });

  it("works once the entry is imported, and the catalogue itself works without registering", async () => {
    const lib = await freshLibrary();
    const { dutch } = await import("../../src/locale/nl/catalogue.js");
    const scenario = lib.parseScenario(JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(new URL("../fixtures/worked-oc2.json", import.meta.url), "utf8"))));
    expect(lib.renderStructure(scenario, { locale: dutch })).toContain("Structuur van");
    expect(() => lib.renderStructure(scenario, { locale: "nl" })).toThrow(NOT_LOADED);
    await import("../../src/locale/nl/index.js");
    expect(lib.renderStructure(scenario, { locale: "nl" })).toBe(lib.renderStructure(scenario, { locale: dutch }));
  });

  it("a locale that is neither loaded nor known is refused as before", async () => {
    const lib = await freshLibrary();
    const scenario = lib.parseScenario(JSON.parse(await import("node:fs").then((fs) => fs.readFileSync(new URL("../fixtures/worked-oc2.json", import.meta.url), "utf8"))));
    expect(() => lib.renderStructure(scenario, { locale: "fr" as never })).toThrow('renderStructure: locale must be "en" or "nl", received "fr"');
    expect(() => lib.renderStructure(scenario, { locale: { code: "fr" } as never })).toThrow("renderStructure: locale must be");
  });
});
