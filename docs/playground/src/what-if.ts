/** The what-if form: a named change from the fields the chosen type needs. */
import type { Scenario } from "beroepsgroep";
import type { Change } from "beroepsgroep/change";
import type { ChangeKind, PageWords } from "./words.js";

const KINDS: readonly ChangeKind[] = [
  "grant-mandate",
  "revoke-mandate",
  "add-coalition-member",
  "remove-coalition-member",
  "set-spokesperson",
  "dissolve-organisation",
  "sign-agreement",
  "end-agreement",
];

/** Which fields each type of change asks for. */
const FIELDS: Readonly<Record<ChangeKind, readonly string[]>> = {
  "grant-mandate": ["organisation", "partners", "theme", "region", "sector", "on"],
  "revoke-mandate": ["mandate", "on"],
  "add-coalition-member": ["mandate", "organisation"],
  "remove-coalition-member": ["mandate", "organisation"],
  "set-spokesperson": ["mandate", "organisation"],
  "dissolve-organisation": ["organisation", "on"],
  "sign-agreement": ["organisation", "on"],
  "end-agreement": ["on"],
};

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
function field<T extends HTMLElement>(form: HTMLFormElement, name: string): T {
  const el = form.querySelector<T>(`[name="${name}"]`);
  if (el === null) throw new Error(`playground: no what-if field ${name}`);
  return el;
}

function options(select: HTMLSelectElement, entries: readonly [string, string][]): void {
  const was = new Set(Array.from(select.selectedOptions, (o) => o.value));
  select.replaceChildren(...entries.map(([value, label]) => new Option(label, value)));
  if (select.multiple) {
    for (const option of select.options) option.selected = was.has(option.value);
  } else if (entries.some(([value]) => was.has(value))) {
    select.value = [...was][0] ?? "";
  }
}

/** Who holds a mandate: its one organisation, or its coalition's holders joined with " + ". */
function holdersOf(mandate: Scenario["mandates"][number]): string {
  return mandate.holder ?? mandate.holders?.join(" + ") ?? "";
}

/** Fills the form's lists from the scenario and shows only the fields the chosen change needs. */
export function fillWhatIf(form: HTMLFormElement, scenario: Scenario, words: PageWords, on: string): void {
  const type = field<HTMLSelectElement>(form, "type");
  options(type, KINDS.map((k) => [k, words.changeTypes[k]]));
  const kind = type.value as ChangeKind;
  // A coalition's spokesperson may be left out: the coalition then has none.
  const nobody: [string, string][] = kind === "set-spokesperson" ? [["", words.noSpokesperson]] : [];
  options(field(form, "organisation"), [...scenario.organisations.map((o): [string, string] => [o.id, o.name]), ...nobody]);
  options(field(form, "partners"), scenario.organisations.map((o) => [o.id, o.name]));
  options(field(form, "mandate"), scenario.mandates.map((m) => [m.id, `${m.id} (${holdersOf(m)})`]));
  options(field(form, "theme"), [["", "*"], ...scenario.themes.map((t): [string, string] => [t.id, t.name])]);
  options(field(form, "region"), scenario.regions.map((r) => [r.id, r.name]));
  options(field(form, "sector"), [["", "*"], ...scenario.sectors.map((x): [string, string] => [x.id, x.name])]);
  const day = field<HTMLInputElement>(form, "on");
  if (day.value === "") day.value = on;
  for (const label of form.querySelectorAll<HTMLElement>("[data-field]")) label.hidden = !FIELDS[kind].includes(label.dataset["field"] ?? "");
}

let granted = 0;

/** The change the form describes. */
export function changeFromForm(form: HTMLFormElement, scenario: Scenario): Change {
  const value = (name: string): string => field<HTMLInputElement | HTMLSelectElement>(form, name).value;
  const on = value("on");
  const organisation = value("organisation");
  switch (value("type") as ChangeKind) {
    case "grant-mandate": {
      const model = scenario.model;
      const grant = model.kind === "coordination" ? { by: "agreement" as const, agreement: model.agreement.id } : (scenario.mandates[scenario.mandates.length - 1]?.grant ?? { by: "statute" as const });
      let id = `playground-${++granted}`;
      while (scenario.mandates.some((m) => m.id === id)) id = `playground-${++granted}`;
      const theme = value("theme");
      const sector = value("sector");
      // Partners chosen make the grant a coalition's, with the organisation as its spokesperson.
      const partners = Array.from(field<HTMLSelectElement>(form, "partners").selectedOptions, (o) => o.value).filter((p) => p !== organisation);
      const holding = partners.length === 0 ? { holder: organisation } : { holders: [organisation, ...partners], spokesperson: organisation };
      return {
        type: "grant-mandate",
        mandate: { id, ...holding, role: "lead", scope: { themes: theme === "" ? "all" : [theme], regions: [value("region")], sectors: sector === "" ? "all" : [sector] }, validFrom: on, grant },
      };
    }
    case "revoke-mandate":
      return { type: "revoke-mandate", id: value("mandate"), on };
    case "add-coalition-member":
      return { type: "add-coalition-member", mandate: value("mandate"), organisation };
    case "remove-coalition-member":
      return { type: "remove-coalition-member", mandate: value("mandate"), organisation };
    case "set-spokesperson":
      return { type: "set-spokesperson", mandate: value("mandate"), ...(organisation === "" ? {} : { organisation }) };
    case "dissolve-organisation":
      return { type: "dissolve-organisation", id: organisation, on };
    case "sign-agreement":
      return { type: "sign-agreement", organisation, on };
    case "end-agreement":
      return { type: "end-agreement", on };
  }
}
