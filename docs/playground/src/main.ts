/**
 * The playground: load or write a scenario, pick a day, a region and a sector, click a cell
 * and see why; side by side, pitfalls, the cell's timeline, and what-if changes with undo.
 * It uses only the library's public entries; the Dutch dataset and the Dutch catalogue are
 * loaded by dynamic import when they are needed.
 */
import {
  type Catalogue,
  changePoints,
  compareScenarios,
  explain,
  findPitfalls,
  formatPath,
  type LocaleOption,
  matrixTimeline,
  representationMatrix,
  type Representation,
  type RepresentationMatrix,
  safeParseScenario,
  type Scenario,
  ScenarioError,
} from "beroepsgroep";
import {
  type Change,
  createHistory,
  type History,
  impactOf,
  loadHistory,
  updateMatrix,
} from "beroepsgroep/change";
import { displayNames, renderComparison, renderTimeline, type RenderOptions } from "beroepsgroep/report";
import type { NlDataset } from "beroepsgroep/nl";
import { type PageState, readAddress, writeAddress } from "./address.js";
import { cellKey, MatrixPanel } from "./matrix-panel.js";
import { PartyColours } from "./party-colours.js";
import { changeFromForm, fillWhatIf } from "./what-if.js";
import { type PageLocale, pageWords, type PageWords } from "./words.js";

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
const $ = <T extends HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (found === null) throw new Error(`playground: no ${selector}`);
  return found;
};

let dataset: Promise<NlDataset> | undefined;
const loadDataset = (): Promise<NlDataset> => (dataset ??= import("beroepsgroep/nl").then((m) => m.nl));
let dutchLoaded: Promise<Catalogue> | undefined;
/** The library's catalogue of the language: Dutch is loaded only when a reader picks it, and passed as itself. */
const loadLocale = async (lang: PageLocale): Promise<LocaleOption> =>
  lang === "nl" ? await (dutchLoaded ??= import("beroepsgroep/locale/nl").then((m) => m.dutch)) : "en";

interface View {
  lang: PageLocale;
  locale: LocaleOption;
  words: PageWords;
  source: string;
  json: string | undefined;
  history: History;
  on: string;
  region: string;
  sector: string;
  cell: string | undefined;
  matrix: RepresentationMatrix | undefined;
}

let view: View;
let firstMatrix = true;
const panel = new MatrixPanel($("#matrix"), (key) => {
  view.cell = key;
  panel.select(key);
  showCell();
  saveAddress();
});

/** The Dutch scenario or history of a document name; undefined for a name the dataset does not know (an old or edited address). */
async function documentScenario(name: string): Promise<Scenario | undefined> {
  const nl = await loadDataset();
  const known = nl.documentNames.find((n) => n === name);
  return known === undefined ? undefined : nl.scenario(known);
}

function scenario(): Scenario {
  return view.history.current;
}

/** Colours of the scenario's parties, kept for the page's life so that a redrawn coalition keeps its colour. */
const partyColours = new PartyColours();
const comparedColours = new PartyColours();

/** Colours for every organisation of the scenario and every party the cells to draw name. */
function coloursFor(cells: Parameters<PartyColours["for"]>[1]): Record<string, string> {
  return partyColours.for(scenario().organisations.map((o) => o.id), cells);
}

/** How the matrix (or the given cells of it) is drawn: colours named for every party those cells show. */
function renderOptions(cells: readonly Representation[]): RenderOptions {
  const s = scenario();
  return { format: "html", names: displayNames(s), colours: coloursFor(cells), locale: view.locale };
}

function query(): { on: string; regions?: string[]; sectors?: string[] } {
  const s = scenario();
  const regions = view.region === "" ? undefined : [view.region, ...s.regions.filter((r) => r.parent === view.region).map((r) => r.id)];
  return { on: view.on, ...(regions === undefined ? {} : { regions }), ...(view.sector === "" ? {} : { sectors: [view.sector] }) };
}

function saveAddress(): void {
  const state: PageState = {
    scenario: view.source,
    ...(view.source === "custom" && view.json !== undefined ? { json: view.json } : {}),
    on: view.on,
    ...(view.region === "" ? {} : { region: view.region }),
    ...(view.sector === "" ? {} : { sector: view.sector }),
    ...(view.cell === undefined ? {} : { cell: view.cell }),
    lang: view.lang,
  };
  history.replaceState(null, "", writeAddress(state));
}

function setText(): void {
  const w = view.words;
  document.documentElement.lang = view.lang;
  document.title = w.title;
  for (const el of document.querySelectorAll<HTMLElement>("[data-w]")) {
    const value = w[el.dataset["w"] as keyof PageWords];
    if (typeof value === "string") el.textContent = value;
  }
  const pick = $<HTMLSelectElement>("#source");
  pick.replaceChildren(
    ...Object.entries(w.documents).map(([name, label]) => new Option(label, name)),
    new Option(w.custom, "custom"),
  );
  pick.value = view.source;
  $<HTMLSelectElement>("#compare").replaceChildren(
    new Option(w.compareNone, ""),
    new Option(w.compareProposals, "proposals"),
    ...Object.entries(w.documents).map(([name, label]) => new Option(label, name)),
  );
}

