// The demo behind `npm run demo`: the Dutch case as the founding letter tells it. First the
// history since 2011 (the OC, the LC, and the organisations leading together), then the
// three proposals with the money each asks for, then what a teacher would notice under
// each: who speaks for my sector and region, with whom, paid by whom. Last, a few answers
// explained and the lessons of the two earlier attempts as findPitfalls finds them.
// Pass another day as `npm run demo -- 2027-03-01`. Output stays within 80 columns.
import {
  analyseScenario,
  changePoints,
  explain,
  findPitfalls,
  matrixTimeline,
  representationMatrix,
  resolve,
  type ChangeEvent,
  type FundingPeriod,
  type Representation,
  type Scenario,
  type TimelineInterval,
} from "beroepsgroep";
import { nl } from "beroepsgroep/nl";
import "beroepsgroep/locale/nl";

const on = process.argv[2] ?? "2026-09-01";
if (!/^\d{4}-\d{2}-\d{2}$/.test(on)) {
  console.error("usage: npm run demo -- YYYY-MM-DD");
  process.exit(1);
}

const WIDTH = 80;
const history = nl.history.representation;
const proposals: readonly (readonly [string, Scenario])[] = [
  ["coordination", nl.scenarios.coordination],
  ["oc2", nl.scenarios.oc2],
  ["alternative", nl.scenarios.alternative],
];

/** Wraps one line at WIDTH columns, indenting the continuation lines. */
function wrap(line: string, indent = "    "): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    const cut = rest.lastIndexOf(" ", WIDTH);
    const at = cut > indent.length ? cut : WIDTH;
    out.push(rest.slice(0, at));
    rest = indent + rest.slice(at).trimStart();
  }
  out.push(rest);
  return out;
}

function say(text = "", indent = "    "): void {
  for (const line of text.split("\n")) for (const part of wrap(line, indent)) console.log(part);
}

function heading(text: string): void {
  say();
  say(text);
  say("-".repeat(Math.min(WIDTH, text.length)));
}

