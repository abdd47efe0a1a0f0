import { describe, expect, it } from "vitest";
import { handWritten as answer } from "./fixtures.js";
import type { Claim, ClaimSource } from "../../src/governance/claim.js";
import { explain } from "../../src/resolve/explain.js";
import type { BasisStep, Outcome } from "../../src/resolve/representation.js";

// Every sentence explain can write, word for word, in both languages: a changed word is a changed answer.

function claim(id: string, source: ClaimSource, extra: Partial<Claim> = {}): Claim {
  return { id, role: "lead", holder: "aob", members: [], tier: 1, source, specificity: { theme: 0, region: 0, sectors: "all" }, ...extra };
}

const m1 = claim("mandate:m1", { kind: "mandate", mandate: "m1", grant: { by: "agreement", agreement: "a1" } });
const r1 = claim("rule:r1", { kind: "rule", rule: "r1", action: "assign" });


/** The basis lines of an answer with these steps, with `m1` and `r1` in the basis to refer to. */
function lines(steps: readonly BasisStep[], locale: "en" | "nl", names: Record<string, string> = {}): string[] {
  const basis = [...steps, { claim: m1, outcome: { kind: "won" } as Outcome }, { claim: r1, outcome: { kind: "won" } as Outcome }];
  return explain(answer({ basis }), { locale, names }).split("\n").slice(1, 1 + steps.length);
}

/** The text after the claim of a one-step basis: the outcome sentence. */
function outcome(o: Outcome, locale: "en" | "nl", on = "2025-06-01"): string {
  const text = explain(answer({ on, basis: [{ claim: m1, outcome: o }, { claim: r1, outcome: { kind: "won" } }] }), { locale }).split("\n")[1] ?? "";
  return text.replace(/^- Manda(te|at) m1 (of|van) aob \([^)]*\): /, "");
}

describe("explain, headlines", () => {
  it("names the sector, or the whole profession", () => {
    const whole = answer({ sector: null });
    expect(explain(whole)).toBe("curriculum in west (all sectors) on 2025-06-01: unrepresented; no claim to the lead holds.");
    expect(explain(whole, { locale: "nl" })).toBe(
      "curriculum in west (alle sectoren) op 2025-06-01: niet vertegenwoordigd; geen enkele claim op de leiding houdt stand.",
    );
  });

  it("words a represented cell and its delegation in both languages", () => {
    const r = answer({ status: "represented", lead: "aob", delegation: ["aob", "fvov"] });
    expect(explain(r, { locale: "nl", names: { aob: "AOb" } })).toBe(
      "curriculum in west (vo) op 2025-06-01: vertegenwoordigd door AOb.\nDelegatie: AOb, fvov.",
    );
    expect(explain(r)).toBe("curriculum in west (vo) on 2025-06-01: represented by aob.\nDelegation: aob, fvov.");
  });

  it("lists one, two or three contenders as a reader would", () => {
    const head = (contenders: string[], locale: "en" | "nl" = "en") => explain(answer({ status: "contested", contenders }), { locale });
    expect(head(["aob"])).toBe("curriculum in west (vo) on 2025-06-01: contested between aob; no one leads.");
    expect(head(["aob", "cnvo"])).toBe("curriculum in west (vo) on 2025-06-01: contested between aob and cnvo; no one leads.");
    expect(head(["aob", "cnvo"], "nl")).toBe("curriculum in west (vo) op 2025-06-01: betwist tussen aob en cnvo; niemand heeft de leiding.");
    expect(head([])).toBe("curriculum in west (vo) on 2025-06-01: contested between ; no one leads.");
  });

  it("gives a decision's reason in Dutch too", () => {
    expect(explain(answer({ reason: "aan de raad" }), { locale: "nl" })).toBe("curriculum in west (vo) op 2025-06-01: niet vertegenwoordigd (aan de raad).");
    expect(explain(answer({ reason: "" }), { locale: "nl" })).toBe("curriculum in west (vo) op 2025-06-01: niet vertegenwoordigd bij besluit.");
    expect(explain(answer({ reason: " x " }))).toBe("curriculum in west (vo) on 2025-06-01: unrepresented ( x ).");
    expect(explain(answer({ reason: " " }))).toBe("curriculum in west (vo) on 2025-06-01: unrepresented by decision.");
  });

  it("falls back to the id when a display name is missing or undefined", () => {
    const r = answer({ status: "represented", lead: "aob", delegation: ["aob", "cnvo"] });
    const names = { aob: undefined } as unknown as Record<string, string>;
    expect(explain(r, { names })).toBe("curriculum in west (vo) on 2025-06-01: represented by aob.\nDelegation: aob, cnvo.");
  });
});

