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
  return out;
}

/** Every Dutch document, parsed anew. */
const scenarios = (): Scenario[] => nl.documentNames.map(fresh);

describe("sources", () => {
  it("gives every source a title, and every outside source an address or the letter's note", () => {
    for (const source of nl.sources) {
      expect(source.title.length, source.id).toBeGreaterThan(0);
      if (["letter", "assumption", "illustration"].includes(source.id)) expect(source.note, source.id).toBeDefined();
      else expect(source.url, source.id).toMatch(/^https?:\/\//);
    }
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
