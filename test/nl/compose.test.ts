import { describe, expect, it } from "vitest";
import { nl } from "../../src/nl/index.js";
import { composeDocument, type DocumentParts } from "../../src/nl/documents/compose.js";

/** The smallest parts of a document: two organisations, no mandates, a coordination model. */
function parts(more: Partial<DocumentParts> = {}): DocumentParts {
  return {
    id: "test",
    name: "Test",
    description: "A document composed in a test.",
    regions: [nl.regions[0] ?? { id: "nl", name: "Nederland", level: "national" }],
    organisations: ["aob", "cnvo"],
    mandates: [],
    model: {
      kind: "coordination",
      parties: ["aob", "cnvo"],
      agreement: { id: "a", signedOn: "2026-01-01", signatories: ["aob", "cnvo"] },
      fallback: "none",
      sources: ["illustration"],
    },
    ...more,
  };
}

describe("composeDocument (the builder behind the Dutch documents)", () => {
  it("takes the shared sectors, every theme, the shared population and the named organisations in order", () => {
    const document = composeDocument(parts({ organisations: ["cnvo", "aob"] }));
    expect(document.sectors).toEqual(nl.sectors);
    expect(document.themes).toEqual(nl.themes);
    expect(document.population).toEqual(nl.population);
    expect(document.organisations.map((o) => o.id)).toEqual(["cnvo", "aob"]);
    expect(document.schemaVersion).toBe(1);
  });

  it("ships exactly the sources cited anywhere in it, in the dataset's order, and only those", () => {
    const document = composeDocument(parts());
    const cited = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === "object") {
        for (const [key, item] of Object.entries(value)) {
          if (key === "sources" && Array.isArray(item) && item.every((id) => typeof id === "string")) item.forEach((id: string) => cited.add(id));
          else walk(item);
        }
      }
    };
    walk({ ...document, sources: undefined });
    expect((document.sources ?? []).map((s) => s.id)).toEqual(nl.sources.map((s) => s.id).filter((id) => cited.has(id)));
    expect(cited.has("illustration") && cited.has("letter")).toBe(true);
    expect((document.sources ?? []).length).toBeLessThan(nl.sources.length);
  });

  it("leaves out the themes it is told to, and adds federation ties for this document only", () => {
    const document = composeDocument(parts({ withoutThemes: ["curriculum"], addMemberOf: { cnvo: ["oc"] } }));
    expect(document.themes.map((t) => t.id)).toEqual(nl.themes.map((t) => t.id).filter((id) => id !== "curriculum"));
    expect(document.organisations.find((o) => o.id === "cnvo")?.memberOf).toEqual(["cnv", "oc"]);
    expect(document.organisations.find((o) => o.id === "aob")?.memberOf).toEqual(["fnv"]);
    expect(nl.organisations.find((o) => o.id === "cnvo")?.memberOf).toEqual(["cnv"]);
  });

  it("adds organisations of its own after the real ones, and takes a population of its own", () => {
    const own = { id: "own", name: "Own body", kind: "umbrella" as const, sectors: ["po"], sources: ["assumption"] };
    const population = { teachers: 10, asOf: "2026-01-01", sources: ["assumption"] };
    const document = composeDocument(parts({ extraOrganisations: [own], population }));
    expect(document.organisations.map((o) => o.id)).toEqual(["aob", "cnvo", "own"]);
    expect(document.population).toEqual(population);
  });

  it("returns a fresh copy each time, sharing nothing with the dataset", () => {
    const first = composeDocument(parts());
    (first.organisations as unknown as { name: string }[]).forEach((o) => (o.name = "changed"));
    expect(composeDocument(parts()).organisations[0]?.name).toBe("Algemene Onderwijsbond");
  });

  it("refuses an organisation the dataset does not hold, naming it", () => {
    expect(() => composeDocument(parts({ organisations: ["aob", "nobody"] }))).toThrow('composeDocument: unknown organisation "nobody"');
  });
});