describe("explain, the claim as subject", () => {
  const won: Outcome = { kind: "won" };
  const steps: BasisStep[] = [
    { claim: claim("d", { kind: "mandate", mandate: "d1", grant: { by: "delegation", from: "oc2" } }), outcome: won },
    { claim: claim("s", { kind: "mandate", mandate: "s1", grant: { by: "statute" } }, { role: "member", holder: "fvov" }), outcome: won },
    { claim: claim("o", { kind: "mandate", mandate: "o1", grant: { by: "authority", authority: "OCW" } }), outcome: won },
    { claim: claim("f1", { kind: "fallback", mode: "largest-membership", members: 120 }), outcome: won },
    { claim: claim("f2", { kind: "fallback", mode: "joint", members: 0 }, { holder: "cnvo" }), outcome: won },
    { claim: claim("f3", { kind: "fallback", mode: "joint", members: 3 }, { holder: null }), outcome: won },
    { claim: claim("c1", { kind: "chapter", region: "noord", body: "oc2" }, { holder: "lg-noord" }), outcome: won },
    { claim: claim("c2", { kind: "chapter", region: "noord", body: "oc2" }, { holder: null }), outcome: won },
    { claim: claim("b", { kind: "body", body: "oc2" }, { holder: "oc2" }), outcome: won },
    { claim: claim("ra", { kind: "rule", rule: "ra", action: "assign" }), outcome: won },
    { claim: claim("rl", { kind: "rule", rule: "rl", action: "largestMembership", detail: { members: 50 } }, { holder: "cnvo" }), outcome: won },
    { claim: claim("rl0", { kind: "rule", rule: "rl0", action: "largestMembership", detail: { members: 0 } }), outcome: won },
    {
      claim: claim("rr", { kind: "rule", rule: "rr", action: "rotate", detail: { turn: 2, periodFrom: "2025-01-01", periodUntil: "2026-01-01" } }, { holder: "fvov" }),
      outcome: won,
    },
    { claim: claim("rr0", { kind: "rule", rule: "rr0", action: "rotate", detail: { turn: 0 } }), outcome: won },
    { claim: claim("rm", { kind: "rule", rule: "rm", action: "mandates" }, { holder: null }), outcome: won },
    { claim: claim("ru", { kind: "rule", rule: "ru", action: "unrepresented" }, { holder: null }), outcome: won },
    { claim: claim("rd", { kind: "rule", rule: "rd", action: "assign", detail: {} }, { holder: null }), outcome: won },
  ];
  const names = { oc2: "OC 2.0", aob: "AOb" };

  it("words every kind of source in English", () => {
    expect(lines(steps, "en", names)).toEqual([
      "- Mandate d1 of AOb (lead, delegated by OC 2.0): won.",
      "- Mandate s1 of fvov (member, granted by statute): won.",
      "- Mandate o1 of AOb (lead, granted by the authority OCW): won.",
      "- The largest-membership fallback (AOb, 120 members): won.",
      "- The joint fallback (cnvo, 0 members): won.",
      "- The joint fallback: won.",
      "- The chapter for noord (lg-noord): won.",
      "- The chapter for noord: won.",
      "- The body OC 2.0 itself: won.",
      "- Rule ra (assign: AOb): won.",
      "- Rule rl (largest membership: cnvo, 50 members): won.",
      "- Rule rl0 (largest membership: AOb, 0 members): won.",
      "- Rule rr (rotate: fvov, turn 2, period 2025-01-01 to 2026-01-01): won.",
      "- Rule rr0 (rotate: AOb, turn 0, period  to the end of the calendar (9999-12-31 included)): won.",
      "- Rule rm (mandates): won.",
      "- Rule ru (unrepresented): won.",
      "- Rule rd (assign): won.",
    ]);
  });

  it("words every kind of source in Dutch", () => {
    expect(lines(steps, "nl", names)).toEqual([
      "- Mandaat d1 van AOb (leiding, gedelegeerd door OC 2.0): gaf de doorslag.",
      "- Mandaat s1 van fvov (lid, verleend via de statuten): gaf de doorslag.",
      "- Mandaat o1 van AOb (leiding, verleend door de instantie OCW): gaf de doorslag.",
      "- De terugvaloptie grootste ledental (AOb, 120 leden): gaf de doorslag.",
      "- De terugvaloptie gezamenlijk (cnvo, 0 leden): gaf de doorslag.",
      "- De terugvaloptie gezamenlijk: gaf de doorslag.",
      "- De regionale afdeling voor noord (lg-noord): gaf de doorslag.",
      "- De regionale afdeling voor noord: gaf de doorslag.",
      "- Het orgaan OC 2.0 zelf: gaf de doorslag.",
      "- Regel ra (toewijzing: AOb): gaf de doorslag.",
      "- Regel rl (grootste ledental: cnvo, 50 leden): gaf de doorslag.",
      "- Regel rl0 (grootste ledental: AOb, 0 leden): gaf de doorslag.",
      "- Regel rr (rotatie: fvov, beurt 2, periode 2025-01-01 tot 2026-01-01): gaf de doorslag.",
      "- Regel rr0 (rotatie: AOb, beurt 0, periode  tot het einde van de kalender (9999-12-31 inbegrepen)): gaf de doorslag.",
      "- Regel rm (mandaten): gaf de doorslag.",
      "- Regel ru (niet vertegenwoordigd): gaf de doorslag.",
      "- Regel rd (toewijzing): gaf de doorslag.",
    ]);
  });

  it("marks the claims weighed inside a deferring claim, by a reference a reader knows", () => {
    const inner: BasisStep[] = [
      { claim: claim("x", { kind: "body", body: "oc2" }), outcome: { kind: "won" }, via: "rule:r1" },
      { claim: claim("y", { kind: "body", body: "oc2" }), outcome: { kind: "won" }, via: "rule:gone" },
    ];
    expect(lines(inner, "en")).toEqual(["- The body oc2 itself [within rule r1]: won.", "- The body oc2 itself [within rule:gone]: won."]);
    expect(lines(inner, "nl")).toEqual(["- Het orgaan oc2 zelf [binnen regel r1]: gaf de doorslag.", "- Het orgaan oc2 zelf [binnen rule:gone]: gaf de doorslag."]);
  });
});

