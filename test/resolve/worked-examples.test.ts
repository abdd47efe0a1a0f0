import { describe, expect, it } from "vitest";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import { explain } from "../../src/resolve/explain.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { doc, mandate } from "./fixtures.js";

// Every row of the worked examples in DOMAIN.md, with its explanation pinned in both languages.

const coordination = fixture("worked-coordination");
const oc2 = fixture("worked-oc2");

/** The fixture world with mandate m7: `aob` lead curriculum/noord/all, granted by `a1`. */
function withM7() {
  const d = doc();
  d["mandates"].push(mandate("m7", "aob", { themes: ["curriculum"], regions: ["noord"] }));
  return parseScenario(d);
}

describe("worked example: coordination", () => {
  it("curriculum, west, vo: aob leads by m1, fvov joins by m5", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "aob", ["aob", "fvov"]]);
    expect(explain(r)).toBe(
      [
        "curriculum in west (vo) on 2025-06-01: represented by aob.",
        "Delegation: aob, fvov.",
        "- Mandate m1 of aob (lead, granted by agreement a1): won.",
        "- Mandate m5 of fvov (member, granted by agreement a1): joined the delegation.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in west (vo) op 2025-06-01: vertegenwoordigd door aob.",
        "Delegatie: aob, fvov.",
        "- Mandaat m1 van aob (leiding, verleend via convenant a1): gaf de doorslag.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): neemt deel aan de delegatie.",
      ].join("\n"),
    );
  });

  it("curriculum, west, mbo: bvmbo leads by m2, narrower in sector than m1", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "west", sector: "mbo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "bvmbo", ["bvmbo", "fvov"]]);
    expect(explain(r)).toBe(
      [
        "curriculum in west (mbo) on 2025-06-01: represented by bvmbo.",
        "Delegation: bvmbo, fvov.",
        "- Mandate m1 of aob (lead, granted by agreement a1): less specific than mandate m2.",
        "- Mandate m2 of bvmbo (lead, granted by agreement a1): won.",
        "- Mandate m5 of fvov (member, granted by agreement a1): joined the delegation.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in west (mbo) op 2025-06-01: vertegenwoordigd door bvmbo.",
        "Delegatie: bvmbo, fvov.",
        "- Mandaat m1 van aob (leiding, verleend via convenant a1): minder specifiek dan mandaat m2.",
        "- Mandaat m2 van bvmbo (leiding, verleend via convenant a1): gaf de doorslag.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): neemt deel aan de delegatie.",
      ].join("\n"),
    );
  });

  it("curriculum, oost, vo: aob leads by m1; m6 is not granted by the agreement", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "oost", sector: "vo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "aob", ["aob", "fvov"]]);
    expect(r.basis.find((s) => s.claim.id === "mandate:m6")?.outcome).toEqual({
      kind: "not-legitimate",
      reason: "not-granted-by-agreement",
    });
    expect(explain(r)).toBe(
      [
        "curriculum in oost (vo) on 2025-06-01: represented by aob.",
        "Delegation: aob, fvov.",
        "- Mandate m1 of aob (lead, granted by agreement a1): won.",
        "- Mandate m5 of fvov (member, granted by agreement a1): joined the delegation.",
        "- Mandate m6 of aob (lead, granted by statute): not legitimate under this model: not granted by the agreement.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in oost (vo) op 2025-06-01: vertegenwoordigd door aob.",
        "Delegatie: aob, fvov.",
        "- Mandaat m1 van aob (leiding, verleend via convenant a1): gaf de doorslag.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): neemt deel aan de delegatie.",
        "- Mandaat m6 van aob (leiding, verleend via de statuten): telt niet in dit model: niet verleend via het convenant.",
      ].join("\n"),
    );
  });

  it("lerarenopleiding, noord, vo: contested between m3 and m4", () => {
    const r = resolve(coordination, { theme: "lerarenopleiding", region: "noord", sector: "vo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation, r.contenders]).toEqual(["contested", null, [], ["cnvo", "fvov"]]);
    expect(explain(r)).toBe(
      [
        "lerarenopleiding in noord (vo) on 2025-06-01: contested between cnvo and fvov; no one leads.",
        "- Mandate m3 of cnvo (lead, granted by agreement a1): tied with mandate m4.",
        "- Mandate m4 of fvov (lead, granted by agreement a1): tied with mandate m3.",
        "- Mandate m5 of fvov (member, granted by agreement a1): no delegation to join.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "lerarenopleiding in noord (vo) op 2025-06-01: betwist tussen cnvo en fvov; niemand heeft de leiding.",
        "- Mandaat m3 van cnvo (leiding, verleend via convenant a1): staat gelijk met mandaat m4.",
        "- Mandaat m4 van fvov (leiding, verleend via convenant a1): staat gelijk met mandaat m3.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): er is geen delegatie om aan deel te nemen.",
      ].join("\n"),
    );
  });

  it("lerarenopleiding, zuid, vo: unrepresented", () => {
    const r = resolve(coordination, { theme: "lerarenopleiding", region: "zuid", sector: "vo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation, r.contenders]).toEqual(["unrepresented", null, [], []]);
    expect(explain(r)).toBe(
      [
        "lerarenopleiding in zuid (vo) on 2025-06-01: unrepresented; no claim to the lead holds.",
        "- Mandate m5 of fvov (member, granted by agreement a1): no delegation to join.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "lerarenopleiding in zuid (vo) op 2025-06-01: niet vertegenwoordigd; geen enkele claim op de leiding houdt stand.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): er is geen delegatie om aan deel te nemen.",
      ].join("\n"),
    );
  });

  it("curriculum, west, vo on 2024-12-31: unrepresented, the agreement is not yet in force", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "west", sector: "vo", on: "2024-12-31" });
    expect([r.status, r.lead, r.delegation]).toEqual(["unrepresented", null, []]);
    expect(explain(r)).toBe(
      [
        "curriculum in west (vo) on 2024-12-31: unrepresented; no claim to the lead holds.",
        "- Mandate m1 of aob (lead, granted by agreement a1): not active on the day: the agreement is only signed on 2025-01-01.",
        "- Mandate m5 of fvov (member, granted by agreement a1): not active on the day: the agreement is only signed on 2025-01-01.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in west (vo) op 2024-12-31: niet vertegenwoordigd; geen enkele claim op de leiding houdt stand.",
        "- Mandaat m1 van aob (leiding, verleend via convenant a1): niet actief op die dag: het convenant wordt pas op 2025-01-01 ondertekend.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): niet actief op die dag: het convenant wordt pas op 2025-01-01 ondertekend.",
      ].join("\n"),
    );
  });

  it("with m7, curriculum, noord, mbo is contested between m7 (narrower in region) and m2 (narrower in sector)", () => {
    const r = resolve(withM7(), { theme: "curriculum", region: "noord", sector: "mbo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation, r.contenders]).toEqual(["contested", null, [], ["aob", "bvmbo"]]);
    expect(explain(r)).toBe(
      [
        "curriculum in noord (mbo) on 2025-06-01: contested between aob and bvmbo; no one leads.",
        "- Mandate m1 of aob (lead, granted by agreement a1): less specific than mandate m2.",
        "- Mandate m2 of bvmbo (lead, granted by agreement a1): tied with mandate m7.",
        "- Mandate m5 of fvov (member, granted by agreement a1): no delegation to join.",
        "- Mandate m7 of aob (lead, granted by agreement a1): tied with mandate m2.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in noord (mbo) op 2025-06-01: betwist tussen aob en bvmbo; niemand heeft de leiding.",
        "- Mandaat m1 van aob (leiding, verleend via convenant a1): minder specifiek dan mandaat m2.",
        "- Mandaat m2 van bvmbo (leiding, verleend via convenant a1): staat gelijk met mandaat m7.",
        "- Mandaat m5 van fvov (lid, verleend via convenant a1): er is geen delegatie om aan deel te nemen.",
        "- Mandaat m7 van aob (leiding, verleend via convenant a1): staat gelijk met mandaat m2.",
      ].join("\n"),
    );
  });
});

