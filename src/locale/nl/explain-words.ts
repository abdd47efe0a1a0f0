import type { ExplainWords } from "../explain-words.js";

/** Dutch words of explanations. */
export const nl: ExplainWords = {
  cellIn: "in",
  cellOn: "op",
  allSectors: "alle sectoren",
  represented: (lead) => `vertegenwoordigd door ${lead}`,
  contested: (contenders) => `betwist tussen ${contenders}; niemand heeft de leiding`,
  unrepresented: "niet vertegenwoordigd; geen enkele claim op de leiding houdt stand",
  unrepresentedByDecision: "niet vertegenwoordigd bij besluit",
  unrepresentedBecause: (reason) => `niet vertegenwoordigd (${reason})`,
  and: "en",
  delegation: "Delegatie",
  role: { lead: "leiding", member: "lid" },
  grantedByAgreement: (agreement) => `verleend via convenant ${agreement}`,
  grantedByStatute: "verleend via de statuten",
  delegatedBy: (from) => `gedelegeerd door ${from}`,
  grantedByAuthority: (authority) => `verleend door de instantie ${authority}`,
  mandate: (id, holder, role, grant) => `Mandaat ${id} van ${holder} (${role}, ${grant})`,
  mandateRef: (id) => `mandaat ${id}`,
  fallback: { "largest-membership": "de terugvaloptie grootste ledental", joint: "de terugvaloptie gezamenlijk" },
  membersCount: (n) => `${n} leden`,
  chapter: (region) => `de regionale afdeling voor ${region}`,
  body: (body) => `het orgaan ${body} zelf`,
  rule: (id) => `regel ${id}`,
  action: { assign: "toewijzing", largestMembership: "grootste ledental", rotate: "rotatie", mandates: "mandaten", unrepresented: "niet vertegenwoordigd" },
  turn: (turn, from, until) => `beurt ${turn}, periode ${from} tot ${until ?? "het einde van de kalender (9999-12-31 inbegrepen)"}`,
  won: "gaf de doorslag",
  joined: "neemt deel aan de delegatie",
  alreadyLead: "niet nodig, de houder heeft al de leiding",
  noDelegation: "er is geen delegatie om aan deel te nemen",
  tied: (others) => `staat gelijk met ${others}`,
  lowerTier: (tier, winningTier) => `moet wijken: niveau ${tier} ligt lager dan het beslissende niveau ${winningTier}`,
  lessSpecific: (than) => `minder specifiek dan ${than}`,
  laterInOrder: (than) => `komt na ${than}, die voorrang heeft`,
  notInForce(from, until) {
    const validity =
      from === undefined ? (until === undefined ? "zonder begin- of einddatum" : `geldig tot ${until}`)
      : until === undefined ? `geldig vanaf ${from}, zonder einddatum`
      : `geldig van ${from} tot ${until}`;
    return `niet van kracht op die dag (${validity})`;
  },
  absent: (who) => `${who} bestaat niet op die dag`,
  dissolved: (who, on) => `${who} bestaat niet op die dag: opgeheven op ${on}`,
  foundedOnly: (who, on) => `${who} bestaat niet op die dag: pas opgericht op ${on}`,
  notLegitimate: "telt niet in dit model",
  illegitimate: {
    "not-granted-by-agreement": "niet verleend via het convenant",
    "holder-not-a-party": "de houder is geen partij bij het convenant",
    "coalition-holder-not-a-party": "niet elke organisatie van de coalitie is partij bij het convenant",
    "not-delegated-by-body": "niet gedelegeerd door het orgaan",
    "not-statutory": "arbeidsvoorwaarden volgen alleen statutaire mandaten",
    "grant-kind-excluded": "dit soort verlening telt niet voor deze regel",
  },
  inactive: "niet actief op die dag",
  inactiveWhy: {
    "agreement-not-signed": () => "niet elke partij heeft het convenant ondertekend",
    "agreement-not-yet-signed": (since) => `het convenant wordt pas op ${since} ondertekend`,
    "agreement-ended": (since) => `het convenant is op ${since} afgelopen`,
    "body-not-established": (since) => `het orgaan wordt pas op ${since} opgericht`,
    "body-dissolved": (since) => `het orgaan is op ${since} opgeheven`,
    "rotation-not-started": (since) => `de rotatie begint pas op ${since}`,
    "no-eligible-organisation": () => "geen enkele kandidaat bestaat op die dag en bedient de sector",
  },
  via: "binnen",
};