describe("explain, outcomes", () => {
  const cases: [Outcome, string, string][] = [
    [{ kind: "joined" }, "joined the delegation", "neemt deel aan de delegatie"],
    [{ kind: "unused", because: "already-lead" }, "not needed, its holder already leads", "niet nodig, de houder heeft al de leiding"],
    [{ kind: "unused", because: "no-delegation" }, "no delegation to join", "er is geen delegatie om aan deel te nemen"],
    [{ kind: "tied", with: [] }, "tied with ", "staat gelijk met "],
    [{ kind: "tied", with: ["rule:r1"] }, "tied with rule r1", "staat gelijk met regel r1"],
    [{ kind: "tied", with: ["rule:r1", "x"] }, "tied with rule r1 and x", "staat gelijk met regel r1 en x"],
    [{ kind: "tied", with: ["rule:r1", "x", "mandate:m1"] }, "tied with rule r1, x and mandate m1", "staat gelijk met regel r1, x en mandaat m1"],
    [
      { kind: "lower-tier", tier: 1, winningTier: 3 },
      "outranked: tier 1 is below the deciding tier 3",
      "moet wijken: niveau 1 ligt lager dan het beslissende niveau 3",
    ],
    [{ kind: "less-specific", than: "rule:r1" }, "less specific than rule r1", "minder specifiek dan regel r1"],
    [{ kind: "later-in-order", than: "rule:r1" }, "comes after rule r1, which takes precedence", "komt na regel r1, die voorrang heeft"],
    [
      { kind: "not-in-force", validFrom: "2024-01-01", validUntil: "2025-01-01" },
      "not in force on the day (valid from 2024-01-01 until 2025-01-01)",
      "niet van kracht op die dag (geldig van 2024-01-01 tot 2025-01-01)",
    ],
    [
      { kind: "not-in-force", validFrom: "2026-01-01" },
      "not in force on the day (valid from 2026-01-01, open-ended)",
      "niet van kracht op die dag (geldig vanaf 2026-01-01, zonder einddatum)",
    ],
    [{ kind: "holder-absent", holder: "cnvo" }, "cnvo does not exist on the day", "cnvo bestaat niet op die dag"],
    [
      { kind: "holder-absent", holder: "cnvo", dissolved: "2025-01-01" },
      "cnvo does not exist on the day: dissolved on 2025-01-01",
      "cnvo bestaat niet op die dag: opgeheven op 2025-01-01",
    ],
    [
      // Dissolved on the very day asked about: half-open, so already gone.
      { kind: "holder-absent", holder: "cnvo", dissolved: "2025-06-01" },
      "cnvo does not exist on the day: dissolved on 2025-06-01",
      "cnvo bestaat niet op die dag: opgeheven op 2025-06-01",
    ],
    [
      { kind: "holder-absent", holder: "cnvo", founded: "2025-09-01", dissolved: "2030-01-01" },
      "cnvo does not exist on the day: founded only on 2025-09-01",
      "cnvo bestaat niet op die dag: pas opgericht op 2025-09-01",
    ],
    [{ kind: "holder-absent", holder: "cnvo", dissolved: "2025-06-02" }, "cnvo does not exist on the day", "cnvo bestaat niet op die dag"],
    [
      { kind: "not-legitimate", reason: "not-granted-by-agreement" },
      "not legitimate under this model: not granted by the agreement",
      "telt niet in dit model: niet verleend via het convenant",
    ],
    [
      { kind: "not-legitimate", reason: "not-delegated-by-body" },
      "not legitimate under this model: not delegated by the body",
      "telt niet in dit model: niet gedelegeerd door het orgaan",
    ],
    [
      { kind: "not-legitimate", reason: "not-statutory" },
      "not legitimate under this model: labour themes follow statutory mandates only",
      "telt niet in dit model: arbeidsvoorwaarden volgen alleen statutaire mandaten",
    ],
    [
      { kind: "model-inactive", reason: "agreement-not-signed" },
      "not active on the day: not every party has signed the agreement",
      "niet actief op die dag: niet elke partij heeft het convenant ondertekend",
    ],
    [
      { kind: "model-inactive", reason: "agreement-not-yet-signed", since: "2025-07-01" },
      "not active on the day: the agreement is only signed on 2025-07-01",
      "niet actief op die dag: het convenant wordt pas op 2025-07-01 ondertekend",
    ],
    [
      { kind: "model-inactive", reason: "body-not-established", since: "2026-01-01" },
      "not active on the day: the body is only established on 2026-01-01",
      "niet actief op die dag: het orgaan wordt pas op 2026-01-01 opgericht",
    ],
    [
      { kind: "model-inactive", reason: "body-dissolved", since: "2025-01-01" },
      "not active on the day: the body was dissolved on 2025-01-01",
      "niet actief op die dag: het orgaan is op 2025-01-01 opgeheven",
    ],
    [
      { kind: "model-inactive", reason: "rotation-not-started", since: "2026-01-01" },
      "not active on the day: the rotation only starts on 2026-01-01",
      "niet actief op die dag: de rotatie begint pas op 2026-01-01",
    ],
    [
      { kind: "model-inactive", reason: "no-eligible-organisation" },
      "not active on the day: no candidate exists on the day and serves the sector",
      "niet actief op die dag: geen enkele kandidaat bestaat op die dag en bedient de sector",
    ],
    [{ kind: "model-inactive", reason: "agreement-ended" }, "not active on the day: the agreement ended on ", "niet actief op die dag: het convenant is op  afgelopen"],
  ];

  it.each(cases)("words %j in English and Dutch", (o, english, dutch) => {
    expect(outcome(o, "en")).toBe(`${english}.`);
    expect(outcome(o, "nl")).toBe(`${dutch}.`);
  });

  it("names an absent holder by its display name", () => {
    const text = explain(answer({ basis: [{ claim: m1, outcome: { kind: "holder-absent", holder: "cnvo", dissolved: "2025-01-01" } }] }), {
      names: { cnvo: "CNV Onderwijs" },
    });
    expect(text.split("\n")[1]).toBe("- Mandate m1 of aob (lead, granted by agreement a1): CNV Onderwijs does not exist on the day: dissolved on 2025-01-01.");
  });
});