const name = (id: string): string => nl.names[id] ?? id;
/** "A, B and C". */
function list(ids: readonly string[]): string {
  const names = ids.map(name);
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/** Who speaks for a cell, and with whom: a single lead with its delegation, or a coalition leading together. */
function whoSpeaks(answer: Representation): string {
  if (answer.status === "contested") return `contested (${answer.contendingParties.map((p) => p.map(name).join(" + ")).join(" vs ")})`;
  if (answer.status !== "represented") return "no one";
  const others = answer.delegation.filter((id) => !answer.leads.includes(id));
  const leads = answer.leads.length > 1 ? `${answer.leads.map(name).join(" + ")} together` : name(answer.leads[0] ?? "");
  return others.length === 0 ? leads : `${leads}, with ${list(others)}`;
}

/** A funding period in a few words: who pays, what kind, from when, and what is not known. */
function money(period: FundingPeriod): string {
  const requested = period.note?.startsWith("REQUESTED") === true ? "requested: " : "";
  const span = period.until === undefined ? `from ${period.from}` : `${period.from} to ${period.until}`;
  const amount = period.amountEurPerYear === undefined ? "amount unknown" : `EUR ${period.amountEurPerYear.toLocaleString("en-US")} a year`;
  return `${requested}${period.by}, ${period.kind}, ${span}, ${amount}`;
}

// ---------------------------------------------------------------------------------------

say(`The Dutch case: who speaks for the teaching profession, and who pays`);
say("=".repeat(68));
say("From the letter of AOb, CNV Onderwijs, FvOv and BVMBO to the minister, and the public sources in docs/dutch-case.md. Every fact in the data cites a source; where it goes beyond them it is marked as an assumption.");

heading("1. The history, 2011 to 2026 (nl.history.representation)");
// matrixTimeline gives each cell's exact intervals; the chart shows each third of a
// year by the answer that holds on most of its days.
const FIRST_YEAR = 2011;
const YEARS = 16;
const timeline = matrixTimeline(history, {
  from: `${FIRST_YEAR}-01-01`,
  until: `${FIRST_YEAR + YEARS}-01-01`,
  regions: ["nl"],
  themes: history.themes.filter((t) => t.parent === undefined).map((t) => t.id),
  sectors: history.sectors.map((s) => s.id),
});
const glyphOf = new Map<string, string>();
const COALITION_GLYPHS = "abcdefghijkmnpqrstuvwxyz";
/** One character per party: a capital for one organisation, a small letter for a coalition, . when unrepresented, ? when contested. */
function glyph(representation: Representation): string {
  if (representation.status !== "represented") return representation.status === "contested" ? "?" : ".";
  const key = representation.leads.join("+");
  const known = glyphOf.get(key);
  if (known !== undefined) return known;
  const taken = new Set(glyphOf.values());
  const pool = representation.leads.length > 1 ? COALITION_GLYPHS : key.toUpperCase();
  const letter = Array.from(pool).find((c) => !taken.has(c)) ?? "*";
  glyphOf.set(key, letter);
  return letter;
}
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** The interval that holds on most days of [from, until). */
function mostOf(intervals: readonly TimelineInterval[], from: number, until: number): TimelineInterval | undefined {
  let best: TimelineInterval | undefined;
  let bestDays = 0;
  for (const interval of intervals) {
    const days = Math.min(until, dayOf(interval.until)) - Math.max(from, dayOf(interval.from));
    if (days > bestDays) [best, bestDays] = [interval, days];
  }
  return best;
}
const bounds = Array.from({ length: YEARS * 3 + 1 }, (_, i) => {
  const year = FIRST_YEAR + Math.floor(i / 3);
  return dayOf(`${year}-${String((i % 3) * 4 + 1).padStart(2, "0")}-01`);
});
const LABEL = 26;
const axis = Array.from({ length: YEARS }, (_, i) => (i % 5 === 0 ? String(FIRST_YEAR + i).padEnd(15) : "")).join("");
say(" ".repeat(LABEL) + axis.trimEnd());
say(" ".repeat(LABEL) + Array.from({ length: YEARS }, (_, i) => (i % 5 === 0 ? "|" : "'").padEnd(3)).join("").trimEnd());
let lastTheme = "";
for (const cell of timeline.cells) {
  const label = (cell.theme === lastTheme ? "" : cell.theme).padEnd(LABEL - 4) + (cell.sector ?? "all").padEnd(4);
  lastTheme = cell.theme;
  const bar = bounds.slice(0, -1).map((from, i) => {
    const interval = mostOf(cell.intervals, from, bounds[i + 1] ?? from);
    return interval === undefined ? " " : glyph(interval.representation);
  });
  say(label + bar.join(""));
}
say("Each character is four months; . = no one, ? = contested.");
for (const [key, letter] of glyphOf) {
  const ids = key.split("+");
  say(`  ${letter} = ${ids.length > 1 ? `${ids.map(name).join(" + ")}, together` : name(key)}`, "      ");
}
say("What changed, and when (changePoints):");
const points = changePoints(history, { from: `${FIRST_YEAR}-01-01`, until: `${FIRST_YEAR + YEARS}-01-01` });
const WORDS: Readonly<Record<ChangeEvent["kind"], string>> = {
  "mandate-starts": "starts",
  "mandate-ends": "ends",
  "organisation-founded": "founded",
  "organisation-dissolved": "dissolved",
  "agreement-signed": "agreement signed",
  "agreement-ends": "agreement ends",
  "body-established": "body established",
  "rotation-starts": "rotation starts",
  "rotation-turns": "rotation turns",
  "membership-figure": "new membership figure",
  "sectors-change": "sectors served change",
};
/** Who an event is about: an organisation, or a coalition written as "A + B". */
const about = (event: ChangeEvent): string =>
  "holder" in event
    ? event.holder !== null
      ? name(event.holder)
      : (event.holders ?? []).map(name).join(" + ")
    : "organisation" in event
      ? name(event.organisation)
      : "agreement" in event
        ? event.agreement
        : "body" in event
          ? name(event.body)
          : name(event.chair);
for (const point of points) {
  const byKind = new Map<ChangeEvent["kind"], Set<string>>();
  for (const event of point.events) byKind.set(event.kind, (byKind.get(event.kind) ?? new Set<string>()).add(about(event)));
  const what = [...byKind].map(([kind, who]) => `${WORDS[kind]}: ${[...who].join("; ")}`).join(". ");
  say(`  ${point.on}  ${what}`, " ".repeat(14));
}
say("Who paid:");
for (const period of history.funding ?? []) say(`  ${period.for ?? "joint work"}: ${money(period)}`, "      ");
for (const day of ["2019-06-01", "2024-06-01"]) {
  const cells = representationMatrix(history, { on: day, regions: ["nl"], sectors: [...history.sectors.map((s) => s.id), null] }).cells;
  const count = (test: (c: Representation) => boolean): number => cells.filter(test).length;
  say(
    `On ${day}, nationally: ${count((c) => c.status === "represented")} of ${cells.length} cells represented, ` +
      `${count((c) => c.leads.length > 1)} of them by organisations together; ${count((c) => c.status === "contested")} contested.`,
  );
}
say("The chart as SVG: docs/images/representation-history.svg.");

heading(`2. The three proposals, and the money each asks for`);
say("Who leads where under each model is an illustration written for this dataset; the money is what the letter asks, with no figures named.");
for (const [key, scenario] of proposals) {
  say();
  say(`${key}: ${scenario.name}`);
  for (const period of scenario.funding ?? []) say(`  ${period.for ?? "the model's work"}: ${money(period)}`, "      ");
  const pitfall = findPitfalls(scenario, { on }).find((f) => f.id === "fragile-funding");
  say(`  fragile-funding on ${on}: ${pitfall === undefined ? "not found" : pitfall.message}`, "      ");
}

heading(`3. What a teacher would notice on ${on}`);
say("For three teachers: who speaks for my sector and region, with whom, paid by whom. 'as today' is the history on that day, before any model of the letter.");
const teachers = [
  { who: "A po teacher in Groningen, Friesland en Drenthe", region: "gfd-po", sector: "po" },
  { who: "A vo teacher in Noorderwijzer (Drenthe+)", region: "noorderwijzer", sector: "vo" },
  { who: "An mbo teacher in Twente, Achterhoek, Oost-Salland", region: "twente-achterhoek", sector: "mbo" },
] as const;
const THEMES = ["curriculum", "professionalisering"] as const;
const views: readonly (readonly [string, Scenario])[] = [["as today", history], ...proposals];
/** Who pays for the model's work on the day, as analyseScenario reads it. */
function paidBy(scenario: Scenario): string {
  const funding = analyseScenario(scenario, { on }).funding;
  const periods = (scenario.funding ?? []).filter((p) => funding.model.periods.includes(p.id));
  if (periods.length === 0) return "the organisations' own means (no funding recorded)";
  return periods.map(money).join("; ");
}
for (const teacher of teachers) {
  say();
  say(`${teacher.who} (${teacher.region}, ${teacher.sector}):`);
  for (const [key, scenario] of views) {
    THEMES.forEach((theme, i) => {
      const answer = resolve(scenario, { theme, region: teacher.region, sector: teacher.sector, on });
      say(`  ${(i === 0 ? key : "").padEnd(13)}${theme}: ${whoSpeaks(answer)}`, " ".repeat(17));
    });
    say(`  ${"".padEnd(13)}paid by: ${paidBy(scenario)}`, " ".repeat(17));
  }
}
say();
say("Cell by cell, against the history on the same day (every theme, region and sector):");
const today = representationMatrix(history, { on });
const todayLeads = new Map(today.cells.map((c) => [`${c.theme}|${c.region}|${c.sector ?? ""}`, c.leads.join("+")]));
const todayTables = new Map(today.cells.map((c) => [`${c.theme}|${c.region}|${c.sector ?? ""}`, [...c.delegation].sort().join("+")]));
for (const [key, scenario] of proposals) {
  const cells = representationMatrix(scenario, { on }).cells.filter((c) => todayLeads.has(`${c.theme}|${c.region}|${c.sector ?? ""}`));
  const at = (c: Representation): string => `${c.theme}|${c.region}|${c.sector ?? ""}`;
  const changed = cells.filter((c) => c.leads.join("+") !== todayLeads.get(at(c)));
  const sameTable = cells.filter((c) => [...c.delegation].sort().join("+") === todayTables.get(at(c))).length;
  const body = scenario.model.kind === "oc2" ? scenario.model.body : undefined;
  const byBody = body === undefined ? 0 : changed.filter((c) => c.lead === body).length;
  say(
    `  ${key.padEnd(13)}another speaker in ${changed.length} of ${cells.length} cells` +
      (body === undefined ? "" : ` (${byBody} of them the new body ${name(body)})`) +
      `; the same organisations at the table in ${sameTable}`,
    " ".repeat(17),
  );
}

heading("4. A few answers, explained");
const questions = [
  { scenario: nl.scenarios.coordination, query: { theme: "onderwijsarbeidsmarkt", region: "twente-achterhoek", sector: "po", on } },
  { scenario: nl.scenarios.oc2, query: { theme: "curriculum", region: "noorderwijzer", sector: "vo", on } },
  { scenario: history, query: { theme: "curriculum", region: "nl", sector: "vo", on: "2024-06-01" }, locale: "nl" as const },
];
for (const { scenario, query, locale } of questions) {
  say();
  say(`[${scenario.id}]`);
  const text = explain(resolve(scenario, query), { names: nl.names, ...(locale === undefined ? {} : { locale }) });
  // The first lines carry the answer; the full list of claims is in the explanation's data.
  say(text.split("\n").slice(0, 4).join("\n"));
}

heading("5. The lessons of history (findPitfalls)");
const lessons: readonly (readonly [string, Scenario, string])[] = [
  ...proposals.map(([key, scenario]) => [key, scenario, on] as const),
  ["OC in 2015", nl.history.oc, "2015-06-01"],
  ["OC in 2018", nl.history.oc, "2018-06-01"],
  ["LC in 2022", nl.history.lc, "2022-01-01"],
];
for (const [key, scenario, day] of lessons) {
  const found = findPitfalls(scenario, { on: day }).map((finding) => finding.id);
  say(`  ${key.padEnd(14)}${found.length === 0 ? "none found" : found.join(", ")}`, " ".repeat(16));
}
