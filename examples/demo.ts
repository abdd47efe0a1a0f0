// The demo behind `npm run demo`: the three models of the Dutch letter on one day, as
// terminal tables, a few explained answers, the cells where the models differ, and the
// lessons of the two earlier attempts as the analysis finds them.
// Pass another day as `npm run demo -- 2027-03-01`. Output stays within 80 columns.
import { compareScenarios, explain, findPitfalls, representationMatrix, resolve, type Representation, type Scenario } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

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