/** The pickers that depend on the scenario: the day's change points, regions and sectors. */
function fillPickers(): void {
  const s = scenario();
  const w = view.words;
  const points = changePoints(s, { from: "1900-01-01", until: "2100-01-01" }).map((p) => p.on);
  const slider = $<HTMLInputElement>("#point");
  slider.max = String(Math.max(points.length - 1, 0));
  slider.dataset["points"] = points.join(",");
  const before = points.filter((p) => p <= view.on).length - 1;
  slider.value = String(Math.max(before, 0));
  slider.setAttribute("aria-valuetext", points[Math.max(before, 0)] ?? view.on);
  $<HTMLInputElement>("#day").value = view.on;
  const region = $<HTMLSelectElement>("#region");
  region.replaceChildren(new Option(w.everyRegion, ""), ...s.regions.map((r) => new Option(r.name, r.id)));
  if (!s.regions.some((r) => r.id === view.region)) view.region = "";
  region.value = view.region;
  const sector = $<HTMLSelectElement>("#sector");
  sector.replaceChildren(new Option(w.everySector, ""), ...s.sectors.map((x) => new Option(x.name, x.id)));
  if (!s.sectors.some((x) => x.id === view.sector)) view.sector = "";
  sector.value = view.sector;
  fillWhatIf($("#what-if"), s, w, view.on);
}

function drawMatrix(): void {
  view.matrix = representationMatrix(scenario(), query());
  if (view.cell !== undefined && !view.matrix.cells.some((c) => cellKey(c) === view.cell)) view.cell = undefined;
  panel.draw(view.matrix, renderOptions(view.matrix.cells), view.cell);
  if (firstMatrix) {
    firstMatrix = false;
    document.documentElement.dataset["firstMatrixMs"] = performance.now().toFixed(0);
  }
}

function currentCell(): Representation | undefined {
  return view.matrix?.cells.find((c) => cellKey(c) === view.cell);
}

/** The explanation of the cell picked, the claims of its basis, and its timeline. */
function showCell(): void {
  const w = view.words;
  const out = $("[data-explanation]");
  const timeline = $("#timeline");
  const cell = currentCell();
  if (cell === undefined) {
    out.replaceChildren(Object.assign(document.createElement("p"), { textContent: w.pickCell }));
    timeline.replaceChildren();
    return;
  }
  const text = Object.assign(document.createElement("pre"), { textContent: explain(cell, { locale: view.locale }) });
  const heading = Object.assign(document.createElement("h3"), { textContent: w.claims });
  const claims = document.createElement("table");
  const head = claims.createTHead().insertRow();
  for (const label of w.claimColumns) head.appendChild(Object.assign(document.createElement("th"), { scope: "col", textContent: label }));
  const body = claims.createTBody();
  for (const step of cell.basis) {
    const row = body.insertRow();
    for (const value of [step.claim.id, claimant(step.claim), step.claim.role, step.outcome.kind]) row.insertCell().textContent = value;
  }
  out.replaceChildren(text, heading, cell.basis.length === 0 ? Object.assign(document.createElement("p"), { textContent: w.noClaims }) : claims);
  const points = changePoints(scenario(), { from: "1900-01-01", until: "2100-01-01" }).map((p) => p.on);
  const from = [points[0] ?? view.on, view.on].sort()[0] ?? view.on;
  const last = [points[points.length - 1] ?? view.on, view.on].sort()[1] ?? view.on;
  const until = `${String(Number(last.slice(0, 4)) + 2).padStart(4, "0")}${last.slice(4)}`;
  const line = matrixTimeline(scenario(), { from, until, themes: [cell.theme], regions: [cell.region], sectors: [cell.sector] });
  const shown = line.cells.flatMap((c) => c.intervals.map((i) => i.representation));
  timeline.innerHTML = renderTimeline(line, { names: displayNames(scenario()), colours: coloursFor(shown), locale: view.locale, width: 720, idPrefix: "pg-timeline" });
}

/** Who makes a claim: its one organisation, a coalition's holders (the spokesperson marked), or "-" for a decision. */
function claimant(claim: Representation["basis"][number]["claim"]): string {
  const coalition = claim.coalition;
  if (coalition === undefined) return claim.holder ?? "-";
  const holders = coalition.holders.join(" + ");
  return coalition.spokesperson === undefined ? view.words.coalition(holders) : view.words.coalitionWith(holders, coalition.spokesperson);
}

