/**
 * The playground's own words, in English and Dutch. The library's sentences (explanations,
 * findings, the pictures' labels) come from the library's catalogues; these are only the
 * page's buttons, labels and messages.
 */
export type PageLocale = "en" | "nl";

export interface PageWords {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly scenarioHeading: string;
  readonly scenario: string;
  readonly custom: string;
  readonly documents: Readonly<Record<string, string>>;
  readonly json: string;
  readonly upload: string;
  readonly jsonSyntax: (message: string) => string;
  readonly invalid: (count: number) => string;
  readonly keptLast: string;
  readonly viewHeading: string;
  readonly day: string;
  readonly dayPoint: string;
  readonly region: string;
  readonly sector: string;
  readonly everyRegion: string;
  readonly everySector: string;
  readonly matrixHelp: string;
  readonly explanationHeading: string;
  readonly pickCell: string;
  readonly claims: string;
  readonly noClaims: string;
  readonly claimColumns: readonly [string, string, string, string];
  /** A coalition's holders, joined, in the claims table. */
  readonly coalition: (holders: string) => string;
  /** A coalition's holders, joined, and its spokesperson, in the claims table. */
  readonly coalitionWith: (holders: string, spokesperson: string) => string;
  readonly timelineHeading: string;
  readonly pitfallsHeading: string;
  readonly noPitfalls: string;
  readonly compareHeading: string;
  readonly compareWith: string;
  readonly compareProposals: string;
  readonly compareNone: string;
  readonly noDifferences: string;
  readonly whatIfHeading: string;
  readonly changeType: string;
  readonly changeTypes: Readonly<Record<ChangeKind, string>>;
  readonly mandate: string;
  readonly organisation: string;
  /** The other holders of a granted mandate: choosing any makes the grant a coalition's. */
  readonly partners: string;
  /** The choice of no spokesperson when naming a coalition's spokesperson. */
  readonly noSpokesperson: string;
  readonly theme: string;
  readonly on: string;
  readonly preview: string;
  readonly apply: string;
  readonly undo: string;
  readonly redo: string;
  readonly download: string;
  readonly changed: (count: number) => string;
  readonly wouldChange: (count: number) => string;
  readonly refused: (message: string) => string;
  readonly logHeading: string;
}

/** The named changes the what-if form offers. */
export type ChangeKind =
  | "grant-mandate"
  | "revoke-mandate"
  | "add-coalition-member"
  | "remove-coalition-member"
  | "set-spokesperson"
  | "dissolve-organisation"
  | "sign-agreement"
  | "end-agreement";

const documents = {
  coordination: "", oc2: "", alternative: "", "history-oc": "", "history-lc": "", "history-representation": "",
};

export const english: PageWords = {
  title: "beroepsgroep playground",
  intro: "Write or load a scenario, pick a day, click a cell and see who represents the teaching profession there, and why.",
  language: "Language",
  scenarioHeading: "Scenario",
  scenario: "Dutch scenario or history",
  custom: "Your own JSON",
  documents: {
    ...documents,
    coordination: "Proposal 1: coordination",
    oc2: "Proposal 2: OC 2.0",
    alternative: "Proposal 3: alternative",
    "history-oc": "History: the Onderwijscoöperatie (2011-2018)",
    "history-lc": "History: the Lerarencollectief (2020-2023)",
    "history-representation": "History: representation since 2008",
  },
  json: "Scenario JSON (checked as you type)",
  upload: "Upload a scenario or history (JSON)",
  jsonSyntax: (message) => `Not JSON: ${message}`,
  invalid: (count) => `${count} problem${count === 1 ? "" : "s"} in the scenario:`,
  keptLast: "The last valid scenario stays on screen.",
  viewHeading: "Day, region and sector",
  day: "Day",
  dayPoint: "Change point",
  region: "Region",
  sector: "Sector",
  everyRegion: "Every region",
  everySector: "Every sector",
  matrixHelp: "Arrow keys move between cells; Enter or Space explains the cell.",
  explanationHeading: "Why",
  pickCell: "Click a cell (or press Enter on it) to see why.",
  claims: "The claims of its basis",
  noClaims: "No claim was made on this cell.",
  claimColumns: ["Claim", "Organisation", "Role", "Outcome"],
  coalition: (holders) => `${holders} (jointly)`,
  coalitionWith: (holders, spokesperson) => `${holders} (jointly, spokesperson ${spokesperson})`,
  timelineHeading: "This cell over time",
  pitfallsHeading: "Pitfalls on this day",
  noPitfalls: "No pitfalls found on this day.",
  compareHeading: "Side by side",
  compareWith: "Compare with",
  compareProposals: "The three Dutch proposals",
  compareNone: "Nothing",
  noDifferences: "No cell differs.",
  whatIfHeading: "What if",
  changeType: "Change",
  changeTypes: {
    "grant-mandate": "Grant a mandate",
    "revoke-mandate": "Revoke a mandate",
    "add-coalition-member": "Add a member to a mandate's coalition",
    "remove-coalition-member": "Remove a member from a mandate's coalition",
    "set-spokesperson": "Name a coalition's spokesperson",
    "dissolve-organisation": "Dissolve an organisation",
    "sign-agreement": "Sign the agreement",
    "end-agreement": "End the agreement",
  },
  mandate: "Mandate",
  organisation: "Organisation",
  noSpokesperson: "(no spokesperson)",
  partners: "Together with (a coalition; the organisation above speaks for it)",
  theme: "Theme",
  on: "On",
  preview: "Preview",
  apply: "Apply",
  undo: "Undo",
  redo: "Redo",
  download: "Download the history (JSON)",
  changed: (count) => `${count} cell${count === 1 ? "" : "s"} changed (outlined).`,
  wouldChange: (count) => `This change would alter ${count} cell${count === 1 ? "" : "s"} (outlined).`,
  refused: (message) => `Refused: ${message}`,
  logHeading: "Changes applied",
};

