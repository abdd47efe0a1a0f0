import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/index.js";
import { nl } from "../../src/nl/index.js";
import { fresh, proposal } from "./fixtures.js";

interface Entity {
  readonly where: string;
  readonly sources: readonly string[] | undefined;
}

/** Every entity of a scenario that can carry sources: sectors, regions, themes, organisations, mandates, population, model. */
function entities(scenario: Scenario): Entity[] {
  const out: Entity[] = [];
  const add = (kind: string, list: readonly { id: string; sources?: readonly string[] }[]): void => {
    for (const item of list) out.push({ where: `${scenario.id} ${kind} ${item.id}`, sources: item.sources });
  };
  add("sector", scenario.sectors);
  add("region", scenario.regions);
  add("theme", scenario.themes);
  add("organisation", scenario.organisations);
  add("mandate", scenario.mandates);
  out.push({ where: `${scenario.id} population`, sources: scenario.population?.sources });
  out.push({ where: `${scenario.id} model`, sources: scenario.model.sources });
  // A funding period cites one source, by `source`.
  for (const period of scenario.funding ?? []) out.push({ where: `${scenario.id} funding ${period.id}`, sources: period.source === undefined ? [] : [period.source] });
  return out;
}

/** Every Dutch document, parsed anew. */
const scenarios = (): Scenario[] => nl.documentNames.map(fresh);

describe("sources", () => {
  it("gives every source a title, and every outside source an address or the letter's note", () => {
    for (const source of nl.sources) {
      expect(source.title.length, source.id).toBeGreaterThan(0);
      if (["letter", "assumption", "illustration"].includes(source.id)) expect(source.note, source.id).toBeDefined();
      else if (source.url !== undefined) expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
  });

  it("cites by title, number and date, never by an invented address, the two outside sources whose address is not known", () => {
    const unaddressed = nl.sources.filter((s) => s.url === undefined && !["letter", "assumption", "illustration"].includes(s.id));
    expect(unaddressed.map((s) => s.id)).toEqual(["register-act", "lerarenstrategie-2023"]);
    for (const source of unaddressed) {
      expect(source.date, source.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.note, source.id).toMatch(/no (?:public )?address/i);
    }
  });

  it("tells the act of 2017 (Staatsblad 2017, 85) from the decree that set its entry into force (Staatsblad 2017, 293)", () => {
    const source = (id: string) => nl.sources.find((s) => s.id === id);
    expect(source("register-act")?.title).toMatch(/^Act of 22 February 2017 .*\(Staatsblad 2017, 85\)$/);
    expect(source("register-act")?.date).toBe("2017-02-22");
    expect(source("register-in-force")?.title).toMatch(/^Decree setting the entry into force .*\(Staatsblad 2017, 293\)$/);
    expect(source("register-in-force")?.url).toBe("https://zoek.officielebekendmakingen.nl/stb-2017-293.html");
    expect(source("register-in-force")?.note).toMatch(/^Not the act: the act is Staatsblad 2017, 85/);
    // No source calls the entry-into-force decree the act any more.
    expect(nl.sources.filter((s) => /Staatsblad 2017, 293/.test(s.title) && /^Act/.test(s.title))).toEqual([]);
  });

  it("keeps the Kamerbrief 'Voortgang lerarenstrategie' that the letter answers, dated 20 June 2023", () => {
    const source = nl.sources.find((s) => s.id === "lerarenstrategie-2023");
    expect(source?.title).toContain("'Voortgang lerarenstrategie'");
    expect(source?.date).toBe("2023-06-20");
    expect(source?.url).toBeUndefined();
  });

  it("leaves no entity in any scenario without a source, and every cited id resolves in that scenario", () => {
    const missing: string[] = [];
    const unresolved: string[] = [];
    for (const scenario of scenarios()) {
      const known = new Set((scenario.sources ?? []).map((s) => s.id));
      for (const entity of entities(scenario)) {
        if (entity.sources === undefined || entity.sources.length === 0) missing.push(entity.where);
        for (const id of entity.sources ?? []) if (!known.has(id)) unresolved.push(`${entity.where}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(unresolved).toEqual([]);
  });

  it("leaves no building block without a source", () => {
    const blocks = [...nl.sectors, ...nl.regions, ...nl.themes, ...nl.organisations, nl.population];
    expect(blocks.filter((b) => (b.sources ?? []).length === 0)).toEqual([]);
  });

  it("leaves no timeline event without a source, and every one resolves in nl.sources", () => {
    const known = new Set(nl.sources.map((s) => s.id));
    for (const event of nl.timeline) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const id of event.sources) expect(known.has(id), `${event.id}: ${id}`).toBe(true);
    }
  });

  it("ships in each scenario exactly the sources it cites", () => {
    for (const scenario of scenarios()) {
      const cited = new Set(entities(scenario).flatMap((e) => e.sources ?? []));
      expect(new Set((scenario.sources ?? []).map((s) => s.id)), scenario.id).toEqual(cited);
    }
  });

  it("cites every source somewhere, and gives each source its own id", () => {
    const cited = new Set([...scenarios().flatMap((s) => entities(s).flatMap((e) => e.sources ?? [])), ...nl.timeline.flatMap((e) => e.sources)]);
    expect(nl.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    expect(new Set(nl.sources.map((s) => s.id)).size).toBe(nl.sources.length);
  });

  it("marks every mandate of a proposed model as an illustration", () => {
    for (const scenario of [proposal.coordination(), proposal.oc2(), proposal.alternative()]) {
      expect(scenario.model.sources).toContain("illustration");
      for (const mandate of scenario.mandates) {
        const marked = mandate.sources?.includes("illustration") === true || mandate.sources?.includes("assumption") === true;
        expect(marked, mandate.id).toBe(true);
      }
    }
  });
});
