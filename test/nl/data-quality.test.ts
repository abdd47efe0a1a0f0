// What every part of the Dutch dataset must be, whatever it says: readable text, well-formed
// dates and ids, organisations seated only where they serve, notes that agree with the dates
// they explain, and documents that survive being written as JSON.
import { readFileSync } from "node:fs";
import { format, isValid, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { representationMatrix, type Oc2Model, type Scenario, type ScenarioDocument } from "../../src/index.js";
import { nl, type NlDocumentName } from "../../src/nl/index.js";
import { fresh, past, proposal } from "./fixtures.js";
import { latest } from "../fixtures/in-force.js";

const documents = (): [NlDocumentName, ScenarioDocument][] => nl.documentNames.map((name) => [name, nl.document(name)]);

/** Every string under a `note`, `description` or title key anywhere in a value, with where it is. */
function texts(value: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${where}[${i}]`, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const here = `${where}.${key}`;
      if (["note", "description", "title", "titleNl"].includes(key) && typeof item === "string") out.push([here, item]);
      else texts(item, here, out);
    }
  }
  return out;
}

const everyText = (): [string, string][] => [
  ...documents().flatMap(([name, document]) => texts(document, name)),
  ...texts(nl.timeline, "timeline"),
  ...texts(nl.sources, "sources"),
  ...texts({ sectors: nl.sectors, regions: nl.regions, themes: nl.themes, organisations: nl.organisations, population: nl.population }, "blocks"),
];

describe("the dataset's texts", () => {
  it("are sentences: they start with a capital, a digit or a quote and end with a full stop, and notes and descriptions are never empty", () => {
    const bad = everyText().filter(([where, text]) => {
      const sentence = /^['"A-Z0-9]/.test(text) && /[.)'"]$/.test(text);
      const title = /title/i.test(where.split(".").at(-1) ?? "");
      return title ? !/^['"A-Z0-9]/.test(text) : !sentence;
    });
    expect(bad).toEqual([]);
  });

  it("keep a space after every sentence and no doubled spaces", () => {
    const bad = everyText().filter(([, text]) => /[a-z0-9)'][.;:][A-Z]/.test(text) || / {2}/.test(text) || /\s$|^\s/.test(text));
    expect(bad).toEqual([]);
  });

  it("cover more than a handful of places, so the checks above check something", () => {
    expect(everyText().length).toBeGreaterThan(300);
  });
});

describe("the timeline", () => {
  it("gives every event a slug id, a real day, a precision and titles", () => {
    for (const event of nl.timeline) {
      expect(event.id, event.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(isValid(parseISO(event.on)) && format(parseISO(event.on), "yyyy-MM-dd") === event.on, event.id).toBe(true);
      expect(["day", "month", "year"], event.id).toContain(event.precision);
    }
  });
});

describe("the organisations", () => {
  it("serve at least one sector, except the confederations", () => {
    const confederations = nl.organisations.filter((o) => o.kind === "federation" && o.members === undefined).map((o) => o.id);
    expect(confederations).toEqual(["fnv", "cnv", "cmhf", "vcp"]);
    for (const [name, document] of documents()) {
      for (const o of document.organisations) {
        if (o.kind === "federation" && o.members === undefined) continue;
        expect(o.sectors.length, `${name} ${o.id}`).toBeGreaterThan(0);
      }
    }
  });

  it("sit only in delegations for sectors they serve, but for the body of an OC-style history (see docs/dutch-case.md)", () => {
    const days = ["2012-06-01", "2016-06-01", "2017-06-01", "2021-06-01", "2024-06-01", "2026-09-01", "2028-09-01"];
    const misplaced: string[] = [];
    let checked = 0;
    for (const [name] of documents()) {
      const scenario = fresh(name);
      const serves = new Map(scenario.organisations.map((o) => [o.id, new Set(latest(o.sectors))]));
      // The OC-style model gives its body every professional cell, whatever sectors the body serves.
      const body = name.startsWith("history-") && scenario.model.kind === "oc2" ? scenario.model.body : undefined;
      for (const on of days) {
        for (const cell of representationMatrix(scenario, { on }).cells) {
          for (const id of [...cell.delegation, ...cell.contenders]) {
            checked += 1;
            if (cell.sector !== null && id !== body && serves.get(id)?.has(cell.sector) !== true) misplaced.push(`${name} ${on} ${cell.theme} ${cell.region} ${cell.sector}: ${id}`);
          }
        }
      }
    }
    expect(misplaced).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
    // The guide names the sectors each history's body answers for without serving them.
    const guide = readFileSync(new URL("../../docs/dutch-case.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    const said = /the body also answers for the sectors it did not serve: (.*?) for the OC, (.*?) for the LC\./.exec(guide);
    expect(said).not.toBeNull();
    for (const [id, text] of [["oc", said?.[1]], ["lc", said?.[2]]] as const) {
      const serves = latest(nl.organisations.find((o) => o.id === id)?.sectors) ?? [];
      expect(text?.split(" and "), id).toEqual(nl.sectors.map((s) => s.id).filter((sector) => !serves.includes(sector)));
    }
  });
});

describe("the documents as JSON", () => {
  it("hold no undefined values, so the shipped JSON files are exactly the documents", () => {
    for (const [name, document] of documents()) expect(JSON.parse(JSON.stringify(document)), name).toStrictEqual(document);
  });
});

describe("the notes on mandates", () => {
  /** A day as a note may give it: '2 March' and the year, or the month and year when the day was not given. */
  const gives = (note: string, iso: string): boolean => {
    const d = parseISO(iso);
    const year = note.includes(format(d, "yyyy"));
    return year && (note.includes(format(d, "d MMMM")) || (iso.endsWith("-01") && note.includes(format(d, "MMMM"))));
  };

  it("give the mandate's own start and end day wherever they name its year", () => {
    const checked: string[] = [];
    for (const [name, document] of documents()) {
      for (const m of document.mandates) {
        for (const [edge, iso] of [["from", m.validFrom], ["until", m.validUntil]] as const) {
          if (m.note === undefined || iso === undefined || !m.note.includes(iso.slice(0, 4))) continue;
          checked.push(`${m.id} ${edge}`);
          expect(gives(m.note, iso), `${name} ${m.id} ${edge} ${iso}`).toBe(true);
        }
      }
    }
    expect(checked).toEqual(["oc-lead from", "oc-lead until", "oc-board-bon until", "lc-lead from", "lc-lead until", "joint-profession from", "growth-fund-po from", "region-seat from"]);
  });

  it("explain the organisations' coalitions: they name every organisation that leads together, quote the letter and mark the assumptions", () => {
    const history = past.representation();
    const joint = history.mandates.find((m) => m.id === "joint-profession");
    const note = joint?.note ?? "";
    for (const id of joint?.holders ?? []) expect(note, id).toContain(history.organisations.find((o) => o.id === id)?.shortName ?? id);
    expect(note).toContain("'in wisselende samenstelling op thema- en regioniveau'");
    expect(note).toContain("'in gezamenlijkheid'");
    expect(note).toMatch(/without a spokesperson, since the letter names no penvoerder/);
    expect(note).toMatch(/ASSUMPTION/);
    for (const m of history.mandates.filter((m) => m.id.startsWith("joint-"))) expect(m.sources, m.id).toEqual(["letter", "assumption"]);
    const cells = representationMatrix(history, { on: "2024-06-01" }).cells.filter((c) => c.theme === "curriculum" && c.sector !== null);
    expect(cells.every((c) => c.status === "represented" && c.leads.length > 1 && c.lead === null)).toBe(true);
  });

  it("mark the contested coordination cells as contested on purpose", () => {
    const scenario = proposal.coordination();
    const contested = representationMatrix(scenario, { on: "2026-09-01" }).cells.filter((c) => c.status === "contested");
    expect(contested.length).toBeGreaterThan(0);
    const claims = scenario.mandates.filter((m) => m.scope.themes.includes("onderwijsarbeidsmarkt") && m.scope.regions.includes("oost-nederland"));
    expect(claims.map((m) => m.holder)).toEqual(contested[0]?.contenders);
    for (const m of claims) expect(m.note, m.id).toMatch(/^Left unsettled on purpose: .*contested cell\.$/);
    const mbo = scenario.mandates.find((m) => m.role === "member" && m.holder === "bvmbo");
    expect(mbo?.note).toBe("The BVMBO sits in every mbo delegation on the substantive themes.");
  });
});

describe("the notes on the two histories' models", () => {
  const model = (scenario: Scenario): Oc2Model => {
    if (scenario.model.kind !== "oc2") throw new Error("expected an OC-style model");
    return scenario.model;
  };
  /** The labels that open the note's sentences ("Board: ..."). */
  const labels = (note: string | undefined): string[] => [...(note ?? "").matchAll(/(?:^|\. )([A-Z][a-z]+(?: [a-z]+)?): /g)].map((m) => m[1] ?? "");

  it("explain each part of the OC's model in a sentence of its own", () => {
    const oc = model(past.oc());
    expect(labels(oc.note)).toEqual(["Board", "Members", "Teachers", "Advisory council", "Register", "Funding", "End"]);
    expect(oc.board && oc.assembly && oc.advisoryCouncil && oc.safeguards && past.oc().funding?.[0]).toBeTruthy();
    expect(oc.note).toMatch(/Advisory council: the LerarenAdviesRaad of 50 seats/);
    expect(oc.note).toMatch(/End: the letter says 2018 .*1 January 2019\.$/);
  });

  it("explain each part of the LC's model in a sentence of its own", () => {
    const lc = model(past.lc());
    expect(labels(lc.note)).toEqual(["Start", "Scope", "Structure", "Members", "Funding", "End"]);
    expect(lc.note).toMatch(/^The letter calls it 'LC'; the sources identify it as the Lerarencollectief\. Start: /);
    expect(lc.note).toContain("Members: unknown. The only published figure is a target, 15,000 po teachers by 1 August 2020 (lc-start), not a count");
    expect(past.lc().organisations.find((o) => o.id === "lc")?.members).toBeUndefined();
    expect(lc.note).toMatch(/Start: founded in 2019 .*'officially started' .* \(2020 by the calendar, lc-start\)/);
    expect(lc.note).toMatch(/on 28 June 2023 the members voted to dissolve the association/);
  });
});