export const dutch: PageWords = {
  title: "beroepsgroep-speeltuin",
  intro: "Schrijf of laad een scenario, kies een dag, klik op een cel en zie wie de leraren daar vertegenwoordigt, en waarom.",
  language: "Taal",
  scenarioHeading: "Scenario",
  scenario: "Nederlands scenario of geschiedenis",
  custom: "Eigen JSON",
  documents: {
    ...documents,
    coordination: "Voorstel 1: coördinatie",
    oc2: "Voorstel 2: OC 2.0",
    alternative: "Voorstel 3: alternatief",
    "history-oc": "Geschiedenis: de Onderwijscoöperatie (2011-2018)",
    "history-lc": "Geschiedenis: het Lerarencollectief (2020-2023)",
    "history-representation": "Geschiedenis: vertegenwoordiging sinds 2008",
  },
  json: "Scenario-JSON (gecontroleerd terwijl je typt)",
  upload: "Scenario of geschiedenis uploaden (JSON)",
  jsonSyntax: (message) => `Geen JSON: ${message}`,
  invalid: (count) => `${count} ${count === 1 ? "probleem" : "problemen"} in het scenario:`,
  keptLast: "Het laatste geldige scenario blijft in beeld.",
  viewHeading: "Dag, regio en sector",
  day: "Dag",
  dayPoint: "Wijzigingsmoment",
  region: "Regio",
  sector: "Sector",
  everyRegion: "Alle regio's",
  everySector: "Alle sectoren",
  matrixHelp: "Met de pijltjestoetsen ga je van cel naar cel; Enter of spatie legt de cel uit.",
  explanationHeading: "Waarom",
  pickCell: "Klik op een cel (of druk er Enter op) om te zien waarom.",
  claims: "De aanspraken waarop het antwoord rust",
  noClaims: "Op deze cel is geen aanspraak gemaakt.",
  claimColumns: ["Aanspraak", "Organisatie", "Rol", "Uitkomst"],
  coalition: (holders) => `${holders} (samen)`,
  coalitionWith: (holders, spokesperson) => `${holders} (samen, penvoerder ${spokesperson})`,
  timelineHeading: "Deze cel door de tijd",
  pitfallsHeading: "Valkuilen op deze dag",
  noPitfalls: "Geen valkuilen gevonden op deze dag.",
  compareHeading: "Naast elkaar",
  compareWith: "Vergelijken met",
  compareProposals: "De drie Nederlandse voorstellen",
  compareNone: "Niets",
  noDifferences: "Geen enkele cel verschilt.",
  whatIfHeading: "Wat als",
  changeType: "Wijziging",
  changeTypes: {
    "grant-mandate": "Mandaat verlenen",
    "revoke-mandate": "Mandaat intrekken",
    "add-coalition-member": "Lid toevoegen aan de coalitie van een mandaat",
    "remove-coalition-member": "Lid verwijderen uit de coalitie van een mandaat",
    "set-spokesperson": "Penvoerder van een coalitie aanwijzen",
    "dissolve-organisation": "Organisatie opheffen",
    "sign-agreement": "Het convenant ondertekenen",
    "end-agreement": "Het convenant beëindigen",
  },
  mandate: "Mandaat",
  organisation: "Organisatie",
  noSpokesperson: "(geen penvoerder)",
  partners: "Samen met (een coalitie; de organisatie hierboven is penvoerder)",
  theme: "Thema",
  on: "Op",
  preview: "Vooraf bekijken",
  apply: "Toepassen",
  undo: "Ongedaan maken",
  redo: "Opnieuw",
  download: "Geschiedenis downloaden (JSON)",
  changed: (count) => `${count} ${count === 1 ? "cel" : "cellen"} gewijzigd (omlijnd).`,
  wouldChange: (count) => `Deze wijziging zou ${count} ${count === 1 ? "cel" : "cellen"} veranderen (omlijnd).`,
  refused: (message) => `Geweigerd: ${message}`,
  logHeading: "Toegepaste wijzigingen",
};

export const pageWords: Readonly<Record<PageLocale, PageWords>> = { en: english, nl: dutch };