describe("worked example: OC 2.0", () => {
  const on = "2026-03-01";

  it("curriculum, west, vo: the body itself leads", () => {
    const r = resolve(oc2, { theme: "curriculum", region: "west", sector: "vo", on });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "oc2", ["oc2"]]);
    expect(explain(r)).toBe(
      ["curriculum in west (vo) on 2026-03-01: represented by oc2.", "Delegation: oc2.", "- The body oc2 itself: won."].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in west (vo) op 2026-03-01: vertegenwoordigd door oc2.",
        "Delegatie: oc2.",
        "- Het orgaan oc2 zelf: gaf de doorslag.",
      ].join("\n"),
    );
  });

  it("curriculum, noord, vo: the chapter lg-noord leads, the body is a member", () => {
    const r = resolve(oc2, { theme: "curriculum", region: "noord", sector: "vo", on });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "lg-noord", ["lg-noord", "oc2"]]);
    expect(explain(r)).toBe(
      [
        "curriculum in noord (vo) on 2026-03-01: represented by lg-noord.",
        "Delegation: lg-noord, oc2.",
        "- The chapter for noord (lg-noord): won.",
        "- The body oc2 itself: outranked: tier 1 is below the deciding tier 2.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in noord (vo) op 2026-03-01: vertegenwoordigd door lg-noord.",
        "Delegatie: lg-noord, oc2.",
        "- De regionale afdeling voor noord (lg-noord): gaf de doorslag.",
        "- Het orgaan oc2 zelf: moet wijken: niveau 1 ligt lager dan het beslissende niveau 2.",
      ].join("\n"),
    );
  });

  it("curriculum, noord, mbo: bvmbo leads by delegation, the highest tier", () => {
    const r = resolve(oc2, { theme: "curriculum", region: "noord", sector: "mbo", on });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "bvmbo", ["bvmbo"]]);
    expect(explain(r)).toBe(
      [
        "curriculum in noord (mbo) on 2026-03-01: represented by bvmbo.",
        "Delegation: bvmbo.",
        "- Mandate d1 of bvmbo (lead, delegated by oc2): won.",
        "- The chapter for noord (lg-noord): outranked: tier 2 is below the deciding tier 3.",
        "- The body oc2 itself: outranked: tier 1 is below the deciding tier 3.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in noord (mbo) op 2026-03-01: vertegenwoordigd door bvmbo.",
        "Delegatie: bvmbo.",
        "- Mandaat d1 van bvmbo (leiding, gedelegeerd door oc2): gaf de doorslag.",
        "- De regionale afdeling voor noord (lg-noord): moet wijken: niveau 2 ligt lager dan het beslissende niveau 3.",
        "- Het orgaan oc2 zelf: moet wijken: niveau 1 ligt lager dan het beslissende niveau 3.",
      ].join("\n"),
    );
  });

  it("cao, noord, vo: aob leads by its statute", () => {
    const r = resolve(oc2, { theme: "cao", region: "noord", sector: "vo", on });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "aob", ["aob"]]);
    expect(explain(r)).toBe(
      [
        "cao in noord (vo) on 2026-03-01: represented by aob.",
        "Delegation: aob.",
        "- Mandate s1 of aob (lead, granted by statute): won.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "cao in noord (vo) op 2026-03-01: vertegenwoordigd door aob.",
        "Delegatie: aob.",
        "- Mandaat s1 van aob (leiding, verleend via de statuten): gaf de doorslag.",
      ].join("\n"),
    );
  });

  it("on 2025-12-31 every professional cell is unrepresented: the body is not yet established", () => {
    const matrix = representationMatrix(oc2, { on: "2025-12-31", themes: ["curriculum", "lerarenopleiding", "bekwaamheid", "bevoegdheden"] });
    expect(matrix.cells).toHaveLength(4 * 5 * 3);
    expect(new Set(matrix.cells.map((c) => c.status))).toEqual(new Set(["unrepresented"]));
    const r = resolve(oc2, { theme: "curriculum", region: "noord", sector: "mbo", on: "2025-12-31" });
    expect(explain(r)).toBe(
      [
        "curriculum in noord (mbo) on 2025-12-31: unrepresented; no claim to the lead holds.",
        "- Mandate d1 of bvmbo (lead, delegated by oc2): not active on the day: the body is only established on 2026-01-01.",
        "- The chapter for noord (lg-noord): not active on the day: the body is only established on 2026-01-01.",
        "- The body oc2 itself: not active on the day: the body is only established on 2026-01-01.",
      ].join("\n"),
    );
    expect(explain(r, { locale: "nl" })).toBe(
      [
        "curriculum in noord (mbo) op 2025-12-31: niet vertegenwoordigd; geen enkele claim op de leiding houdt stand.",
        "- Mandaat d1 van bvmbo (leiding, gedelegeerd door oc2): niet actief op die dag: het orgaan wordt pas op 2026-01-01 opgericht.",
        "- De regionale afdeling voor noord (lg-noord): niet actief op die dag: het orgaan wordt pas op 2026-01-01 opgericht.",
        "- Het orgaan oc2 zelf: niet actief op die dag: het orgaan wordt pas op 2026-01-01 opgericht.",
      ].join("\n"),
    );
  });

  it("on 2025-12-31 cao, noord, vo is still led by aob", () => {
    const r = resolve(oc2, { theme: "cao", region: "noord", sector: "vo", on: "2025-12-31" });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "aob", ["aob"]]);
    expect(explain(r, { locale: "nl" }).split("\n")[0]).toBe("cao in noord (vo) op 2025-12-31: vertegenwoordigd door aob.");
  });
});
