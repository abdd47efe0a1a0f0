import type { ExplainWords } from "../explain-words.js";

/** English words of explanations. */
export const en: ExplainWords = {
  cellIn: "in",
  cellOn: "on",
  allSectors: "all sectors",
  represented: (lead) => `represented by ${lead}`,
  contested: (contenders) => `contested between ${contenders}; no one leads`,
  unrepresented: "unrepresented; no claim to the lead holds",
  unrepresentedByDecision: "unrepresented by decision",
  unrepresentedBecause: (reason) => `unrepresented (${reason})`,
  and: "and",
  delegation: "Delegation",
  role: { lead: "lead", member: "member" },
  grantedByAgreement: (agreement) => `granted by agreement ${agreement}`,
  grantedByStatute: "granted by statute",
  delegatedBy: (from) => `delegated by ${from}`,
  grantedByAuthority: (authority) => `granted by the authority ${authority}`,
  mandate: (id, holder, role, grant) => `Mandate ${id} of ${holder} (${role}, ${grant})`,
  mandateRef: (id) => `mandate ${id}`,
  fallback: { "largest-membership": "the largest-membership fallback", joint: "the joint fallback" },
  membersCount: (n) => `${n} members`,
  chapter: (region) => `the chapter for ${region}`,
  body: (body) => `the body ${body} itself`,
  rule: (id) => `rule ${id}`,
  action: { assign: "assign", largestMembership: "largest membership", rotate: "rotate", mandates: "mandates", unrepresented: "unrepresented" },
  turn: (turn, from, until) => `turn ${turn}, period ${from} to ${until ?? "the end of the calendar (9999-12-31 included)"}`,
  won: "won",
  joined: "joined the delegation",
  alreadyLead: "not needed, its holder already leads",
  noDelegation: "no delegation to join",
  tied: (others) => `tied with ${others}`,
  lowerTier: (tier, winningTier) => `outranked: tier ${tier} is below the deciding tier ${winningTier}`,
  lessSpecific: (than) => `less specific than ${than}`,
  laterInOrder: (than) => `comes after ${than}, which takes precedence`,
  notInForce(from, until) {
    const validity =
      from === undefined ? (until === undefined ? "open-ended" : `valid until ${until}`)
      : until === undefined ? `valid from ${from}, open-ended`
      : `valid from ${from} until ${until}`;
    return `not in force on the day (${validity})`;
  },
  absent: (who) => `${who} does not exist on the day`,
  dissolved: (who, on) => `${who} does not exist on the day: dissolved on ${on}`,
  foundedOnly: (who, on) => `${who} does not exist on the day: founded only on ${on}`,
  notLegitimate: "not legitimate under this model",
  illegitimate: {
    "not-granted-by-agreement": "not granted by the agreement",
    "holder-not-a-party": "its holder is not a party to the agreement",
    "coalition-holder-not-a-party": "not every organisation of its coalition is a party to the agreement",
    "not-delegated-by-body": "not delegated by the body",
    "not-statutory": "labour themes follow statutory mandates only",
    "grant-kind-excluded": "its kind of grant is not one the rule defers to",
  },
  inactive: "not active on the day",
  inactiveWhy: {
    "agreement-not-signed": () => "not every party has signed the agreement",
    "agreement-not-yet-signed": (since) => `the agreement is only signed on ${since}`,
    "agreement-ended": (since) => `the agreement ended on ${since}`,
    "body-not-established": (since) => `the body is only established on ${since}`,
    "body-dissolved": (since) => `the body was dissolved on ${since}`,
    "rotation-not-started": (since) => `the rotation only starts on ${since}`,
    "no-eligible-organisation": () => "no candidate exists on the day and serves the sector",
  },
  via: "within",
};
