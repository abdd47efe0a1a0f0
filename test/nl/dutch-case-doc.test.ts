// docs/dutch-case.md tells readers what the Dutch dataset holds. These tests read the
// guide's tables and lists and hold them to the data, so that neither can change alone.
import { readFileSync } from "node:fs";
import { format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import type { BodyFacts } from "../../src/governance/model-rules.js";
import { rulesOf } from "../../src/governance/models.js";
import { membersOn } from "../../src/model/organisation-facts.js";
import type { Mandate, Members, Oc2Model, Organisation, Scenario } from "../../src/index.js";
import { nl, type NlDocumentName } from "../../src/nl/index.js";
import { past, periodsOf, proposal } from "./fixtures.js";
import { latest, figureOf } from "../fixtures/in-force.js";

const guide = (): string => readFileSync(new URL("../../docs/dutch-case.md", import.meta.url), "utf8");

/** The lines of the guide from the heading `## title` (or `### title`) to the next heading of any level. */
function section(title: string): string[] {
  const lines = guide().split("\n");
  const start = lines.findIndex((line) => /^#{2,3} /.test(line) && line.replace(/^#+ /, "") === title);
  if (start < 0) throw new Error(`docs/dutch-case.md has no section "${title}"`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The body rows of the tables in a section, split into cells (each section here has one table). */
function rows(title: string): string[][] {
  return section(title)
    .filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))
    .slice(1)
    .map(cells);
}

/** The cells of a table row, trimmed. */
const cells = (line: string): string[] => line.split("|").slice(1, -1).map((cell) => cell.trim());

/** The paragraph of a section that starts with `lead`, joined into one line. */
function paragraph(title: string, lead: string): string {
  const lines = section(title);
  const start = lines.findIndex((line) => line.startsWith(lead));
  if (start < 0) throw new Error(`no paragraph "${lead}" in section "${title}"`);
  const end = lines.findIndex((line, i) => i > start && line.trim() === "");
  return lines.slice(start, end < 0 ? undefined : end).join(" ").replace(/\s+/g, " ");
}

/** Every `code` span in a text, without the backticks. */
const codes = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");

/** An ISO day as the guide writes it: "1 January 2019". */
const day = (iso: string): string => format(parseISO(iso), "d MMMM yyyy");

const org = (id: string): Organisation => {
  const found = nl.organisations.find((o) => o.id === id);
  if (found === undefined) throw new Error(`no organisation ${id}`);
  return found;
};

/** The OC-style model as written, with its dated fields. */
const ocModel = (scenario: Scenario): Oc2Model => {
  if (scenario.model.kind !== "oc2") throw new Error(`${scenario.id} is not OC-style`);
  return scenario.model;
};

/** The OC-style model with its board, assembly and register as in force at their latest change. */
const ocStyle = (scenario: Scenario): BodyFacts => {
  if (scenario.model.kind !== "oc2") throw new Error(`${scenario.id} is not OC-style`);
  const body = rulesOf(scenario.model).facts(scenario.model).body;
  if (body === undefined) throw new Error(`${scenario.id} has no body`);
  return body;
};
/** An organisation's latest membership figure. */
const figure = (o: Organisation): Members | undefined => membersOn(o, "9999-12-31");

const proposals = (): Scenario[] => [proposal.coordination(), proposal.oc2(), proposal.alternative()];

describe("docs/dutch-case.md: what is in it", () => {
  it("lists every accessor of nl, of nl.scenarios and of nl.history in the table", () => {
    const listed = new Set(rows("What is in it").flatMap((row) => codes(row[0] ?? "")).map((name) => name.replace(/\(.*\)$/, "")));
    const accessors = [
      ...Object.keys(nl).filter((key) => key !== "scenarios" && key !== "history").map((key) => `nl.${key}`),
      ...Object.keys(nl.scenarios).map((key) => `nl.scenarios.${key}`),
      ...Object.keys(nl.history).map((key) => `nl.history.${key}`),
    ];
    expect(accessors.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !accessors.includes(name))).toEqual([]);
  });

  it("gives the number of timeline events, the document names and the histories' end dates as the data has them", () => {
    const table = rows("What is in it");
    const cell = (name: string): string => table.find((row) => row[0] === `\`${name}\``)?.[1] ?? "";
    expect(cell("nl.timeline")).toMatch(new RegExp(`^${nl.timeline.length} dated events`));
    expect(codes(cell("nl.documentNames").replace(/^.* accepts: /, ""))).toEqual(nl.documentNames);
    expect(cell("nl.history.oc")).toContain(`(${org("oc").founded?.slice(0, 4)} to ${day(org("oc").dissolved ?? "")})`);
    expect(cell("nl.history.lc")).toContain(`(${org("lc").founded?.slice(0, 4)} to ${day(org("lc").dissolved ?? "")})`);
  });

  it("names the JSON file of every document the package ships", () => {
    const text = paragraph("What is in it", "Apps in other languages");
    const files = codes(text).filter((name) => name.endsWith(".json") && !name.includes("schema"));
    const documents = files.map((name) => name.replace(/^beroepsgroep\/nl\//, "").replace(/\.json$/, ""));
    expect(documents).toEqual([...nl.documentNames, "timeline", "building-blocks"]);
  });
});

describe("docs/dutch-case.md: where the sources correct the letter", () => {
  const row = (start: string): string => rows("Where the sources correct the letter").find((r) => (r[0] ?? "").startsWith(start))?.[2] ?? "";
  /** The middle column, what the sources say, of the row whose first cell starts with `start`. */
  const said = (start: string): string => rows("Where the sources correct the letter").find((r) => (r[0] ?? "").startsWith(start))?.[1] ?? "";

  it("names only timeline events and organisations that exist, with the dissolution days the data holds", () => {
    const events = new Set(nl.timeline.map((e) => e.id));
    const named: string[] = [];
    for (const [, , data = ""] of rows("Where the sources correct the letter")) {
      for (const [, list = ""] of data.matchAll(/timeline ((?:`[^`]+`(?:, | and )?)+)/g)) {
        for (const id of codes(list)) {
          named.push(`timeline ${id}`);
          expect(events.has(id), id).toBe(true);
        }
      }
      for (const [, id = "", dissolved] of data.matchAll(/organisation `([^`]+)`(?:, `dissolved: "([^"]+)"`)?/g)) {
        named.push(`organisation ${id}`);
        expect(org(id).dissolved, id).toBe(dissolved);
      }
    }
    // Every reference in the table was read, so a misspelt one cannot slip past the checks above.
    expect(named).toEqual([
      "timeline lc-dissolved",
      "organisation lc",
      "timeline oc-wind-up",
      "timeline oc-dissolved",
      "organisation oc",
      "timeline motion-van-meenen-2019",
      "timeline vroonhoven",
      "organisation pvvvo",
      "organisation lc",
      "timeline napl-bid",
      "timeline napl",
      "timeline lerarenstrategie-2023",
    ]);
  });

  it("keeps the LC's member figure unknown, the target named as a target and never as a count", () => {
    const text = said("The LC lacked");
    expect(row("The LC lacked")).toContain("with no member figure");
    const [, target = "", by = ""] = /the only figure, ([\d,]+) po teachers by (\d+ \w+ \d{4}) \(PO-Raad\), is a target, not a count/.exec(text) ?? [];
    expect(org("lc").members).toBeUndefined();
    expect(org("lc").note).toContain(`a target, ${target} po teachers by ${by} (lc-start), not a count`);
    expect(rows("The organisations").find((r) => r[0] === "`lc`")?.[3]).toBe("not found: only a target was published");
    expect(guide()).not.toMatch(/15,000[^.]*\((?:assumption|assumed)\)|15,000 members/);
  });

  it("keeps the growth fund a bid where the letter speaks and a grant where later sources do, with the partner lists' gap", () => {
    const text = said("A growth-fund bid");
    expect(codes(row("A growth-fund bid"))).toEqual(["napl-bid", "napl", "growth-fund-po", "growth-fund-vo", "growth-fund-mbo"]);
    const programme = past.representation().mandates.filter((m) => m.id.startsWith("growth-fund-"));
    expect(programme.map((m) => m.id)).toEqual(["growth-fund-po", "growth-fund-vo", "growth-fund-mbo"]);
    expect(programme.flatMap((m) => m.holders ?? [])).not.toContain("cnvo");
    const event = (id: string) => nl.timeline.find((e) => e.id === id);
    expect(event("napl-bid")?.sources).toContain("letter");
    expect(event("napl")?.sources).not.toContain("letter");
    expect(text).toContain(`granted on ${day(event("napl")?.on ?? "")}`);
    expect(text).toContain("not CNV Onderwijs");
    expect(event("napl")?.note).toContain("but not CNV Onderwijs");
    // The letter itself names CNV Onderwijs among those who worked on the bid.
    expect(rows("Where the sources correct the letter").find((r) => (r[0] ?? "").startsWith("A growth-fund bid"))?.[0]).toContain("CNV Onderwijs");
  });

  it("dates the Kamerbrief 'Voortgang lerarenstrategie' as the data does, without an address", () => {
    const text = said("The Kamerbrief");
    const source = nl.sources.find((s) => s.id === "lerarenstrategie-2023");
    expect(text).toContain(`Dated ${day(source?.date ?? "")}; no public address`);
    expect(nl.timeline.find((e) => e.id === "lerarenstrategie-2023")?.on).toBe(source?.date);
    expect(source?.url).toBeUndefined();
  });

  it("keeps the letter's own words in the notes of the entities it corrects", () => {
    expect(org("lc").note).toContain("The letter says only 'LC'");
    expect(nl.timeline.find((e) => e.id === "lc-dissolved")?.note).toContain("'end of June 2023'");
    expect(org("oc").note).toContain("dissolved 'in 2018'");
    expect(nl.timeline.find((e) => e.id === "oc-wind-up")?.on.slice(0, 7)).toBe("2018-05");
    expect(org("pvvvo").note).toContain("'Platvorm VVVO'");
    expect(nl.timeline.find((e) => e.id === "vroonhoven")?.note).toMatch(/taskforce on the teacher shortage.*July 2020/);
  });

  it("keeps the 2019 motion with all four sources, and the FvOv's seat and ties as the table says", () => {
    const motion = row("A 2019 motion");
    const count = /with all (\w+) sources/.exec(motion)?.[1];
    expect(nl.timeline.find((e) => e.id === "motion-van-meenen-2019")?.sources.length).toBe(["one", "two", "three", "four", "five"].indexOf(count ?? "") + 1);
    const ties = codes(/`memberOf` ties (.*)$/.exec(row("OC board seat"))?.[1] ?? "");
    expect(ties).toEqual(["fvov", "cmhf", "vcp"]);
    for (let i = 0; i + 1 < ties.length; i++) expect(org(ties[i] ?? "").memberOf).toContain(ties[i + 1]);
    const seats = ocStyle(past.oc()).board?.seats.map((s) => s.organisation) ?? [];
    expect(seats).toContain("fvov");
    expect(seats).not.toContain("bvmbo");
    expect(past.oc().organisations.find((o) => o.id === "bvmbo")?.memberOf ?? []).not.toContain("oc");
    expect(row("(BVMBO not mentioned")).toContain("not a board seat, not `memberOf: oc`");
  });
});

describe("docs/dutch-case.md: the organisations", () => {
  const table = (): string[][] => rows("The organisations");

  it("describes each organisation in its own row as the data does: kind, member figure and the confederation above it", () => {
    const own = nl.organisations.filter((o) => table().some((row) => row[0] === `\`${o.id}\``));
    expect(own.map((o) => o.id)).toEqual(["aob", "cnvo", "fvov", "bvmbo", "pvvvo", "bon", "oc", "lc"]);
    for (const o of own) {
      const [, , kind = "", members = "", ties = ""] = table().find((row) => row[0] === `\`${o.id}\``) ?? [];
      expect(kind.startsWith(o.kind.replace("-", " ")), o.id).toBe(true);
      if (o.members === undefined) expect(["not found", "none of its own", "not found: only a target was published"], o.id).toContain(members);
      else expect(members, o.id).toMatch(new RegExp(`(?:^| )${(figure(o)?.total ?? 0).toLocaleString("en-US")}(?:[ :]|$)`));
      for (const above of o.memberOf ?? []) expect(ties, o.id).toContain(`member of \`${above}\``);
      if (ties === "") expect(o.memberOf ?? [], o.id).toEqual([]);
    }
  });

  it("names each organisation as the data does, with its short name and, for the historical ones, its years", () => {
    for (const [id = "", name = ""] of table()) {
      if (codes(id).length !== 1) continue;
      const o = org(codes(id)[0] ?? "");
      const [, full, short, years] = /^(.*?)(?: \(([^)]+)\))?(?:, (\d{4} to \d{4}))?$/.exec(name) ?? [];
      expect(o.shortName, o.id).toBe(short ?? full);
      expect(o.name.endsWith(full ?? "?") || o.shortName === full, o.id).toBe(true);
      const lived = o.dissolved === undefined ? undefined : `${o.founded?.slice(0, 4)} to ${o.dissolved.slice(0, 4)}`;
      expect(years, o.id).toBe(lived);
    }
  });

  it("dates each member figure as the data does, and marks the undated ones as assumed", () => {
    for (const [id = "", , , members = ""] of table()) {
      if (codes(id).length !== 1) continue;
      const o = org(codes(id)[0] ?? "");
      const isos = [...members.matchAll(/\((\d{4}-\d{2}-\d{2})\)/g)].map((m) => m[1]);
      // A series lists every figure with its day, in order, the last the latest.
      if (Array.isArray(o.members)) {
        expect(isos, o.id).toEqual(o.members.map((m) => m.asOf));
        expect(members, o.id).toBe(`a series: ${o.members.map((m) => `${m.total.toLocaleString("en-US")} (${m.asOf})`).join(", ")}`);
      }
      const iso = isos.at(-1);
      const month = /\(([A-Z][a-z]+ \d{4})\)/.exec(members)?.[1];
      const assumed = /assum/.test(members);
      expect(o.sources?.includes("assumption"), o.id).toBe(assumed);
      // A figure the sources date carries its date in the table, as a day or as a month.
      if (o.members !== undefined && !assumed) expect(iso ?? month, o.id).toBeDefined();
      if (iso !== undefined) expect(figure(o)?.asOf, o.id).toBe(iso);
      if (month !== undefined) expect(format(parseISO(figure(o)?.asOf ?? ""), "MMMM yyyy"), o.id).toBe(month);
    }
  });

  it("names the sectors of the organisations that serve only some of them", () => {
    const expected: Record<string, string[]> = {};
    for (const [id = "", , kind = ""] of table()) {
      const sectors = /, ((?:po|vo|mbo|ho)(?: and (?:po|vo|mbo|ho))*)(?: only)?$/.exec(kind)?.[1];
      if (sectors !== undefined) expected[codes(id)[0] ?? ""] = sectors.split(" and ");
    }
    expect(Object.keys(expected)).toEqual(["bvmbo", "pvvvo", "lc"]);
    // The latest sectors: the LC served po from its founding and vo too from 2022.
    for (const [id, sectors] of Object.entries(expected)) expect(latest(org(id).sectors), id).toEqual(sectors);
    expect(org("lc").sectors).toEqual([
      { from: org("lc").founded, until: "2022-01-01", value: ["po"] },
      { from: "2022-01-01", value: ["po", "vo"] },
    ]);
  });

  it("leaves the confederations without sectors or member figures, and ties the CMHF to the VCP", () => {
    const row = table().find((r) => codes(r[0] ?? "").length > 1) ?? [];
    const ids = codes(row[0] ?? "");
    expect(ids).toEqual(["fnv", "cnv", "cmhf", "vcp"]);
    for (const id of ids) {
      expect(org(id).kind, id).toBe(row[2]);
      expect(org(id).members, id).toBeUndefined();
      expect(org(id).sectors, id).toEqual([]);
    }
    const [, child = "", parent = ""] = /`([^`]+)` member of `([^`]+)`/.exec(row[4] ?? "") ?? [];
    expect(org(child).memberOf).toEqual([parent]);
  });
});

describe("docs/dutch-case.md: themes, sectors and regions", () => {
  it("names every theme, its parent where the guide gives one, and the one labour theme", () => {
    const text = paragraph("Themes, sectors and regions", "Themes:");
    expect(new Set(codes(text).filter((id) => id !== "labour"))).toEqual(new Set(nl.themes.map((t) => t.id)));
    const pairs = [...text.matchAll(/`([a-z-]+)` with `([a-z-]+)`/g)].map(([, parent = "", child = ""]) => [parent, child]);
    expect(pairs).toEqual(nl.themes.filter((t) => t.parent !== undefined && !/^HISTORICAL/.test(t.note ?? "")).map((t) => [t.parent, t.id]));
    const historical = /historical `([a-z-]+)` and\s+`([a-z-]+)`\s+\(under `([a-z-]+)`/.exec(text);
    expect(historical).not.toBeNull();
    for (const id of [historical?.[1], historical?.[2]]) {
      const theme = nl.themes.find((t) => t.id === id);
      expect(theme?.parent, id).toBe(historical?.[3]);
      expect(theme?.note, id).toMatch(/^HISTORICAL/);
      for (const scenario of proposals()) expect(scenario.themes.some((t) => t.id === id), `${scenario.id} ${id}`).toBe(false);
    }
    const labour = /`([a-z-]+)`, the one `labour` theme/.exec(text)?.[1];
    expect(nl.themes.filter((t) => t.kind === "labour").map((t) => t.id)).toEqual([labour]);
    expect(nl.themes.find((t) => t.id === "lerarenregister")?.note).toContain(`${/abolished by law in (\d{4})/.exec(text)?.[1]})`);
  });

  it("never says the letter calls its themes substantive: the theme kinds are the dataset's reading, and each note attributes its details", () => {
    const text = paragraph("Themes, sectors and regions", "The letter lists the themes");
    expect(text).toContain("without calling them substantive");
    expect(text).toContain("(assumption 9)");
    const market = nl.themes.find((t) => t.id === "onderwijsarbeidsmarkt");
    expect(market?.note).toContain("without calling any of them substantive");
    expect(market?.sources).toContain("assumption");
    for (const theme of nl.themes) {
      expect(theme.note ?? "", theme.id).not.toMatch(/letter (?:counts|calls|lists) (?:it|them) (?:among|as) the substantive/);
      expect(theme.note, theme.id).toBeDefined();
      // Every outside source a theme cites, other than the letter and the dataset's marks, is named in its note.
      for (const id of theme.sources ?? []) if (!["letter", "assumption"].includes(id)) expect(theme.note, `${theme.id} ${id}`).toContain(id === "qualifications" ? "qualifications source" : id);
    }
  });

  it("names the sectors in order", () => {
    expect(codes(paragraph("Themes, sectors and regions", "Sectors:"))).toEqual(nl.sectors.map((s) => s.id));
  });

  it("names only regions that exist, the headings as landsdelen and the four national onderwijsregio's", () => {
    const text = paragraph("Themes, sectors and regions", "Regions:");
    const named = codes(text);
    const region = (id: string) => nl.regions.find((r) => r.id === id);
    for (const id of named) expect(region(id), id).toBeDefined();
    expect(named[0]).toBe(nl.regions.find((r) => r.parent === undefined)?.id);
    const headings = codes(/headings the announcement uses \(([^)]*)\)/.exec(text)?.[1] ?? "");
    expect(nl.regions.filter((r) => r.level === "landsdeel").map((r) => r.id)).toEqual(headings);
    const national = codes(/non-geographic onderwijsregio's of the 2025 scheme \(([^)]*)\)/.exec(text)?.[1] ?? "");
    expect(nl.regions.filter((r) => r.level === "onderwijsregio (landelijk)").map((r) => r.id)).toEqual(national);
    expect(national.length).toBe(4);
  });

  it("says how partial the list is in the words of the root region's note", () => {
    const count = /The 2025 network has (\d+) onderwijsregio's/.exec(paragraph("Themes, sectors and regions", "**This list is partial.**"))?.[1];
    expect(nl.regions[0]?.note).toContain(`The 2025 network has ${count} onderwijsregio's`);
    expect(nl.regions.filter((r) => r.level.startsWith("onderwijsregio")).length).toBeLessThan(Number(count));
  });
});

describe("docs/dutch-case.md: the three proposals", () => {
  const bullet = (start: string): string => {
    const lines = section("The three proposals");
    const first = lines.findIndex((line) => line.startsWith(`- **${start}**`));
    if (first < 0) throw new Error(`no bullet "${start}" in "The three proposals"`);
    const end = lines.findIndex((line, i) => i > first && !line.startsWith("  "));
    return lines.slice(first, end).join(" ").replace(/\s+/g, " ");
  };
  const idsByName = (): Map<string, string> => new Map(Object.entries(nl.names).map(([id, name]) => [name, id]));

  it("gives each proposal's scenario id", () => {
    for (const [start, scenario] of [["Coordination", proposal.coordination()], ["OC 2.0", proposal.oc2()], ["Alternative", proposal.alternative()]] as const) {
      expect(codes(bullet(start))[0], start).toBe(scenario.id);
    }
  });

  it("describes the coordination model's parties, agreement and fallback", () => {
    const model = proposal.coordination().model;
    if (model.kind !== "coordination") throw new Error("expected coordination");
    const text = bullet("Coordination");
    const parties = (/Parties and signatories: (.*?); agreement/.exec(text)?.[1] ?? "").split(/, | and /).map((name) => idsByName().get(name));
    expect(parties).toEqual(model.parties);
    expect(parties).toEqual(model.agreement.signatories);
    expect(text).toContain(`agreement \`${model.agreement.id}\`, fallback \`${model.fallback}\``);
    expect(model.parties).not.toContain("pvvvo");
    const contested = proposal.coordination().mandates.filter((m) => m.scope.regions.includes("oost-nederland")).map((m) => m.holder ?? "");
    expect(text).toContain(`in Oost-Nederland ${contested.map((id) => nl.names[id]).join(" and ")} both claim it`);
    const noord = proposal.coordination().mandates.filter((m) => m.scope.regions.includes("noord-nederland"));
    expect(noord.map((m) => [m.holder, m.role, m.scope.themes])).toEqual([["cnvo", "lead", ["onderwijsarbeidsmarkt"]]]);
    expect(text).toContain(`In Noord-Nederland ${nl.names["cnvo"]} leads the labour market`);
  });

  it("describes the OC 2.0 body's board, assembly, council, chapters, register, funding and delegation", () => {
    const model = ocStyle(proposal.oc2());
    const text = bullet("OC 2.0");
    expect(text).toContain(`A hypothetical body \`${model.body}\``);
    const seats = latest(model.board)?.seats ?? [];
    expect(text).toContain(`a board seat for each of the ${["one", "two", "three", "four", "five"][seats.length - 1]} organisations`);
    expect(seats.every((s) => s.seats === 1)).toBe(true);
    expect(text).toContain(`${["none", "one", "two", "three", "four", "five"][latest(model.board)?.teacherSeats ?? 0]} seats for teachers elected directly`);
    expect(latest(model.assembly)?.openToUnorganised).toBe(true);
    expect(text).toContain(`an advisory council of ${model.advisoryCouncil?.seats} seats by ${model.advisoryCouncil?.allocation}`);
    expect(model.chapters?.map((c) => proposal.oc2().regions.find((r) => r.id === c.region)?.name.replace("-Nederland", ""))).toEqual(["Noord", "Oost"]);
    expect(text).toContain("chapters run by hypothetical learning communities in Noord- and Oost-Nederland");
    expect(model.chapters?.every((c) => proposal.oc2().organisations.find((o) => o.id === c.organisation)?.kind === "learning-community")).toBe(true);
    expect(text).toContain("no mandatory register and structural government funding");
    expect(latest(model.safeguards)?.mandatoryRegister).toBe(false);
    expect(model.funding).toBeUndefined();
    expect(proposal.oc2().funding?.find((f) => f.id === "letter-request")).toMatchObject({ by: "OCW", kind: "structural" });
    const delegated = proposal.oc2().mandates.filter((m) => m.grant.by === "delegation");
    expect(delegated.map((m) => [m.holder, m.scope.themes, m.scope.sectors])).toEqual([["pvvvo", ["curriculum"], ["vo"]]]);
    expect(text).toContain("It delegates the vo curriculum to Platform VVVO");
  });

  it("lists the alternative's rules in their order", () => {
    const model = proposal.alternative().model;
    if (model.kind !== "alternative") throw new Error("expected alternative");
    const text = bullet("Alternative");
    const said = (/Rules in order: (.*?)\. The AOb/.exec(text)?.[1] ?? "").split("; ");
    // What each rule does, in the guide's words, by the rule's id.
    const words: Record<string, string> = {
      arbeid: "pay follows the unions' statutes",
      "mbo-kamer": "the mbo chamber is led by the BVMBO with the unions as members",
      "vo-curriculum": "the vo curriculum follows Platform VVVO's own mandate",
      "po-kamer": "the po and vo chambers are chaired in turn, a year each",
      "vo-kamer": "the po and vo chambers are chaired in turn, a year each",
      "ho-kamer": "in ho the largest organisation leads jointly",
      voorzitter: "for the profession as a whole the four letter organisations take turns",
    };
    expect([...new Set(model.rules.map((rule) => words[rule.id]))]).toEqual(said);
    const kinds = model.rules.map((rule) => Object.keys(rule.then)[0]);
    expect(kinds).toEqual(["mandates", "assign", "mandates", "rotate", "rotate", "largestMembership", "rotate"]);
  });

  it("starts every proposal on the day the guide gives, with the same statutory mandates in all three", () => {
    const start = /The proposed models start on (\d{4}-\d{2}-\d{2})/.exec(section("The three proposals").join(" "))?.[1];
    const statutory = (scenario: Scenario): Mandate[] => scenario.mandates.filter((m) => m.grant.by === "statute");
    for (const scenario of proposals()) {
      for (const mandate of scenario.mandates.filter((m) => m.grant.by !== "statute")) expect(mandate.validFrom, mandate.id).toBe(start);
      expect(statutory(scenario), scenario.id).toEqual(statutory(proposal.coordination()));
    }
    const coordination = proposal.coordination().model;
    expect(coordination.kind === "coordination" && coordination.agreement.signedOn).toBe(start);
    expect(ocStyle(proposal.oc2()).established).toBe(start);
    const leads = statutory(proposal.coordination()).filter((m) => m.role === "lead");
    expect(leads.map((m) => [m.holder, m.scope.themes, m.scope.sectors])).toEqual([
      ["aob", ["arbeidsvoorwaarden"], "all"],
      ["pvvvo", ["curriculum"], ["vo"]],
      ["bvmbo", ["beroepsbeeld"], ["mbo"]],
    ]);
    const members = statutory(proposal.coordination()).filter((m) => m.role === "member");
    expect(members.map((m) => [m.holder, m.scope.themes])).toEqual([
      ["cnvo", ["arbeidsvoorwaarden"]],
      ["fvov", ["arbeidsvoorwaarden"]],
    ]);
    expect(section("The three proposals").join(" ")).toMatch(/AOb leads pay with CNV Onderwijs and FvOv\s+as members.*Platform VVVO leads the vo curriculum, BVMBO the mbo\s+professional image/);
  });
});

describe("docs/dutch-case.md: the two histories", () => {
  /** The value column of a history table, by field. */
  const fields = (history: "oc" | "lc"): Map<string, string> => {
    const lines = section("The two histories");
    const start = lines.findIndex((line) => line.startsWith(`| Field | \`nl.history.${history}\``));
    const end = lines.findIndex((line, i) => i > start && !line.startsWith("|"));
    return new Map(
      lines
        .slice(start + 2, end)
        .map(cells)
        .map(([field = "", value = ""]) => [field, value]),
    );
  };

  it("gives each history's body and start as the model has them", () => {
    for (const [key, scenario] of [["oc", past.oc()], ["lc", past.lc()]] as const) {
      const model = ocStyle(scenario);
      expect(fields(key).get("`body`, `established`"), key).toBe(`\`${model.body}\`, ${model.established}`);
    }
  });

  it("describes the OC's board, assembly, advisory council, chapters, register and funding as its model holds them", () => {
    const table = fields("oc");
    const model = ocStyle(past.oc());
    const board = periodsOf(ocModel(past.oc()).board, "the OC's board");
    const [, founding = "", until = "", left = ""] = /^dated: (.*), one each, until (\S+); then without (\w+)$/.exec(table.get("`board.seats`") ?? "") ?? [];
    const ids = new Map([...idsByShortName(), ["PVVVO", "pvvvo"]]);
    expect(founding.split(", ").map((name) => ids.get(name))).toEqual(board[0]?.value.seats.map((s) => s.organisation));
    expect(board.map((p) => p.from)).toEqual([model.established, until]);
    expect(board[1]?.value.seats.map((s) => s.organisation)).toEqual(board[0]?.value.seats.map((s) => s.organisation).filter((id) => id !== ids.get(left)));
    expect(ids.get(left)).toBe("bon");
    expect(latest(model.board)?.seats.every((s) => s.seats === 1)).toBe(true);
    expect(table.get("`board.teacherSeats`")).toBe(String(latest(model.board)?.teacherSeats));
    expect(table.get("`assembly`")).toBe(
      `${["none", "one"][latest(model.assembly)?.delegatesPerOrganisation ?? 0]} delegate per organisation, ${latest(model.assembly)?.openToUnorganised === true ? "open" : "not open"} to unorganised teachers`,
    );
    expect(table.get("`advisoryCouncil`")).toBe(`${model.advisoryCouncil?.seats} seats by ${model.advisoryCouncil?.allocation}`);
    expect(table.get("`chapters`")).toBe(model.chapters?.length === 0 ? "none" : "?");
    expect(past.oc().regions.map((r) => r.id)).toEqual(["nl"]);
    const register = periodsOf(ocModel(past.oc()).safeguards, "the OC's register");
    expect(table.get("`safeguards.mandatoryRegister`")).toBe(
      `dated: ${register.map((p) => `\`${p.value.mandatoryRegister}\` ${p.until === undefined ? "from then" : `until ${p.until}`}`).join(", ")}`,
    );
    expect(register.map((p) => p.from)).toEqual([org("oc").founded, "2017-08-01"]);
    const [money] = past.oc().funding ?? [];
    expect(past.oc().funding?.length).toBe(1);
    expect(table.get("`funding` (the scenario's)")).toBe(`${money?.kind}, from ${money?.by}, from ${money?.from}`);
    expect(money?.kind).toBe("structural");
    expect(money?.until).toBeUndefined();
    // The members are the founding board's organisations; the tie itself cannot be dated.
    expect(past.oc().organisations.filter((o) => o.memberOf?.includes("oc")).map((o) => o.id)).toEqual(board[0]?.value.seats.map((s) => s.organisation));
  });

  it("describes the LC's organisation, assembly, chapters, register and funding as its model holds them", () => {
    const table = fields("lc");
    const model = ocStyle(past.lc());
    const lc = past.lc().organisations.find((o) => o.id === "lc");
    expect(table.get("organisation `lc`")).toBe(`${(latest(lc?.sectors) ?? []).join(" and ")}; members ${lc?.members === undefined ? "unknown" : "?"}; dissolved ${lc?.dissolved}`);
    expect(lc?.sources).not.toContain("assumption");
    expect(table.get("`assembly`")).toBe(latest(model.assembly)?.openToUnorganised === true ? "open to unorganised teachers" : "?");
    expect(table.get("`chapters`")).toBe(model.chapters?.length === 0 ? "none" : "?");
    expect(table.get("`safeguards.mandatoryRegister`")).toBe(`\`${latest(model.safeguards)?.mandatoryRegister}\``);
    const money = past.lc().funding ?? [];
    expect(new Set(money.map((f) => `${f.kind}, from ${f.by}, until ${f.until}`))).toEqual(new Set([table.get("`funding` (the scenario's)")]));
    expect(money.map((f) => f.from)).toEqual([lc?.dissolved === undefined ? "" : "2020-03-02", "2021-12-22"]);
    expect(model.funding).toBeUndefined();
    expect(latest(model.board)).toBeUndefined();
    expect(past.lc().themes.some((t) => t.kind === "labour")).toBe(false);
  });

  function idsByShortName(): Map<string, string> {
    return new Map(nl.organisations.map((o) => [o.shortName ?? o.name, o.id]));
  }
});

describe("docs/dutch-case.md: every assumption", () => {
  const items = (): string[] => {
    const lines = section("Every assumption");
    const out: string[] = [];
    for (const line of lines) {
      if (/^\d+\. /.test(line)) out.push(line);
      else if (line.startsWith("   ") && out.length > 0) out.push(`${out.pop() ?? ""} ${line.trim()}`);
    }
    return out;
  };
  const item = (start: string): string => items().find((text) => text.includes(`**${start}`)) ?? "";

  it("numbers the list without gaps", () => {
    expect(items().map((text) => Number(/^(\d+)\./.exec(text)?.[1]))).toEqual(items().map((_, i) => i + 1));
  });

  it("gives the teacher population as the data has it, marked as an assumption", () => {
    const [, teachers = "", asOf = ""] = /\*\*: ([\d,]+) teachers on (\d{4}-\d{2}-\d{2})/.exec(item("The teacher population")) ?? [];
    expect(nl.population.teachers.toLocaleString("en-US")).toBe(teachers);
    expect(nl.population.asOf).toBe(asOf);
    expect(nl.population.sources).toContain("assumption");
  });

  it("gives the end of the LC's funding as the data has it, and no longer lists its members as an assumption", () => {
    expect(item("The Lerarencollectief's members")).toBe("");
    for (const funding of past.lc().funding ?? []) {
      expect(item("The end of the LC's funding")).toContain(`set to its dissolution, ${funding.until}`);
      expect(funding.until).toBe(org("lc").dissolved);
      expect(funding.note).toMatch(/28 June 2023 \(an ASSUMPTION\)/);
    }
    expect(past.lc().model.sources).toContain("assumption");
  });

  it("dates the undated figures on the day the guide gives, and cites the assumption", () => {
    const text = item("The dates of undated figures");
    const asOf = /are dated (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
    for (const id of ["fvov", "pvvvo"]) {
      expect(figureOf(org(id))?.asOf, id).toBe(asOf);
      expect(org(id).sources, id).toContain("assumption");
      expect(text, id).toContain(`(${/^(?:about|over) [\d,]+/.exec(rows("The organisations").find((r) => r[0] === `\`${id}\``)?.[3] ?? "")?.[0]})`);
    }
  });

  it("fills in the 1st for every date the sources give only to the month or year", () => {
    const text = item("Days filled in");
    expect(text).toContain("the OC and BVMBO in March 2011");
    for (const id of ["oc", "bvmbo"]) expect(org(id).founded, id).toBe("2011-03-01");
    expect(text).toContain("Platform VVVO in 1991");
    expect(org("pvvvo").founded).toBe("1991-01-01");
    expect(text).toContain("BON early 2006");
    expect(org("bon").founded).toBe("2006-01-01");
    expect(text).toContain("the VCP's forerunner in 1974");
    expect(org("vcp").founded).toBe("1974-01-01");
    expect(text).toContain("CNV Onderwijs's figure of August 2021");
    expect(figureOf(org("cnvo"))?.asOf).toBe("2021-08-01");
    for (const id of ["oc", "bvmbo", "pvvvo", "bon", "vcp", "cnvo"]) expect(org(id).note, id).toMatch(/day not given|the 1st is used/);
  });

  it("starts the FvOv's statutory pay mandate on the day the guide gives, citing the assumption", () => {
    const start = /\((\d{4}-\d{2}-\d{2})\)/.exec(item("The start of the FvOv's statutory pay mandate"))?.[1];
    for (const scenario of proposals()) {
      const mandate = scenario.mandates.find((m) => m.holder === "fvov" && m.grant.by === "statute");
      expect(mandate?.validFrom, scenario.id).toBe(start);
      expect(mandate?.sources, scenario.id).toContain("assumption");
    }
    expect(org("fvov").founded).toBeUndefined();
  });

  it("marks every proposal's mandates, rules and bodies as illustrations, and the start day as the guide's", () => {
    expect(item("The proposals start on")).toContain(`**The proposals start on ${proposal.coordination().mandates[0]?.validFrom}.**`);
    for (const scenario of proposals()) {
      expect(scenario.model.sources, scenario.id).toContain("illustration");
      for (const o of scenario.organisations.filter((x) => !nl.organisations.some((real) => real.id === x.id))) {
        expect(o.sources, o.id).toContain("illustration");
        expect(o.note, o.id).toMatch(/^HYPOTHETICAL/);
      }
    }
    for (const m of proposal.coordination().mandates.filter((x) => x.role === "lead" && x.grant.by === "statute")) {
      expect(m.sources, m.id).toContain("illustration");
    }
  });

  it("keeps the labour market a professional theme, special education under po and vo, and ho as hbo and wo", () => {
    expect(item("The onderwijsarbeidsmarkt is a `professional` theme")).toBeTruthy();
    expect(nl.themes.find((t) => t.id === "onderwijsarbeidsmarkt")?.kind).toBe("professional");
    expect(nl.sectors.find((s) => s.id === "po")?.note).toMatch(/so and sbo.*under vo/);
    expect(nl.sectors.find((s) => s.id === "ho")?.note).toMatch(/hbo.*wo.*together/);
  });

  it("marks the OC's themes beyond the letter as an assumption in the data", () => {
    const text = item("The OC's themes beyond the letter");
    const lead = past.representation().mandates.find((m) => m.id === "oc-lead");
    expect(text).toContain("leads professional development");
    expect(lead?.scope.themes).toContain("professionalisering");
    expect(lead?.sources).toContain("assumption");
    expect(lead?.note).toMatch(/Professional development is added for its LerarenOntwikkelFonds \(cnv-oc\): that reading is an ASSUMPTION/);
  });

  it("records the OC's funding as structural, never one-off, and its board as the letter's five", () => {
    expect(item("The OC's funding is recorded as structural")).toContain("so\n    it is not one-off".replace(/\n\s+/, " "));
    expect(past.oc().funding?.map((f) => f.kind)).toEqual(["structural"]);
    // Wherever a sentence of the guide speaks of the OC and of one-off money, it says the OC's money was not one-off.
    const sentences = guide().replace(/\s+/g, " ").split(/\. |\|/);
    const offending = sentences.filter((s) => /\bOC\b/.test(s) && /one-off/.test(s) && !/(?:not|never) one-off/.test(s));
    expect(offending).toEqual([]);
    expect(item("The OC's founders")).toContain("the board list follows the letter's five");
    expect(periodsOf(ocModel(past.oc()).board, "the OC's board")[0]?.value.seats.length).toBe(5);
  });
});

describe("docs/dutch-case.md: sources", () => {
  it("lists every source in one row: id, title linked to its address, publisher and date, exactly as the data has them", () => {
    const table = rows("Sources").map((row) => `| ${row.join(" | ")} |`);
    for (const source of nl.sources) {
      const title = source.url === undefined ? source.title : `[${source.title}](${source.url})`;
      const by = [source.publisher, source.date].filter((part) => part !== undefined).join(", ");
      expect(table, source.id).toContain(`| \`${source.id}\` | ${title} | ${by} |`);
    }
    expect(table.length).toBe(nl.sources.length);
  });
});

describe("docs/dutch-case.md: funding", () => {
  const DOCS: Record<string, string[]> = {
    "`history-oc`": ["history-oc"],
    "`history-lc`": ["history-lc"],
    "`history-representation`": ["history-representation"],
    "the three proposals": ["coordination", "oc2", "alternative"],
  };

  it("lists every funding period of every document, in the documents the data puts it in, as the data has it", () => {
    const table = rows("Funding");
    const seen = new Map<string, NlDocumentName[]>();
    for (const name of nl.documentNames) for (const f of nl.document(name).funding ?? []) seen.set(f.id, [...(seen.get(f.id) ?? []), name]);
    expect(table.map((r) => r[0])).toEqual([...seen.keys()].map((id) => `\`${id}\``).sort((a, b) => table.findIndex((r) => r[0] === a) - table.findIndex((r) => r[0] === b)));
    for (const [id, , by, kind, from, until, forWhat, source] of table) {
      const key = (id ?? "").replace(/`/g, "");
      const where = (table.find((r) => r[0] === id)?.[1] ?? "").split(", ").flatMap((part) => DOCS[part] ?? [part]);
      expect(where.sort(), key).toEqual([...(seen.get(key) ?? [])].sort());
      const period = nl.document(seen.get(key)?.[0] ?? "coordination").funding?.find((f) => f.id === key);
      expect([by, kind, from, until, source], key).toEqual([period?.by, period?.kind, period?.from, period?.until ?? "", `\`${period?.source}\``]);
      expect(forWhat, key).toBe(period?.for === undefined ? "the model's work" : /^[a-z]+$/.test(period.for) && period.for !== "exploration" ? `\`${period.for}\`` : period.for);
    }
  });

  it("gives every current proposal its funding: the letter's request and the exploration's, amounts unknown and said so", () => {
    for (const name of ["coordination", "oc2", "alternative"] as const) {
      const funding = proposal[name]().funding ?? [];
      const request = funding.find((f) => f.id === "letter-request");
      const exploration = funding.find((f) => f.for === "exploration");
      for (const period of [request, exploration]) {
        expect(period?.source, name).toBe("letter");
        expect(period?.amountEurPerYear, name).toBeUndefined();
        expect(period?.fte, name).toBeUndefined();
        expect(period?.note, name).toMatch(/REQUESTED, NOT GRANTED.*Amount and FTEs UNKNOWN/);
      }
      expect(request?.note).toContain("'bijpassende financiering'");
      expect(exploration?.note).toContain("working budget and FTEs");
    }
    expect(section("Funding").join(" ")).toContain('"bijpassende financiering" for the chosen model');
  });
});

