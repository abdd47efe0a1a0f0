import type { Claim, ClaimSource, Exclusion, RuleActionName } from "../governance/claim.js";
import type { Grant, IsoDate } from "../model/types.js";
import type { Outcome, Representation } from "./representation.js";
import { joinNames } from "../internal/join-names.js";

/** A language an explanation can be written in. @category Resolution */
export type Locale = "en" | "nl";

/** What an outcome sentence may need besides the outcome: display names, references to other claims, the day. */
export interface Context {
  /** The display name of an organisation. */
  readonly name: (id: string) => string;
  /** A short reference to another claim of the same basis, by its id. */
  readonly ref: (claimId: string) => string;
  /** The day asked about. */
  readonly on: IsoDate;
}

/** The sentences of one language. */
export interface Messages {
  headline(r: Representation, name: (id: string) => string): string;
  delegation(names: readonly string[]): string;
  /** The claim as the subject of a basis line. */
  claim(claim: Claim, name: (id: string) => string): string;
  /** The claim as it is referred to from another line ("less specific than ..."). */
  ref(claim: Claim, name: (id: string) => string): string;
  outcome(outcome: Outcome, context: Context): string;
  via(ref: string): string;
}

function where(r: Representation, inWord: string, onWord: string, whole: string): string {
  return `${r.theme} ${inWord} ${r.region} (${r.sector ?? whole}) ${onWord} ${r.on}`;
}

/** The words of one language that the sentence patterns below are filled with. */
interface Words {
  readonly cellIn: string;
  readonly cellOn: string;
  readonly allSectors: string;
  readonly represented: (lead: string) => string;
  readonly contested: (contenders: string) => string;
  readonly unrepresented: (reason: string | undefined) => string;
  readonly and: string;
  readonly delegation: string;
  readonly role: (role: Claim["role"]) => string;
  readonly grant: (grant: Grant, name: (id: string) => string) => string;
  readonly mandate: (id: string, holder: string, role: string, grant: string) => string;
  readonly mandateRef: (id: string) => string;
  readonly fallback: (mode: "largest-membership" | "joint") => string;
  readonly membersCount: (n: number) => string;
  readonly chapter: (region: string) => string;
  readonly body: (body: string) => string;
  readonly rule: (id: string) => string;
  readonly action: Readonly<Record<RuleActionName, string>>;
  readonly turn: (turn: number, from: string, until: string | undefined) => string;
  readonly outcome: (o: Exclude<Outcome, Exclusion>, c: Context) => string;
  readonly notLegitimate: string;
  readonly illegitimate: Readonly<Record<Extract<Exclusion, { kind: "not-legitimate" }>["reason"], string>>;
  readonly inactive: string;
  readonly inactiveWhy: (reason: Extract<Exclusion, { kind: "model-inactive" }>["reason"], since: string) => string;
  readonly via: string;
}

