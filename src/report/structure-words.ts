/** The words of structure diagrams, per locale. */
export interface StructureWords {
  readonly title: (name: string, model: string) => string;
  readonly models: Readonly<Record<"coordination" | "oc2" | "alternative", string>>;
  readonly parties: string;
  readonly agreement: (id: string) => string;
  readonly signedOn: (date: string) => string;
  readonly until: (date: string) => string;
  readonly signed: string;
  readonly notSigned: string;
  readonly fallback: (mode: string) => string;
  readonly mandatesGranted: (n: number) => string;
  readonly body: string;
  readonly established: (date: string) => string;
  readonly board: string;
  readonly seats: (n: number) => string;
  readonly teachers: string;
  readonly assembly: string;
  readonly openToUnorganised: (open: boolean) => string;
  readonly delegatesEach: (n: number) => string;
  readonly advisoryCouncil: string;
  readonly allocation: (how: string) => string;
  readonly chapters: string;
  readonly chapterOf: string;
  readonly register: (mandatory: boolean) => string;
  readonly funding: string;
  readonly structural: (yes: boolean) => string;
  readonly budget: (eur: string) => string;
  readonly fte: (n: number) => string;
  readonly delegates: (themes: string) => string;
  readonly rules: string;
  readonly rule: (id: string) => string;
  readonly when: (parts: string) => string;
  readonly always: string;
  readonly themesWord: string;
  readonly regionsWord: string;
  readonly sectorsWord: string;
  readonly kindWord: string;
  readonly assign: (lead: string, members: string) => string;
  readonly largest: (among: string, joint: boolean) => string;
  readonly everyone: string;
  readonly rotate: (among: string, every: string, from: string) => string;
  readonly mandates: (grants: string) => string;
  readonly unrepresented: (reason: string) => string;
  readonly leads: string;
  readonly member: string;
  readonly takesPart: string;
  readonly allThemes: string;
  readonly units: Readonly<Record<"years" | "months" | "weeks" | "days", readonly [string, string]>>;
}

export const structureEn: StructureWords = {
  title: (name, model) => `Structure of ${name} (${model})`,
  models: { coordination: "coordination", oc2: "OC 2.0", alternative: "alternative" },
  parties: "Parties",
  agreement: (id) => `Coordination agreement ${id}`,
  signedOn: (d) => `signed ${d}`,
  until: (d) => `until ${d}`,
  signed: "signed",
  notSigned: "party, not signed",
  fallback: (mode) => `Fallback: ${mode}`,
  mandatesGranted: (n) => `${n} mandates granted`,
  body: "body",
  established: (d) => `established ${d}`,
  board: "Board",
  seats: (n) => `${n} ${n === 1 ? "seat" : "seats"}`,
  teachers: "Teachers, elected directly",
  assembly: "General assembly",
  openToUnorganised: (open) => (open ? "open to unorganised teachers" : "members only"),
  delegatesEach: (n) => `${n} delegates per organisation`,
  advisoryCouncil: "Advisory council",
  allocation: (how) => `allocated by ${how}`,
  chapters: "Regional chapters",
  chapterOf: "chapter",
  register: (m) => (m ? "Teacher register: mandatory" : "Teacher register: not mandatory"),
  funding: "Funding",
  structural: (yes) => (yes ? "structural" : "one-off"),
  budget: (eur) => `EUR ${eur} a year`,
  fte: (n) => `${n} FTE`,
  delegates: (themes) => `delegates ${themes}`,
  rules: "Rules, in order",
  rule: (id) => `Rule ${id}`,
  when: (parts) => `when ${parts}`,
  always: "always",
  themesWord: "themes",
  regionsWord: "regions",
  sectorsWord: "sectors",
  kindWord: "theme kind",
  assign: (lead, members) => `assign the lead to ${lead}${members === "" ? "" : `, members ${members}`}`,
  largest: (among, joint) => `largest membership among ${among}${joint ? ", jointly" : ""}`,
  everyone: "all",
  rotate: (among, every, from) => `rotating chair among ${among}, every ${every}, from ${from}`,
  mandates: (grants) => `follow the mandates${grants === "" ? "" : ` (${grants})`}`,
  unrepresented: (reason) => `unrepresented: ${reason}`,
  leads: "leads",
  member: "member",
  takesPart: "takes part",
  allThemes: "all themes",
  units: { years: ["year", "years"], months: ["month", "months"], weeks: ["week", "weeks"], days: ["day", "days"] },
};

export const structureNl: StructureWords = {
  title: (name, model) => `Structuur van ${name} (${model})`,
  models: { coordination: "intensieve afstemming", oc2: "OC 2.0", alternative: "alternatief" },
  parties: "Partijen",
  agreement: (id) => `Convenant ${id}`,
  signedOn: (d) => `ondertekend ${d}`,
  until: (d) => `tot ${d}`,
  signed: "ondertekend",
  notSigned: "partij, niet ondertekend",
  fallback: (mode) => `Terugvaloptie: ${mode}`,
  mandatesGranted: (n) => `${n} mandaten verleend`,
  body: "orgaan",
  established: (d) => `opgericht ${d}`,
  board: "Bestuur",
  seats: (n) => `${n} ${n === 1 ? "zetel" : "zetels"}`,
  teachers: "Leraren, rechtstreeks gekozen",
  assembly: "Algemene ledenvergadering",
  openToUnorganised: (open) => (open ? "open voor ongeorganiseerde leraren" : "alleen leden"),
  delegatesEach: (n) => `${n} afgevaardigden per organisatie`,
  advisoryCouncil: "Adviesraad",
  allocation: (how) => `verdeeld naar ${how}`,
  chapters: "Regionale afdelingen",
  chapterOf: "afdeling",
  register: (m) => (m ? "Lerarenregister: verplicht" : "Lerarenregister: niet verplicht"),
  funding: "Financiering",
  structural: (yes) => (yes ? "structureel" : "eenmalig"),
  budget: (eur) => `EUR ${eur} per jaar`,
  fte: (n) => `${n} fte`,
  delegates: (themes) => `delegeert ${themes}`,
  rules: "Regels, op volgorde",
  rule: (id) => `Regel ${id}`,
  when: (parts) => `als ${parts}`,
  always: "altijd",
  themesWord: "thema's",
  regionsWord: "regio's",
  sectorsWord: "sectoren",
  kindWord: "soort thema",
  assign: (lead, members) => `leiding bij ${lead}${members === "" ? "" : `, leden ${members}`}`,
  largest: (among, joint) => `grootste ledental onder ${among}${joint ? ", gezamenlijk" : ""}`,
  everyone: "allen",
  rotate: (among, every, from) => `roulerend voorzitter onder ${among}, elke ${every}, vanaf ${from}`,
  mandates: (grants) => `volg de mandaten${grants === "" ? "" : ` (${grants})`}`,
  unrepresented: (reason) => `niet vertegenwoordigd: ${reason}`,
  leads: "leidt",
  member: "lid",
  takesPart: "neemt deel",
  allThemes: "alle thema's",
  units: { years: ["jaar", "jaar"], months: ["maand", "maanden"], weeks: ["week", "weken"], days: ["dag", "dagen"] },
};

/** Groups digits by threes with a plain space: the same in every locale and time zone. */
export function groupDigits(n: number): string {
  const [whole = "0", fraction] = String(Math.abs(n)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${n < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}