describe("docs/dutch-case.md: the organisations together", () => {
  it("names the coalitions' holders as the data has them, and keeps CNV Onderwijs out of the growth fund in both", () => {
    const history = past.representation();
    const holders = (id: string): string[] => history.mandates.find((m) => m.id === id)?.holders?.map((h) => nl.names[h] ?? h).sort() ?? [];
    const table = rows("The organisations together");
    expect(table.find((r) => r[0] === "`joint-profession`")?.[1]?.split(", ")).toEqual(holders("joint-profession"));
    expect(table.find((r) => r[0]?.startsWith("`joint-vo-") === true)?.[1]?.split(", ")).toEqual(holders("joint-vo-2019-01-01"));
    expect(table.find((r) => r[0]?.startsWith("`joint-mbo-") === true)?.[1]?.split(", ")).toEqual(holders("joint-mbo-2019-01-01"));
    const programme = history.mandates.filter((m) => m.id.startsWith("growth-fund-"));
    expect(programme.map((m) => m.validFrom)).toEqual(["2023-06-30", "2023-06-30", "2023-06-30"]);
    expect(programme.some((m) => m.holders?.includes("cnvo") === true)).toBe(false);
    expect(paragraph("The organisations together", "**CNV Onderwijs and the growth fund.**")).toContain("and not CNV Onderwijs");
  });
});
