import type { Claim, ClaimSource, Coalition } from "../governance/claim.js";
import type { IsoDate } from "../model/types.js";
import type { ExplainWords } from "../locale/explain-words.js";
import type { HolderAbsence, Outcome, Representation } from "./representation.js";
import { joinNames } from "../internal/join-names.js";

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
  /** The coalition holders not there on the day, said after a claim's outcome. */
  dropped(list: readonly HolderAbsence[], context: Context): string;
  via(ref: string): string;
}

function where(r: Representation, w: ExplainWords): string {
  return `${r.theme} ${w.cellIn} ${r.region} (${r.sector ?? w.allSectors}) ${w.cellOn} ${r.on}`;
}

function sourceRef(s: ClaimSource, w: ExplainWords, name: (id: string) => string): string {
  switch (s.kind) {
    case "mandate":
      return w.mandateRef(s.mandate);
    case "fallback":
      return w.fallback[s.mode];
    case "chapter":
      return w.chapter(s.region);
    case "body":
      return w.body(name(s.body));
    case "rule":
      return w.rule(s.rule);
  }
}

function grantWords(grant: Extract<ClaimSource, { kind: "mandate" }>["grant"], w: ExplainWords, name: (id: string) => string): string {
  switch (grant.by) {
    case "agreement":
      return w.grantedByAgreement(grant.agreement);
    case "statute":
      return w.grantedByStatute;
    case "delegation":
      return w.delegatedBy(name(grant.from));
    case "authority":
      return w.grantedByAuthority(grant.authority);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unrepresented(reason: string | undefined, w: ExplainWords): string {
  if (reason === undefined) return w.unrepresented;
  return reason.trim() === "" ? w.unrepresentedByDecision : w.unrepresentedBecause(reason);
}

/** Whether a holder-absent outcome means "dissolved" (rather than "not yet founded") on the day. */
function dissolvedBy(o: { readonly dissolved?: IsoDate }, on: IsoDate): o is { readonly dissolved: IsoDate } {
  return o.dissolved !== undefined && o.dissolved <= on;
}

/** Each absent organisation with why: "cnvo (dissolved on 2025-03-01)", joined as a list. */
function absentees(list: readonly HolderAbsence[], w: ExplainWords, c: Context): string {
  const each = list.map((a) => {
    const who = c.name(a.holder);
    if (dissolvedBy(a, c.on)) return `${who} (${w.absentBecause.dissolved(a.dissolved)})`;
    return a.founded === undefined ? who : `${who} (${w.absentBecause.founded(a.founded)})`;
  });
  return joinNames(each, w.and);
}

/** A coalition as a reader names it: its organisations and, when it has one, its spokesperson. */
function coalitionWords(coalition: Coalition, w: ExplainWords, name: (id: string) => string): string {
  const members = joinNames(coalition.holders.map(name), w.and);
  return w.coalition(members, coalition.spokesperson === undefined ? undefined : name(coalition.spokesperson));
}

/** A contending party: one organisation's name, or a coalition in brackets so that a list of parties reads unambiguously. */
function partyWords(party: readonly string[], w: ExplainWords, name: (id: string) => string): string {
  return party.length === 1 ? name(party[0] as string) : `(${w.coalition(joinNames(party.map(name), w.and), undefined)})`;
}

function outcomeWords(o: Outcome, w: ExplainWords, c: Context): string {
  switch (o.kind) {
    case "won":
      return w.won;
    case "joined":
      return w.joined;
    case "unused":
      return o.because === "already-lead" ? w.alreadyLead : w.noDelegation;
    case "tied":
      return w.tied(joinNames(o.with.map(c.ref), w.and));
    case "lower-tier":
      return w.lowerTier(o.tier, o.winningTier);
    case "less-specific":
      return w.lessSpecific(c.ref(o.than));
    case "later-in-order":
      return w.laterInOrder(c.ref(o.than));
    case "not-in-force":
      return w.notInForce(o.validFrom, o.validUntil);
    case "holder-absent": {
      if (o.holders !== undefined) return w.noHolderExists(absentees(o.holders, w, c));
      const who = c.name(o.holder);
      if (dissolvedBy(o, c.on)) return w.dissolved(who, o.dissolved);
      return o.founded === undefined ? w.absent(who) : w.foundedOnly(who, o.founded);
    }
    case "not-legitimate":
      return `${w.notLegitimate}: ${w.illegitimate[o.reason]}`;
    case "model-inactive":
      return `${w.inactive}: ${w.inactiveWhy[o.reason](o.since ?? "")}`;
  }
}

/**
 * The sentences of an explanation, built from one language's words: every language
 * shares this structure, and the words come from the locale's catalogue.
 */
export function sentences(w: ExplainWords): Messages {
  return {
    headline(r, name) {
      const cell = where(r, w);
      if (r.status === "represented") {
        if (r.leads.length > 1) return `${cell}: ${w.jointlyRepresented(joinNames(r.leads.map(name), w.and), r.lead === null ? undefined : name(r.lead))}.`;
        return `${cell}: ${w.represented(name(r.lead ?? ""))}.`;
      }
      if (r.status === "contested") {
        const parties = r.contendingParties.length > 0 ? r.contendingParties.map((party) => partyWords(party, w, name)) : r.contenders.map(name);
        return `${cell}: ${w.contested(joinNames(parties, w.and))}.`;
      }
      return `${cell}: ${unrepresented(r.reason, w)}.`;
    },
    delegation: (names) => `${w.delegation}: ${names.join(", ")}.`,
    ref: (claim, name) => sourceRef(claim.source, w, name),
    claim(claim, name) {
      const s = claim.source;
      const holder = claim.coalition !== undefined ? coalitionWords(claim.coalition, w, name) : claim.holder === null ? undefined : name(claim.holder);
      switch (s.kind) {
        case "mandate":
          return w.mandate(s.mandate, holder ?? "", w.role[claim.role], grantWords(s.grant, w, name));
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
    outcome: (o, c) => outcomeWords(o, w, c),
    dropped: (list, c) => w.droppedOut(absentees(list, w, c)),
    via: (ref) => `${w.via} ${ref}`,
  };
}