function showPitfalls(): void {
  const findings = findPitfalls(scenario(), { ...query(), locale: view.locale });
  const out = $("#pitfalls");
  if (findings.length === 0) {
    out.replaceChildren(Object.assign(document.createElement("p"), { textContent: view.words.noPitfalls }));
    return;
  }
  const list = document.createElement("ul");
  list.replaceChildren(
    ...findings.map((f) => {
      const li = document.createElement("li");
      li.dataset["finding"] = f.id;
      li.textContent = `${f.severity}: ${f.message}`;
      return li;
    }),
  );
  out.replaceChildren(list);
}

async function showComparison(): Promise<void> {
  const out = $("#comparison");
  const pick = $<HTMLSelectElement>("#compare").value;
  if (pick === "") {
    out.replaceChildren();
    return;
  }
  const nl = await loadDataset();
  const scenarios = pick === "proposals" ? [nl.scenarios.coordination, nl.scenarios.oc2, nl.scenarios.alternative] : [scenario(), (await documentScenario(pick)) ?? scenario()];
  try {
    const comparison = compareScenarios(scenarios, { on: view.on });
    const colours = comparedColours.for([...new Set(scenarios.flatMap((s) => s.organisations.map((o) => o.id)))], comparison.differences.flatMap((d) => d.outcomes));
    out.innerHTML = renderComparison(comparison, { format: "html", names: displayNames(...scenarios), colours, locale: view.locale, idPrefix: "pg-compare", headingLevel: 3, maxRows: 80 });
  } catch (error) {
    out.textContent = error instanceof Error ? error.message : String(error);
  }
}

/** Everything that depends on the scenario, the day or the language. */
async function refresh(): Promise<void> {
  drawMatrix();
  showCell();
  showPitfalls();
  await showComparison();
  showLog();
  saveAddress();
}

function showLog(): void {
  const h = view.history;
  $<HTMLButtonElement>("#undo").disabled = !h.canUndo;
  $<HTMLButtonElement>("#redo").disabled = !h.canRedo;
  $("#log").replaceChildren(...h.log.map((entry) => Object.assign(document.createElement("li"), { textContent: JSON.stringify(entry.change) })));
}

function problems(lines: readonly string[]): void {
  const alert = $("#problems");
  if (lines.length === 0) {
    alert.replaceChildren();
    return;
  }
  const list = document.createElement("ul");
  list.replaceChildren(...lines.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
  alert.replaceChildren(list, Object.assign(document.createElement("p"), { textContent: view.words.keptLast }));
}

/** Checks the editor's JSON; a valid scenario (or history) replaces the one on screen, otherwise the problems are listed and nothing changes. */
async function checkEditor(text: string): Promise<void> {
  const w = view.words;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems([w.jsonSyntax(error instanceof Error ? error.message : String(error))]);
    return;
  }
  let next: History;
  if (typeof json === "object" && json !== null && (json as { format?: unknown }).format === "beroepsgroep-history") {
    try {
      next = loadHistory(json);
    } catch (error) {
      const issues = error instanceof ScenarioError ? error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) : [error instanceof Error ? error.message : String(error)];
      problems([w.invalid(issues.length), ...issues]);
      return;
    }
  } else {
    const parsed = safeParseScenario(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
      problems([w.invalid(issues.length), ...issues]);
      return;
    }
    next = createHistory(parsed.data);
  }
  problems([]);
  view.history = next;
  view.source = "custom";
  view.json = JSON.stringify(json);
  $<HTMLSelectElement>("#source").value = "custom";
  fillPickers();
  await refresh();
}

async function loadDocument(name: string): Promise<void> {
  const nl = await loadDataset();
  const s = await documentScenario(name);
  if (s === undefined) return;
  view.source = name;
  view.json = undefined;
  view.history = createHistory(s);
  $<HTMLTextAreaElement>("#json").value = JSON.stringify(nl.document(name as never), null, 2);
  problems([]);
}

/** After a what-if step: the matrix is updated, not made again, and only the changed cells are drawn. */
function stepped(before: Scenario, next: History, patches: Parameters<typeof updateMatrix>[2]["patches"]): void {
  const matrix = view.matrix;
  view.history = next;
  if (matrix === undefined) return;
  const update = updateMatrix(matrix, before, { scenario: next.current, patches });
  view.matrix = update.matrix;
  const same = update.matrix.cells.length === matrix.cells.length;
  const after = update.cells.map((c) => c.after);
  if (!same || !panel.redraw(update.matrix, after, renderOptions(after), view.cell)) panel.draw(update.matrix, renderOptions(update.matrix.cells), view.cell);
  const keys = update.cells.map((c) => cellKey(c));
  panel.mark(keys);
  $("#what-if-status").textContent = view.words.changed(keys.length);
  showCell();
  showPitfalls();
  showLog();
  void showComparison();
}

