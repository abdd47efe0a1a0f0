import { joinNames } from "../internal/join-names.js";
import type { Locale } from "../resolve/explain-messages.js";
import type { Council, CouncilGroup, RequirementResult, SupportRequirement } from "./council.js";
import { outcomeOf } from "./support.js";
import type { TallyMethod } from "./tally-options.js";
import type { TallyResult } from "./tally-result.js";

const methodNames: Record<Locale, Record<TallyMethod, string>> = {
  en: {
    plurality: "plurality",
    "two-round": "the two-round system",
    irv: "instant-runoff voting",
    borda: "the Borda count",
    copeland: "Copeland's method",
    schulze: "the Schulze method",
    "ranked-pairs": "ranked pairs",
    approval: "approval voting",
    score: "score voting",
    "majority-judgment": "majority judgment",
    stv: "the single transferable vote",
  },
  nl: {
    plurality: "relatieve meerderheid",
    "two-round": "twee stemrondes",
    irv: "instant-runoff (alternatieve stem)",
    borda: "de Borda-telling",
    copeland: "de methode-Copeland",
    schulze: "de Schulze-methode",
    "ranked-pairs": "ranked pairs (Tideman)",
    approval: "goedkeuringsstemming",
    score: "scorestemming",
    "majority-judgment": "meerderheidsoordeel",
    stv: "enkelvoudig overdraagbare stem (STV)",
  },
};

function number(value: number, locale: Locale): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return locale === "nl" ? text.replace(".", ",") : text;
}

function percent(share: number, locale: Locale): string {
  const text = `${(share * 100).toFixed(1)}%`;
  return locale === "nl" ? text.replace(".", ",") : text;
}

function votes(weight: number, locale: Locale): string {
  const one = weight === 1;
  return `${number(weight, locale)} ${locale === "nl" ? (one ? "stem" : "stemmen") : one ? "vote" : "votes"}`;
}

function list(items: readonly string[], locale: Locale): string {
  return joinNames(items, locale === "nl" ? "en" : "and");
}

function groupName(id: string, locale: Locale): string {
  const [kind, key] = id.includes(":") ? [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)] : [id, ""];
  const en: Record<string, string> = {
    all: "all participants",
    organised: "organised teachers",
    unorganised: "unorganised teachers",
    organisation: `members of ${key}`,
    sector: `sector ${key}`,
    region: `region ${key}`,
  };
  const nl: Record<string, string> = {
    all: "alle deelnemers",
    organised: "georganiseerde leraren",
    unorganised: "ongeorganiseerde leraren",
    organisation: `leden van ${key}`,
    sector: `sector ${key}`,
    region: `regio ${key}`,
  };
  return (locale === "nl" ? nl : en)[kind] ?? id;
}

function scope(r: SupportRequirement, locale: Locale): string {
  if (r.per !== undefined) {
    const per = { organisation: ["every organisation", "elke organisatie"], sector: ["every sector", "elke sector"], region: ["every region", "elke regio"] }[r.per];
    return per[locale === "nl" ? 1 : 0] ?? r.per;
  }
  const g = r.group ?? "all";
  const id = typeof g === "string" ? g : "organisation" in g ? `organisation:${g.organisation}` : "sector" in g ? `sector:${g.sector}` : `region:${g.region}`;
  return groupName(id, locale);
}

function describe(r: SupportRequirement, locale: Locale): string {
  const where = scope(r, locale);
  const nl = locale === "nl";
  switch (r.kind) {
    case "majority": {
      const t = r.threshold ?? 0.5;
      const bar = t === 0.5 ? "" : nl ? ` (meer dan ${percent(t, locale)})` : ` (more than ${percent(t, locale)})`;
      return nl ? `een meerderheid onder ${where}${bar}` : `a majority among ${where}${bar}`;
    }
    case "same-winner":
      return nl ? `dezelfde uitkomst bij ${where}` : `the same outcome among ${where}`;
    case "turnout":
      return nl ? `een opkomst van ten minste ${percent(r.min, locale)} onder ${where}` : `a turnout of at least ${percent(r.min, locale)} among ${where}`;
    case "voters":
      return nl
        ? `ten minste ${number(r.min, locale)} ${r.min === 1 ? "stem" : "stemmen"} van ${where}`
        : `at least ${number(r.min, locale)} ${r.min === 1 ? "vote" : "votes"} from ${where}`;
  }
}

