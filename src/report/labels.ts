import { show } from "../internal/show.js";

/** The words the renderers put on pictures, per locale. */
export interface Labels {
  readonly matrixTitle: (on: string) => string;
  readonly matrixDesc: (counts: { represented: number; contested: number; unrepresented: number }) => string;
  readonly theme: string;
  readonly sector: string;
  readonly wholeProfession: string;
  readonly legend: string;
  readonly contested: string;
  readonly contestedBetween: (names: string) => string;
  readonly unrepresented: string;
  readonly ledBy: (name: string) => string;
  readonly markerContested: string;
  readonly markerUnrepresented: string;
  readonly comparisonTitle: (on: string) => string;
  readonly comparisonDesc: (scenarios: number, differing: number) => string;
  readonly differs: string;
  readonly noDifferences: string;
  readonly metric: string;
  readonly cell: string;
  readonly metricNames: Readonly<Record<"cells" | "represented" | "contested" | "unrepresented" | "distinctLeads" | "hhi" | "members" | "reachShare" | "findings", string>>;
  readonly cellsLed: string;
  readonly organisation: string;
  readonly differingCells: string;
  readonly differsMark: string;
  readonly differsBold: string;
  readonly more: (n: number) => string;
  readonly tallyTitle: (method: string) => string;
  readonly tallyDesc: (winners: string, rounds: number) => string;
  readonly round: (n: number) => string;
  readonly candidate: string;
  readonly votes: string;
  readonly winners: string;
  readonly ranking: string;
  readonly tie: string;
  readonly pairwise: string;
  readonly pairwiseNote: string;
  readonly totals: string;
  readonly elected: string;
  readonly eliminated: string;
  readonly exhausted: string;
  readonly transfer: (kind: "surplus" | "elimination", from: string) => string;
  readonly roundTie: (among: string, how: string) => string;
  readonly voters: string;
  readonly seats: string;
  readonly quota: string;
  readonly and: string;
  readonly timelineTitle: (from: string, until: string) => string;
  readonly timelineDesc: (from: string, until: string, size: { themes: number; regions: number; sectors: number }) => string;
  /** The days of a bar, `until` excluded. */
  readonly timelineSpan: (from: string, until: string) => string;
  readonly representedBy: (lead: string, delegation: string) => string;
  readonly contestedNamed: (names: string) => string;
  readonly contestedCount: (n: number) => string;
}