function sourceRef(s: ClaimSource, w: Words, name: (id: string) => string): string {
  switch (s.kind) {
    case "mandate":
      return w.mandateRef(s.mandate);
    case "fallback":
      return w.fallback(s.mode);
    case "chapter":
      return w.chapter(s.region);
    case "body":
      return w.body(name(s.body));
    case "rule":
      return w.rule(s.rule);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Builds the sentences of a language from its words; both languages share one sentence structure. */
function messages(w: Words): Messages {
  return {
    headline(r, name) {
      const cell = where(r, w.cellIn, w.cellOn, w.allSectors);
      if (r.status === "represented") return `${cell}: ${w.represented(name(r.lead ?? ""))}.`;
      if (r.status === "contested") return `${cell}: ${w.contested(joinNames(r.contenders.map(name), w.and))}.`;
      return `${cell}: ${w.unrepresented(r.reason)}.`;
    },
    delegation: (names) => `${w.delegation}: ${names.join(", ")}.`,
    ref: (claim, name) => sourceRef(claim.source, w, name),
    claim(claim, name) {
      const s = claim.source;
      const holder = claim.holder === null ? undefined : name(claim.holder);
      switch (s.kind) {
        case "mandate":
          return w.mandate(s.mandate, holder ?? "", w.role(claim.role), w.grant(s.grant, name));
        case "fallback":
        case "chapter": {
          const subject = capitalise(sourceRef(s, w, name));
          if (holder === undefined) return subject;
          return s.kind === "fallback" ? `${subject} (${holder}, ${w.membersCount(s.members)})` : `${subject} (${holder})`;
        }
        case "body":
          return capitalise(sourceRef(s, w, name));
        case "rule": {
          const parts = [w.action[s.action]];
          if (holder !== undefined) parts[0] = `${w.action[s.action]}: ${holder}`;
          if (s.detail?.members !== undefined) parts.push(w.membersCount(s.detail.members));
          if (s.detail?.turn !== undefined) parts.push(w.turn(s.detail.turn, s.detail.periodFrom ?? "", s.detail.periodUntil));
          return `${capitalise(w.rule(s.rule))} (${parts.join(", ")})`;
        }
      }
    },
    outcome(o, c) {
      if (o.kind === "not-legitimate") return `${w.notLegitimate}: ${w.illegitimate[o.reason]}`;
      if (o.kind === "model-inactive") return `${w.inactive}: ${w.inactiveWhy(o.reason, o.since ?? "")}`;
      return w.outcome(o, c);
    },
    via: (ref) => `${w.via} ${ref}`,
  };
}

function validityEn(from: string | undefined, until: string | undefined): string {
  if (from === undefined) return until === undefined ? "open-ended" : `valid until ${until}`;
  return until === undefined ? `valid from ${from}, open-ended` : `valid from ${from} until ${until}`;
}

function validityNl(from: string | undefined, until: string | undefined): string {
  if (from === undefined) return until === undefined ? "zonder begin- of einddatum" : `geldig tot ${until}`;
  return until === undefined ? `geldig vanaf ${from}, zonder einddatum` : `geldig van ${from} tot ${until}`;
}

/** Whether a holder-absent outcome means "dissolved" (rather than "not yet founded") on the day. */
function dissolvedBy(o: { readonly dissolved?: IsoDate }, on: IsoDate): o is { readonly dissolved: IsoDate } {
  return o.dissolved !== undefined && o.dissolved <= on;
}

/** English. */
export const en: Messages = messages({
  cellIn: "in",
  cellOn: "on",
  allSectors: "all sectors",
  represented: (lead) => `represented by ${lead}`,
  contested: (contenders) => `contested between ${contenders}; no one leads`,
  unrepresented: (reason) =>
    reason === undefined ? "unrepresented; no claim to the lead holds"
    : reason.trim() === "" ? "unrepresented by decision"
    : `unrepresented (${reason})`,
  and: "and",
  delegation: "Delegation",
  role: (role) => role,
  grant: (grant, name) =>
    grant.by === "agreement" ? `granted by agreement ${grant.agreement}`
    : grant.by === "statute" ? "granted by statute"
    : grant.by === "delegation" ? `delegated by ${name(grant.from)}`
    : `granted by the authority ${grant.authority}`,
  mandate: (id, holder, role, grant) => `Mandate ${id} of ${holder} (${role}, ${grant})`,
  mandateRef: (id) => `mandate ${id}`,
  fallback: (mode) => `the ${mode} fallback`,
  membersCount: (n) => `${n} members`,
  chapter: (region) => `the chapter for ${region}`,
  body: (body) => `the body ${body} itself`,
  rule: (id) => `rule ${id}`,
  action: { assign: "assign", largestMembership: "largest membership", rotate: "rotate", mandates: "mandates", unrepresented: "unrepresented" },
  turn: (turn, from, until) => `turn ${turn}, period ${from} to ${until ?? "the end of the calendar (9999-12-31 included)"}`,
  outcome(o, c) {
    switch (o.kind) {
      case "won":
        return "won";
      case "joined":
        return "joined the delegation";
      case "unused":
        return o.because === "already-lead" ? "not needed, its holder already leads" : "no delegation to join";
      case "tied":
        return `tied with ${joinNames(o.with.map(c.ref), "and")}`;
      case "lower-tier":
        return `outranked: tier ${o.tier} is below the deciding tier ${o.winningTier}`;
      case "less-specific":
        return `less specific than ${c.ref(o.than)}`;
      case "later-in-order":
        return `comes after ${c.ref(o.than)}, which takes precedence`;
      case "not-in-force":
        return `not in force on the day (${validityEn(o.validFrom, o.validUntil)})`;
      case "holder-absent": {
        const who = c.name(o.holder);
        if (dissolvedBy(o, c.on)) return `${who} does not exist on the day: dissolved on ${o.dissolved}`;
        return o.founded === undefined ? `${who} does not exist on the day` : `${who} does not exist on the day: founded only on ${o.founded}`;
      }
    }
  },
  notLegitimate: "not legitimate under this model",
  illegitimate: {
    "not-granted-by-agreement": "not granted by the agreement",
    "holder-not-a-party": "its holder is not a party to the agreement",
    "not-delegated-by-body": "not delegated by the body",
    "not-statutory": "labour themes follow statutory mandates only",
    "grant-kind-excluded": "its kind of grant is not one the rule defers to",
  },
  inactive: "not active on the day",
  inactiveWhy: (reason, since) =>
    ({
      "agreement-not-signed": "not every party has signed the agreement",
      "agreement-not-yet-signed": `the agreement is only signed on ${since}`,
      "agreement-ended": `the agreement ended on ${since}`,
      "body-not-established": `the body is only established on ${since}`,
      "body-dissolved": `the body was dissolved on ${since}`,
      "rotation-not-started": `the rotation only starts on ${since}`,
      "no-eligible-organisation": "no candidate exists on the day and serves the sector",
    })[reason],
  via: "within",
});

/** Dutch. */
export const nl: Messages = messages({
  cellIn: "in",
  cellOn: "op",
  allSectors: "alle sectoren",
  represented: (lead) => `vertegenwoordigd door ${lead}`,
  contested: (contenders) => `betwist tussen ${contenders}; niemand heeft de leiding`,
  unrepresented: (reason) =>
    reason === undefined ? "niet vertegenwoordigd; geen enkele claim op de leiding houdt stand"
    : reason.trim() === "" ? "niet vertegenwoordigd bij besluit"
    : `niet vertegenwoordigd (${reason})`,
  and: "en",
  delegation: "Delegatie",
  role: (role) => (role === "lead" ? "leiding" : "lid"),
  grant: (grant, name) =>
    grant.by === "agreement" ? `verleend via convenant ${grant.agreement}`
    : grant.by === "statute" ? "verleend via de statuten"
    : grant.by === "delegation" ? `gedelegeerd door ${name(grant.from)}`
    : `verleend door de instantie ${grant.authority}`,
  mandate: (id, holder, role, grant) => `Mandaat ${id} van ${holder} (${role}, ${grant})`,
  mandateRef: (id) => `mandaat ${id}`,
  fallback: (mode) => `de terugvaloptie ${mode === "joint" ? "gezamenlijk" : "grootste ledental"}`,
  membersCount: (n) => `${n} leden`,
  chapter: (region) => `de regionale afdeling voor ${region}`,
  body: (body) => `het orgaan ${body} zelf`,
  rule: (id) => `regel ${id}`,
  action: { assign: "toewijzing", largestMembership: "grootste ledental", rotate: "rotatie", mandates: "mandaten", unrepresented: "niet vertegenwoordigd" },
  turn: (turn, from, until) => `beurt ${turn}, periode ${from} tot ${until ?? "het einde van de kalender (9999-12-31 inbegrepen)"}`,
  outcome(o, c) {
    switch (o.kind) {
      case "won":
        return "gaf de doorslag";
      case "joined":
        return "neemt deel aan de delegatie";
      case "unused":
        return o.because === "already-lead" ? "niet nodig, de houder heeft al de leiding" : "er is geen delegatie om aan deel te nemen";
      case "tied":
        return `staat gelijk met ${joinNames(o.with.map(c.ref), "en")}`;
      case "lower-tier":
        return `moet wijken: niveau ${o.tier} ligt lager dan het beslissende niveau ${o.winningTier}`;
      case "less-specific":
        return `minder specifiek dan ${c.ref(o.than)}`;
      case "later-in-order":
        return `komt na ${c.ref(o.than)}, die voorrang heeft`;
      case "not-in-force":
        return `niet van kracht op die dag (${validityNl(o.validFrom, o.validUntil)})`;
      case "holder-absent": {
        const who = c.name(o.holder);
        if (dissolvedBy(o, c.on)) return `${who} bestaat niet op die dag: opgeheven op ${o.dissolved}`;
        return o.founded === undefined ? `${who} bestaat niet op die dag` : `${who} bestaat niet op die dag: pas opgericht op ${o.founded}`;
      }
    }
  },
  notLegitimate: "telt niet in dit model",
  illegitimate: {
    "not-granted-by-agreement": "niet verleend via het convenant",
    "holder-not-a-party": "de houder is geen partij bij het convenant",
    "not-delegated-by-body": "niet gedelegeerd door het orgaan",
    "not-statutory": "arbeidsvoorwaarden volgen alleen statutaire mandaten",
    "grant-kind-excluded": "dit soort verlening telt niet voor deze regel",
  },
  inactive: "niet actief op die dag",
  inactiveWhy: (reason, since) =>
    ({
      "agreement-not-signed": "niet elke partij heeft het convenant ondertekend",
      "agreement-not-yet-signed": `het convenant wordt pas op ${since} ondertekend`,
      "agreement-ended": `het convenant is op ${since} afgelopen`,
      "body-not-established": `het orgaan wordt pas op ${since} opgericht`,
      "body-dissolved": `het orgaan is op ${since} opgeheven`,
      "rotation-not-started": `de rotatie begint pas op ${since}`,
      "no-eligible-organisation": "geen enkele kandidaat bestaat op die dag en bedient de sector",
    })[reason],
  via: "binnen",
});