function whatIf(apply: boolean): void {
  const status = $("#what-if-status");
  const change: Change = changeFromForm($("#what-if"), scenario());
  const before = scenario();
  try {
    if (!apply) {
      // impactOf tells which cells the change would alter, without keeping it.
      const impact = impactOf(before, change, query());
      panel.mark(impact.cells.map((c) => cellKey(c)));
      status.textContent = view.words.wouldChange(impact.cells.length);
      return;
    }
    const next = view.history.apply(change);
    stepped(before, next, next.log[next.log.length - 1]?.patches ?? []);
  } catch (error) {
    status.textContent = view.words.refused(error instanceof ScenarioError ? error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("; ") : error instanceof Error ? error.message : String(error));
  }
}

function wire(): void {
  $<HTMLSelectElement>("#lang").addEventListener("change", (event) => {
    void (async () => {
      view.lang = (event.target as HTMLSelectElement).value === "nl" ? "nl" : "en";
      view.locale = await loadLocale(view.lang);
      view.words = pageWords[view.lang];
      setText();
      fillPickers();
      await refresh();
    })();
  });
  $<HTMLSelectElement>("#source").addEventListener("change", (event) => {
    const name = (event.target as HTMLSelectElement).value;
    if (name === "custom") return;
    void loadDocument(name).then(async () => {
      fillPickers();
      await refresh();
    });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  $<HTMLTextAreaElement>("#json").addEventListener("input", (event) => {
    clearTimeout(timer);
    const text = (event.target as HTMLTextAreaElement).value;
    timer = setTimeout(() => void checkEditor(text), 150);
  });
  $<HTMLInputElement>("#upload").addEventListener("change", (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    void file.text().then((text) => {
      $<HTMLTextAreaElement>("#json").value = text;
      return checkEditor(text);
    });
  });
  $<HTMLInputElement>("#point").addEventListener("input", (event) => {
    const slider = event.target as HTMLInputElement;
    const day = (slider.dataset["points"] ?? "").split(",")[Number(slider.value)];
    if (day === undefined || day === "") return;
    view.on = day;
    slider.setAttribute("aria-valuetext", day);
    $<HTMLInputElement>("#day").value = day;
    void refresh();
  });
  $<HTMLInputElement>("#day").addEventListener("change", (event) => {
    const day = (event.target as HTMLInputElement).value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    view.on = day;
    fillPickers();
    void refresh();
  });
  $<HTMLSelectElement>("#region").addEventListener("change", (event) => {
    view.region = (event.target as HTMLSelectElement).value;
    void refresh();
  });
  $<HTMLSelectElement>("#sector").addEventListener("change", (event) => {
    view.sector = (event.target as HTMLSelectElement).value;
    void refresh();
  });
  $<HTMLSelectElement>("#compare").addEventListener("change", () => void showComparison());
  $<HTMLSelectElement>("#change-type").addEventListener("change", () => {
    fillWhatIf($("#what-if"), scenario(), view.words, view.on);
  });
  $<HTMLButtonElement>("#preview").addEventListener("click", () => {
    whatIf(false);
  });
  $<HTMLFormElement>("#what-if").addEventListener("submit", (event) => {
    event.preventDefault();
    whatIf(true);
  });
  $<HTMLButtonElement>("#undo").addEventListener("click", () => {
    const entry = view.history.log[view.history.log.length - 1];
    if (entry === undefined) return;
    const before = scenario();
    stepped(before, view.history.undo(), entry.inversePatches);
  });
  $<HTMLButtonElement>("#redo").addEventListener("click", () => {
    const entry = view.history.undone[0];
    if (entry === undefined) return;
    const before = scenario();
    stepped(before, view.history.redo(), entry.patches);
  });
  $<HTMLButtonElement>("#download").addEventListener("click", () => {
    const blob = new Blob([`${JSON.stringify(view.history.toJSON(), null, 2)}\n`], { type: "application/json" });
    const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: "beroepsgroep-history.json" });
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 0);
  });
}

async function start(): Promise<void> {
  const state = readAddress(location.hash);
  view = {
    lang: state.lang,
    locale: await loadLocale(state.lang),
    words: pageWords[state.lang],
    source: state.scenario,
    json: state.json,
    history: createHistory((await documentScenario("coordination")) as Scenario),
    on: state.on ?? "2026-06-01",
    region: state.region ?? "",
    sector: state.sector ?? "",
    cell: state.cell,
    matrix: undefined,
  };
  setText();
  wire();
  if (state.scenario === "custom" && state.json !== undefined) {
    $<HTMLTextAreaElement>("#json").value = state.json;
    await checkEditor(state.json);
  } else {
    await loadDocument((await documentScenario(state.scenario)) === undefined ? "coordination" : state.scenario);
  }
  fillPickers();
  await refresh();
}

void start();