function figures(result: RequirementResult, locale: Locale, name: (id: string) => string): string {
  const parts = result.checks.map((c) => {
    const who = groupName(c.group, locale);
    if (c.figure === null) return `${who}: ${locale === "nl" ? "niet te meten" : "nothing to measure"}`;
    switch (result.requirement.kind) {
      case "majority":
        return `${who}: ${percent(c.figure, locale)}${c.against === undefined ? "" : locale === "nl" ? ` tegenover ${name(c.against)}` : ` against ${name(c.against)}`}`;
      case "same-winner":
        return `${who}: ${list((c.winners ?? []).map(name), locale) || "-"}`;
      case "turnout":
        return `${who}: ${percent(c.figure, locale)}`;
      case "voters":
        return `${who}: ${number(c.figure, locale)}`;
    }
  });
  return parts.length === 0 ? (locale === "nl" ? "geen groep om te toetsen" : "no group to check") : parts.join("; ");
}

function outcome(result: TallyResult, locale: Locale, name: (id: string) => string): string {
  const nl = locale === "nl";
  if (result.winners.length === 0) return nl ? "Geen uitkomst: er is op geen enkele optie gestemd." : "No outcome: no votes were cast for any option.";
  if (result.tie) return nl ? `Geen uitkomst: gelijke stand tussen ${list(result.winners.map(name), locale)}.` : `No outcome: a tie between ${list(result.winners.map(name), locale)}.`;
  return nl ? `Uitkomst: ${list(result.winners.map(name), locale)}.` : `Outcome: ${list(result.winners.map(name), locale)}.`;
}

function choice(group: CouncilGroup | undefined, locale: Locale, name: (id: string) => string): string | undefined {
  if (group === undefined || group.headcount === 0) return undefined;
  const nl = locale === "nl";
  const who = groupName(group.id, locale);
  const ballots = votes(group.voted, locale);
  const winners = outcomeOf(group.result);
  if (winners.length === 0) return nl ? `${who} (${ballots}) kwamen niet tot een uitkomst` : `${who} (${ballots}) reached no outcome`;
  return nl ? `${who} (${ballots}) kozen ${list(winners.map(name), locale)}` : `${who} (${ballots}) chose ${list(winners.map(name), locale)}`;
}

/** The council's outcome and its support in one paragraph. */
export function explainCouncil(
  council: Council,
  overall: TallyResult,
  groups: readonly CouncilGroup[],
  requirements: readonly RequirementResult[],
  supported: boolean,
  locale: Locale,
): string {
  const nl = locale === "nl";
  const names = new Map(council.options.map((o) => [o.id, o.name]));
  const name = (id: string): string => names.get(id) ?? id;
  const all = groups.find((g) => g.id === "all");
  const headcount = all?.headcount ?? 0;
  const turnout = all?.turnout === null || all?.turnout === undefined ? "" : nl ? `, opkomst ${percent(all.turnout, locale)}` : `, turnout ${percent(all.turnout, locale)}`;
  const title = council.name ?? (nl ? "Het lerarenberaad" : "The teachers' council");
  const sentences = [
    nl
      ? `${title}: ${votes(overall.voters, locale)} van ${headcount} ${headcount === 1 ? "deelnemer" : "deelnemers"}${turnout}, geteld met ${methodNames.nl[overall.method]}.`
      : `${title}: ${votes(overall.voters, locale)} from ${headcount} ${headcount === 1 ? "participant" : "participants"}${turnout}, counted by ${methodNames.en[overall.method]}.`,
    outcome(overall, locale, name),
  ];
  const split = [choice(groups.find((g) => g.id === "organised"), locale, name), choice(groups.find((g) => g.id === "unorganised"), locale, name)].filter(
    (s): s is string => s !== undefined,
  );
  if (split.length > 0) sentences.push(`${split.join("; ")}.`.replace(/^./, (c) => c.toUpperCase()));
  for (const r of requirements) {
    const verdict = r.met ? (nl ? "gehaald" : "met") : nl ? "niet gehaald" : "not met";
    const text = `${describe(r.requirement, locale)}: ${verdict} (${figures(r, locale, name)}).`;
    sentences.push(text.replace(/^./, (c) => c.toUpperCase()));
  }
  if (requirements.length === 0) sentences.push(nl ? "De raad stelde geen eisen aan het draagvlak." : "The council set no support requirements.");
  else if (supported) sentences.push(nl ? "De uitkomst heeft het draagvlak waar de raad om vroeg." : "The outcome has the support the council asked for.");
  else sentences.push(nl ? "De uitkomst heeft niet het draagvlak waar de raad om vroeg." : "The outcome does not have the support the council asked for.");
  return sentences.join(" ");
}
