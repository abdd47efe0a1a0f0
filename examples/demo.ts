// The demo behind `npm run demo`: the three models of the Dutch letter on one day, as
// terminal tables, a few explained answers, the cells where the models differ, and the
// lessons of the two earlier attempts as the analysis finds them, and the history of
// representation since 2011 as a chart drawn from its exact intervals.
// Pass another day as `npm run demo -- 2027-03-01`. Output stays within 80 columns.
import {
  changePoints,
  compareScenarios,
  explain,
  findPitfalls,
  matrixTimeline,
  representationMatrix,
  resolve,
  type ChangeEvent,
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
const SECTORS = ["po", "vo", "mbo", "ho", null] as const;
const scenarios: readonly (readonly [string, Scenario])[] = [
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

/** What a table cell shows: the lead, `?` when contested, `-` when unrepresented. */
function mark(cell: Representation | undefined): string {
  if (cell === undefined) return "";
  return cell.status === "represented" ? (cell.lead ?? "") : cell.status === "contested" ? "?" : "-";
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((text, i) => text.slice(0, widths[i] ?? 10).padEnd(widths[i] ?? 10)).join("  ").trimEnd();
}

/** Indents a theme by its depth in the theme tree, so children read as such. */
function themeLabel(scenario: Scenario, id: string): string {
  const parentOf = new Map(scenario.themes.map((t) => [t.id, t.parent]));
  let depth = 0;
  for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) depth++;
  return "  ".repeat(depth) + id;
}

say(`The Dutch case on ${on}: the three models of the letter side by side`);
say("=".repeat(66));
say("Who leads is an illustration written for this dataset, not a fact;");
say("see docs/dutch-case.md. A cell shows the lead's id, ? when contested,");
say("- when unrepresented. Column 'all' asks for the profession as a whole.");
const shown = new Set(scenarios.flatMap(([, s]) => s.organisations.filter((o) => o.sectors.length > 0).map((o) => o.id)));
say(`Ids: ${[...shown].map((id) => `${id} = ${nl.names[id] ?? id}`).join(", ")}.`);

const widths = [24, 8, 8, 8, 8, 8];
const matrices = new Map<string, Map<string, Representation>>();
for (const [key, scenario] of scenarios) {
  const matrix = representationMatrix(scenario, { on, sectors: [...SECTORS] });
  const cells = new Map(matrix.cells.map((c) => [`${c.theme}|${c.region}|${c.sector ?? "all"}`, c]));
  matrices.set(key, cells);
  const count = (status: Representation["status"]): number => matrix.cells.filter((c) => c.status === status).length;
  say();
  say(`${key}: ${scenario.name}`);
  say("-".repeat(Math.min(WIDTH, key.length + 2 + scenario.name.length)));
  say(`Region nl (${scenario.regions.find((r) => r.id === "nl")?.name ?? "nl"}), every theme by sector:`);
  say(row(["theme", "po", "vo", "mbo", "ho", "all"], widths));
  say(row(widths.map((w) => "-".repeat(w)), widths));
  for (const theme of matrix.themes) {
    const marks = SECTORS.map((sector) => mark(cells.get(`${theme}|nl|${sector ?? "all"}`)));
    say(row([themeLabel(scenario, theme), ...marks], widths));
  }
  say(
    `The whole matrix, ${matrix.themes.length} themes x ${matrix.regions.length} regions x ${SECTORS.length} columns: ` +
      `${count("represented")} represented, ${count("contested")} contested, ${count("unrepresented")} unrepresented.`,
  );
}

say();
say("A few answers, explained");
say("------------------------");
const questions = [
  { scenario: nl.scenarios.coordination, query: { theme: "curriculum", region: "nl", sector: "vo" } },
  { scenario: nl.scenarios.coordination, query: { theme: "onderwijsarbeidsmarkt", region: "twente-achterhoek", sector: "po" } },
  { scenario: nl.scenarios.oc2, query: { theme: "curriculum", region: "noorderwijzer", sector: "vo" } },
  { scenario: nl.scenarios.alternative, query: { theme: "bekwaamheidseisen", region: "gfd-po", sector: "po" }, locale: "nl" as const },
];
for (const { scenario, query, locale } of questions) {
  say();
  say(`[${scenario.id}]`);
  say(explain(resolve(scenario, { ...query, on }), { names: nl.names, ...(locale === undefined ? {} : { locale }) }));
}

say();
say("Where the models differ");
say("----------------------");
const keys = scenarios.map(([key]) => key);
const comparison = compareScenarios(
  scenarios.map(([, scenario]) => scenario),
  { on, sectors: [...SECTORS] },
);
const shortMark = (outcome: { status: string; lead: string | null }): string =>
  outcome.status === "represented" ? (outcome.lead ?? "") : outcome.status === "contested" ? "?" : "-";
say(`${comparison.differences.length} of ${comparison.cells} cells have a different lead in at least one model.`);
say(`At the national level, by leads in ${keys.join(" / ")}:`);
// Cells with the same three leads are grouped, and themes with the same sectors merged.
const groups = new Map<string, Map<string, string[]>>();
for (const cell of comparison.differences) {
  if (cell.region !== "nl") continue;
  const leads = cell.outcomes.map(shortMark).join(" / ");
  const byTheme = groups.get(leads) ?? new Map<string, string[]>();
  byTheme.set(cell.theme, [...(byTheme.get(cell.theme) ?? []), cell.sector ?? "all"]);
  groups.set(leads, byTheme);
}
for (const [leads, byTheme] of groups) {
  const bySectors = new Map<string, string[]>();
  for (const [theme, sectors] of byTheme) bySectors.set(sectors.join(", "), [...(bySectors.get(sectors.join(", ")) ?? []), theme]);
  const where = [...bySectors].map(([sectors, themes]) => `${themes.join(", ")} (${sectors})`).join("; ");
  say(`  ${leads.padEnd(22)}${where}`, " ".repeat(24));
}
say("In the regions, where a region's leads differ from its parent's:");
const regions = nl.scenarios.coordination.regions;
for (const region of regions) {
  if (region.parent === undefined) continue;
  const parent = region.parent;
  for (const key of keys) {
    const cells = matrices.get(key);
    const changes = new Map<string, { themes: Set<string>; count: number }>();
    for (const [id, cell] of cells ?? []) {
      if (cell.region !== region.id) continue;
      const above = mark(cells?.get(id.replace(`|${region.id}|`, `|${parent}|`)));
      if (above === mark(cell)) continue;
      const change = `${above} -> ${mark(cell)}`;
      const seen = changes.get(change) ?? { themes: new Set<string>(), count: 0 };
      seen.themes.add(cell.theme);
      seen.count++;
      changes.set(change, seen);
    }
    for (const [change, { themes, count }] of changes) {
      const what = themes.size > 2 ? `${themes.size} themes` : [...themes].join(", ");
      say(`  ${region.id}, ${key}: ${change} on ${what} (${count} cells)`);
    }
  }
}
say("Every other region follows its parent.");

say();
say("The lessons of history (findPitfalls)");
say("-------------------------------------");
const lessons: readonly (readonly [string, Scenario, string])[] = [
  ...scenarios.map(([key, scenario]) => [key, scenario, on] as const),
  ["OC in 2015", nl.history.oc, "2015-06-01"],
  ["LC in 2022", nl.history.lc, "2022-01-01"],
];
for (const [key, scenario, day] of lessons) {
  const found = findPitfalls(scenario, { on: day }).map((finding) => finding.id);
  say(`  ${key.padEnd(14)}${found.length === 0 ? "none found" : found.join(", ")}`, " ".repeat(16));
}

say();
say("Who represented the profession, 2011 to 2026 (nl.history.representation)");
say("-------------------------------------------------------------------------");
// matrixTimeline gives each cell's exact intervals; the chart shows each third of a
// year by the answer that holds on most of its days.
const history = nl.history.representation;
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
/** One character for an answer: a letter per lead, ? when contested, . when unrepresented. */
function glyph(representation: Representation): string {
  if (representation.status !== "represented") return representation.status === "contested" ? "?" : ".";
  const lead = representation.lead ?? "";
  const known = glyphOf.get(lead);
  if (known !== undefined) return known;
  const taken = new Set(glyphOf.values());
  const letter = Array.from(`${lead.toUpperCase()}${lead}`).find((c) => !taken.has(c)) ?? "*";
  glyphOf.set(lead, letter);
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
say(`Each character is four months. ${[...glyphOf].map(([lead, letter]) => `${letter} = ${nl.names[lead] ?? lead}`).join(", ")}, ? = contested, . = unrepresented.`);
say("What changed, and when (changePoints):");
const points = changePoints(history, { from: `${FIRST_YEAR}-01-01`, until: `${FIRST_YEAR + YEARS}-01-01` });
const WORDS: Readonly<Record<ChangeEvent["kind"], string>> = {
  "mandate-starts": "mandates start",
  "mandate-ends": "mandates end",
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
/** Who an event is about. */
const about = (event: ChangeEvent): string =>
  "holder" in event ? (event.holder ?? (event.holders ?? []).join(" + ")) : "organisation" in event ? event.organisation : "agreement" in event ? event.agreement : "body" in event ? event.body : event.chair;
for (const point of points) {
  const byKind = new Map<ChangeEvent["kind"], string[]>();
  for (const event of point.events) byKind.set(event.kind, [...(byKind.get(event.kind) ?? []), about(event)]);
  const what = [...byKind].map(([kind, who]) => `${WORDS[kind]}: ${[...new Set(who)].join(", ")}`).join("; ");
  say(`  ${point.on}  ${what}`, " ".repeat(14));
}
say("The same intervals drawn as SVG: docs/images/representation-history.svg.");
