import { describe, expect, it } from "vitest";
import { handWritten as answer } from "./fixtures.js";
import type { Claim } from "../../src/governance/claim.js";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { mandate, world } from "./fixtures.js";

const coordination = fixture("worked-coordination");

function claim(id: string, extra: Partial<Claim> = {}): Claim {
  return {
    id: `mandate:${id}`,
    role: "lead",
    holder: "aob",
    members: [],
    tier: 1,
    source: { kind: "mandate", mandate: id, grant: { by: "statute" } },
    specificity: { theme: 0, region: 0, sectors: "all" },
    ...extra,
  };
}


describe("explain", () => {
  it("uses display names wherever an organisation is named, and ids elsewhere", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "west", sector: "mbo", on: "2025-06-01" });
    expect(explain(r, { names: { bvmbo: "BVMBO", aob: "AOb", constructor: "x" } })).toBe(
      [
        "curriculum in west (mbo) on 2025-06-01: represented by BVMBO.",
        "Delegation: BVMBO, fvov.",
        "- Mandate m1 of AOb (lead, granted by agreement a1): less specific than mandate m2.",
        "- Mandate m2 of BVMBO (lead, granted by agreement a1): won.",
        "- Mandate m5 of fvov (member, granted by agreement a1): joined the delegation.",
      ].join("\n"),
    );
  });

  it("does not take an inherited property for a display name", () => {
    const r = answer({ status: "represented", lead: "constructor", delegation: ["constructor"] });
    expect(explain(r, { names: {} }).split("\n")[0]).toBe("curriculum in west (vo) on 2025-06-01: represented by constructor.");
  });

  it("renders the representation it is given, without resolving again", () => {
    const r = answer({
      status: "contested",
      contenders: ["aob", "cnvo", "fvov"],
      basis: [
        { claim: claim("x"), outcome: { kind: "tied", with: ["mandate:y", "mandate:z"] } },
        { claim: claim("y", { holder: "cnvo" }), outcome: { kind: "tied", with: ["mandate:x", "gone"] } },
      ],
    });
    expect(explain(r)).toBe(
      [
        "curriculum in west (vo) on 2025-06-01: contested between aob, cnvo and fvov; no one leads.",
        "- Mandate x of aob (lead, granted by statute): tied with mandate y and mandate:z.",
        "- Mandate y of cnvo (lead, granted by statute): tied with mandate x and gone.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" }).split("\n")[0]).toBe(
      "curriculum in west (vo) op 2025-06-01: betwist tussen aob, cnvo en fvov; niemand heeft de leiding.",
    );
  });

  it("states a decision to leave the cell empty, with or without a reason", () => {
    expect(explain(answer({ reason: "left to the council" })).split("\n")[0]).toBe(
      "curriculum in west (vo) on 2025-06-01: unrepresented (left to the council).",
    );
    expect(explain(answer({ reason: "" }))).toBe("curriculum in west (vo) on 2025-06-01: unrepresented by decision.");
    expect(explain(answer({ reason: " " }), { locale: "nl" })).toBe("curriculum in west (vo) op 2025-06-01: niet vertegenwoordigd bij besluit.");
  });

  it("words every kind of grant and validity", () => {
    const r = answer({
      basis: [
        { claim: claim("a", { source: { kind: "mandate", mandate: "a", grant: { by: "authority", authority: "OCW" } } }), outcome: { kind: "not-in-force", validUntil: "2025-01-01" } },
        { claim: claim("b", { role: "member" }), outcome: { kind: "not-in-force" } },
        { claim: claim("c"), outcome: { kind: "holder-absent", holder: "aob" } },
      ],
    });
    expect(explain(r).split("\n").slice(1)).toEqual([
      "- Mandate a of aob (lead, granted by the authority OCW): not in force on the day (valid until 2025-01-01).",
      "- Mandate b of aob (member, granted by statute): not in force on the day (open-ended).",
      "- Mandate c of aob (lead, granted by statute): aob does not exist on the day.",
    ]);
    expect(explain(r, { locale: "nl" }).split("\n").slice(1)).toEqual([
      "- Mandaat a van aob (leiding, verleend door de instantie OCW): niet van kracht op die dag (geldig tot 2025-01-01).",
      "- Mandaat b van aob (lid, verleend via de statuten): niet van kracht op die dag (zonder begin- of einddatum).",
      "- Mandaat c van aob (leiding, verleend via de statuten): aob bestaat niet op die dag.",
    ]);
  });

  it("explains a holder that is not a party and an agreement that ended", () => {
    const s = world((d) => {
      d["model"].agreement.validUntil = "2026-01-01";
      d["mandates"].push(mandate("m8", "oc2", { themes: ["curriculum"], regions: ["west"] }));
    });
    const during = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2026-06-01" });
    expect(explain(during).split("\n").slice(1)).toEqual([
      "- Mandate m1 of aob (lead, granted by agreement a1): not active on the day: the agreement ended on 2026-01-01.",
      "- Mandate m5 of fvov (member, granted by agreement a1): not active on the day: the agreement ended on 2026-01-01.",
      "- Mandate m8 of oc2 (lead, granted by agreement a1): not active on the day: the agreement ended on 2026-01-01.",
    ]);
    expect(explain(during, { locale: "nl" }).split("\n")[1]).toBe(
      "- Mandaat m1 van aob (leiding, verleend via convenant a1): niet actief op die dag: het convenant is op 2026-01-01 afgelopen.",
    );
    const before = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect(explain(before).split("\n").at(-1)).toBe(
      "- Mandate m8 of oc2 (lead, granted by agreement a1): not legitimate under this model: its holder is not a party to the agreement.",
    );
    expect(explain(before, { locale: "nl" }).split("\n").at(-1)).toBe(
      "- Mandaat m8 van oc2 (leiding, verleend via convenant a1): telt niet in dit model: de houder is geen partij bij het convenant.",
    );
  });

  it("explains a mandate whose kind of grant a rule does not defer to", () => {
    const s = world((d) => {
      d["model"] = { kind: "alternative", name: "Statutes", rules: [{ id: "r1", then: { mandates: { grants: ["statute"] } } }] };
    });
    const r = resolve(s, { theme: "curriculum", region: "oost", sector: "vo", on: "2025-06-01" });
    expect(explain(r).split("\n").slice(2, 4)).toEqual([
      "- Rule r1 (mandates): won.",
      "- Mandate m1 of aob (lead, granted by agreement a1) [within rule r1]: not legitimate under this model: its kind of grant is not one the rule defers to.",
    ]);
    expect(explain(r, { locale: "nl" }).split("\n")[3]).toBe(
      "- Mandaat m1 van aob (leiding, verleend via convenant a1) [binnen regel r1]: telt niet in dit model: dit soort verlening telt niet voor deze regel.",
    );
  });
});