/** A count with the word for one or for several. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const en: Labels = {
  matrixTitle: (on) => `Who represents the profession on ${on}`,
  matrixDesc: (c) =>
    `Themes are rows and regions are columns, one panel per sector. ${c.represented} cells represented, ${c.contested} contested, ${c.unrepresented} unrepresented.`,
  theme: "Theme",
  sector: "Sector",
  wholeProfession: "the profession as a whole",
  legend: "Legend",
  contested: "contested",
  contestedBetween: (names) => `contested between ${names}`,
  unrepresented: "unrepresented",
  ledBy: (name) => `led by ${name}`,
  markerContested: "contested: hatched, the contenders are named",
  markerUnrepresented: "unrepresented: empty",
  comparisonTitle: (on) => `Scenarios side by side on ${on}`,
  comparisonDesc: (n, d) => `${n} scenarios compared on the same cells; ${d} cells have a different lead.`,
  differs: "the lead differs between scenarios",
  noDifferences: "No cell differs.",
  metric: "Metric",
  cell: "Cell",
  metricNames: {
    cells: "Cells compared",
    represented: "Represented",
    contested: "Contested",
    unrepresented: "Unrepresented",
    distinctLeads: "Distinct leads",
    hhi: "Concentration of the lead (HHI)",
    members: "Members reached",
    reachShare: "Share of teachers reached",
    findings: "Pitfalls found",
  },
  cellsLed: "Cells led",
  organisation: "Organisation",
  differingCells: "Cells that differ",
  differsMark: "thick outline: differs from the first scenario",
  differsBold: "bold: differs from the first scenario",
  more: (n) => `... and ${n} more cells that differ`,
  tallyTitle: (method) => `Count by ${method}`,
  tallyDesc: (winners, rounds) => `Winners: ${winners}. ${rounds} rounds shown as bar charts.`,
  round: (n) => `Round ${n}`,
  candidate: "Candidate",
  votes: "Votes",
  winners: "Winners",
  ranking: "Ranking",
  tie: "The method cannot separate the winners (a tie).",
  pairwise: "Pairwise preferences",
  pairwiseNote: "Each row gives how many voters prefer that candidate over the column's.",
  totals: "Totals",
  elected: "elected",
  eliminated: "eliminated",
  exhausted: "Exhausted",
  transfer: (kind, from) => (kind === "surplus" ? `surplus of ${from} transferred` : `ballots of ${from} transferred`),
  roundTie: (among, how) => `tie between ${among} (${how})`,
  voters: "Voters",
  seats: "Seats",
  quota: "Quota",
  and: "and",
  timelineTitle: (from, until) => `Who represented the profession from ${from} to ${until}`,
  timelineDesc: (from, until, n) =>
    `One block per theme, one row per region and sector, one bar per stretch of days with the same answer, from ${from} to ${until}: ${count(n.themes, "theme", "themes")}, ${count(n.regions, "region", "regions")}, ${count(n.sectors, "sector", "sectors")}.`,
  timelineSpan: (from, until) => `${from} to ${until} (exclusive)`,
  representedBy: (lead, delegation) => `represented by ${lead}; delegation ${delegation}`,
  contestedNamed: (names) => `contested: ${names}`,
  contestedCount: (n) => `contested (${n})`,
};

const nl: Labels = {
  matrixTitle: (on) => `Wie vertegenwoordigt de beroepsgroep op ${on}`,
  matrixDesc: (c) =>
    `Thema's zijn rijen en regio's kolommen, één paneel per sector. ${c.represented} cellen vertegenwoordigd, ${c.contested} betwist, ${c.unrepresented} niet vertegenwoordigd.`,
  theme: "Thema",
  sector: "Sector",
  wholeProfession: "de beroepsgroep als geheel",
  legend: "Legenda",
  contested: "betwist",
  contestedBetween: (names) => `betwist tussen ${names}`,
  unrepresented: "niet vertegenwoordigd",
  ledBy: (name) => `geleid door ${name}`,
  markerContested: "betwist: gearceerd, met de kandidaten",
  markerUnrepresented: "niet vertegenwoordigd: leeg",
  comparisonTitle: (on) => `Scenario's naast elkaar op ${on}`,
  comparisonDesc: (n, d) => `${n} scenario's vergeleken op dezelfde cellen; in ${d} cellen verschilt de leiding.`,
  differs: "de leiding verschilt tussen scenario's",
  noDifferences: "Geen enkele cel verschilt.",
  metric: "Maat",
  cell: "Cel",
  metricNames: {
    cells: "Vergeleken cellen",
    represented: "Vertegenwoordigd",
    contested: "Betwist",
    unrepresented: "Niet vertegenwoordigd",
    distinctLeads: "Verschillende leiders",
    hhi: "Concentratie van de leiding (HHI)",
    members: "Bereikte leden",
    reachShare: "Aandeel bereikte leraren",
    findings: "Gevonden valkuilen",
  },
  cellsLed: "Geleide cellen",
  organisation: "Organisatie",
  differingCells: "Cellen die verschillen",
  differsMark: "dikke rand: anders dan het eerste scenario",
  differsBold: "vet: anders dan het eerste scenario",
  more: (n) => `... en nog ${n} cellen die verschillen`,
  tallyTitle: (method) => `Telling volgens ${method}`,
  tallyDesc: (winners, rounds) => `Winnaars: ${winners}. ${rounds} ronden als staafdiagram.`,
  round: (n) => `Ronde ${n}`,
  candidate: "Kandidaat",
  votes: "Stemmen",
  winners: "Winnaars",
  ranking: "Rangorde",
  tie: "De methode kan de winnaars niet scheiden (gelijke stand).",
  pairwise: "Paarsgewijze voorkeuren",
  pairwiseNote: "Elke rij geeft hoeveel kiezers die kandidaat verkiezen boven die van de kolom.",
  totals: "Totalen",
  elected: "gekozen",
  eliminated: "afgevallen",
  exhausted: "Uitgeput",
  transfer: (kind, from) => (kind === "surplus" ? `overschot van ${from} overgedragen` : `stemmen van ${from} overgedragen`),
  roundTie: (among, how) => `gelijke stand tussen ${among} (${how})`,
  voters: "Kiezers",
  seats: "Zetels",
  quota: "Quotum",
  and: "en",
  timelineTitle: (from, until) => `Wie de beroepsgroep vertegenwoordigde van ${from} tot ${until}`,
  timelineDesc: (from, until, n) =>
    `Eén blok per thema, één rij per regio en sector, één balk per periode met hetzelfde antwoord, van ${from} tot ${until}: ${count(n.themes, "thema", "thema's")}, ${count(n.regions, "regio", "regio's")}, ${count(n.sectors, "sector", "sectoren")}.`,
  timelineSpan: (from, until) => `${from} tot ${until}`,
  representedBy: (lead, delegation) => `vertegenwoordigd door ${lead}; delegatie ${delegation}`,
  contestedNamed: (names) => `betwist: ${names}`,
  contestedCount: (n) => `betwist (${n})`,
};

/**
 * The labels of a locale.
 * @throws Error naming `fn` for a locale other than `en` or `nl`
 */
export function labelsFor(locale: unknown, fn: string): Labels {
  if (locale === undefined || locale === "en") return en;
  if (locale === "nl") return nl;
  throw new Error(`${fn}: locale must be "en" or "nl", received ${show(locale)}`);
}
