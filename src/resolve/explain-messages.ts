import type { Claim } from "../governance/claim.js";
import type { Outcome, Representation } from "./representation.js";

/** A language an explanation can be written in. @category Resolution */
export type Locale = "en" | "nl";

type Name = (id: string) => string;

/** The sentences of one language. */
export interface Messages {
  headline(r: Representation, name: Name): string;
  delegation(ids: string, count: number): string;
  claim(claim: Claim, name: Name): string;
  outcome(outcome: Outcome, name: Name): string;
  via(id: string): string;
}

function list(ids: readonly string[], name: Name, and: string): string {
  const names = ids.map(name);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1] ?? ""}`;
}

function where(r: Representation, inWord: string, onWord: string, whole: string): string {
  return `${r.theme} ${inWord} ${r.region} (${r.sector ?? whole}) ${onWord} ${r.on}`;
}

function validity(from: string | undefined, until: string | undefined, words: { from: string; until: string; open: string }): string {
  return `${words.from} ${from ?? "-"} ${until === undefined ? words.open : `${words.until} ${until}`}`;
}

export const en: Messages = {
  headline(r, name) {
    const cell = where(r, "in", "on", "all sectors");
    if (r.status === "represented") return `${cell}: represented by ${name(r.lead ?? "")}.`;
    if (r.status === "contested") return `${cell}: contested between ${list(r.contenders, name, "and")}; no one leads.`;
    return `${cell}: unrepresented${r.reason === undefined ? "" : ` (${r.reason})`}.`;
  },
  delegation: (ids) => `Delegation: ${ids}.`,
  claim(claim, name) {
    const s = claim.source;
    const holder = claim.holder === null ? "" : name(claim.holder);
    switch (s.kind) {
      case "mandate": {
        const grant =
          s.grant.by === "agreement" ? `agreement ${s.grant.agreement}`
          : s.grant.by === "statute" ? "statute"
          : s.grant.by === "delegation" ? `delegation from ${name(s.grant.from)}`
          : `authority ${s.grant.authority}`;
        return `Mandate ${s.mandate} of ${holder} (${claim.role}, granted by ${grant})`;
      }
      case "fallback":
        return `The ${s.mode} fallback for ${holder} (${s.members} members)`;
      case "chapter":
        return `The chapter of ${s.region}, ${holder}`;
      case "body":
        return `The body ${holder} itself`;
      case "rule": {
        const who = holder === "" ? "" : `: ${holder}`;
        const turn = s.detail?.turn === undefined ? "" : `, turn ${s.detail.turn} from ${s.detail.periodFrom ?? ""}`;
        return `Rule ${s.rule} (${s.action}${who}${turn})`;
      }
    }
  },
  outcome(o, name) {
    switch (o.kind) {
      case "won": return "won";
      case "joined": return "joined the delegation";
      case "unused": return o.because === "already-lead" ? "its holder already leads" : "no delegation to join";
      case "tied": return `tied with ${o.with.join(", ")}`;
      case "lower-tier": return `lower tier (${o.tier}) than the deciding tier (${o.winningTier})`;
      case "less-specific": return `less specific than ${o.than}`;
      case "later-in-order": return `comes after ${o.than}, which takes precedence`;
      case "not-in-force": return `not in force on the day (${validity(o.validFrom, o.validUntil, { from: "valid from", until: "until", open: "open-ended" })})`;
      case "holder-absent":
        return `${name(o.holder)} does not exist on the day${o.dissolved === undefined ? "" : ` (dissolved ${o.dissolved})`}${o.founded === undefined ? "" : ` (founded ${o.founded})`}`;
      case "not-legitimate": {
        const why = {
          "not-granted-by-agreement": "not granted by the agreement",
          "holder-not-a-party": "its holder is not a party to the agreement",
          "not-delegated-by-body": "not delegated by the body",
          "not-statutory": "labour themes follow statutory mandates only",
          "grant-kind-excluded": "its kind of grant is not one the rule defers to",
        }[o.reason];
        return `not legitimate under this model: ${why}`;
      }
      case "model-inactive": {
        const why = {
          "agreement-not-signed": "not every party has signed the agreement",
          "agreement-not-yet-signed": `the agreement is signed only on ${o.since ?? ""}`,
          "agreement-ended": `the agreement ended on ${o.since ?? ""}`,
          "body-not-established": `the body is established only on ${o.since ?? ""}`,
          "body-dissolved": `the body was dissolved on ${o.since ?? ""}`,
          "rotation-not-started": `the rotation starts only on ${o.since ?? ""}`,
        }[o.reason];
        return `model not active: ${why}`;
      }
    }
  },
  via: (id) => `within ${id}`,
};

export const nl: Messages = {
  headline(r, name) {
    const cell = where(r, "in", "op", "alle sectoren");
    if (r.status === "represented") return `${cell}: vertegenwoordigd door ${name(r.lead ?? "")}.`;
    if (r.status === "contested") return `${cell}: betwist tussen ${list(r.contenders, name, "en")}; niemand heeft de leiding.`;
    return `${cell}: niet vertegenwoordigd${r.reason === undefined ? "" : ` (${r.reason})`}.`;
  },
  delegation: (ids) => `Delegatie: ${ids}.`,
  claim(claim, name) {
    const s = claim.source;
    const holder = claim.holder === null ? "" : name(claim.holder);
    switch (s.kind) {
      case "mandate": {
        const grant =
          s.grant.by === "agreement" ? `convenant ${s.grant.agreement}`
          : s.grant.by === "statute" ? "statuten"
          : s.grant.by === "delegation" ? `delegatie door ${name(s.grant.from)}`
          : `instantie ${s.grant.authority}`;
        return `Mandaat ${s.mandate} van ${holder} (${claim.role === "lead" ? "leiding" : "lid"}, verleend via ${grant})`;
      }
      case "fallback":
        return `De terugvaloptie ${s.mode === "joint" ? "gezamenlijk" : "grootste ledental"} voor ${holder} (${s.members} leden)`;
      case "chapter":
        return `De afdeling voor ${s.region}, ${holder}`;
      case "body":
        return `Het orgaan ${holder} zelf`;
      case "rule": {
        const who = holder === "" ? "" : `: ${holder}`;
        const turn = s.detail?.turn === undefined ? "" : `, beurt ${s.detail.turn} vanaf ${s.detail.periodFrom ?? ""}`;
        return `Regel ${s.rule} (${s.action}${who}${turn})`;
      }
    }
  },
  outcome(o, name) {
    switch (o.kind) {
      case "won": return "gaf de doorslag";
      case "joined": return "neemt deel aan de delegatie";
      case "unused": return o.because === "already-lead" ? "de houder heeft al de leiding" : "er is geen delegatie om aan deel te nemen";
      case "tied": return `staat gelijk met ${o.with.join(", ")}`;
      case "lower-tier": return `lagere laag (${o.tier}) dan de beslissende laag (${o.winningTier})`;
      case "less-specific": return `minder specifiek dan ${o.than}`;
      case "later-in-order": return `komt na ${o.than}, dat voorrang heeft`;
      case "not-in-force": return `niet van kracht op die dag (${validity(o.validFrom, o.validUntil, { from: "geldig van", until: "tot", open: "zonder einddatum" })})`;
      case "holder-absent":
        return `${name(o.holder)} bestaat niet op die dag${o.dissolved === undefined ? "" : ` (opgeheven ${o.dissolved})`}${o.founded === undefined ? "" : ` (opgericht ${o.founded})`}`;
      case "not-legitimate": {
        const why = {
          "not-granted-by-agreement": "niet verleend via het convenant",
          "holder-not-a-party": "de houder is geen partij bij het convenant",
          "not-delegated-by-body": "niet gedelegeerd door het orgaan",
          "not-statutory": "arbeidsvoorwaarden volgen alleen statutaire mandaten",
          "grant-kind-excluded": "dit soort verlening telt niet voor deze regel",
        }[o.reason];
        return `niet rechtsgeldig in dit model: ${why}`;
      }
      case "model-inactive": {
        const why = {
          "agreement-not-signed": "niet elke partij heeft het convenant ondertekend",
          "agreement-not-yet-signed": `het convenant wordt pas op ${o.since ?? ""} ondertekend`,
          "agreement-ended": `het convenant is geëindigd op ${o.since ?? ""}`,
          "body-not-established": `het orgaan wordt pas op ${o.since ?? ""} opgericht`,
          "body-dissolved": `het orgaan is opgeheven op ${o.since ?? ""}`,
          "rotation-not-started": `de rotatie begint pas op ${o.since ?? ""}`,
        }[o.reason];
        return `model niet actief: ${why}`;
      }
    }
  },
  via: (id) => `binnen ${id}`,
};
