import { describe, expect, it } from "vitest";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { type Doc, deepWorld, mandate, world } from "./fixtures.js";

// Model 2: the body's three tiers for professional themes, statutes for labour themes.

const oc2 = fixture("worked-oc2");
const delegated = (from = "oc2") => ({ grant: { by: "delegation", from }, validFrom: "2026-01-01" });
const oc2World = (edit: (d: Doc) => void) => world(edit, "worked-oc2");

describe("the body's life", () => {
  it.each([
    ["2025-12-31", "unrepresented", null],
    ["2026-01-01", "represented", "oc2"],
    ["2026-01-02", "represented", "oc2"],
  ])("around establishment, on %s the cell is %s", (on, status, lead) => {
    const r = resolve(oc2, { theme: "curriculum", region: "west", sector: "vo", on });
    expect([r.status, r.lead]).toEqual([status, lead]);
  });

  const dissolved = oc2World((d) => {
    d["organisations"][4].dissolved = "2030-01-01";
  });

  it.each([
    ["2029-12-31", "represented", "lg-noord"],
    ["2030-01-01", "unrepresented", null],
    ["2030-01-02", "unrepresented", null],
  ])("around the body's dissolution, on %s a professional cell is %s", (on, status, lead) => {
    const r = resolve(dissolved, { theme: "curriculum", region: "noord", sector: "vo", on });
    expect([r.status, r.lead]).toEqual([status, lead]);
  });

  it("sets every professional claim aside after the body's dissolution, and says so", () => {
    const r = resolve(dissolved, { theme: "curriculum", region: "noord", sector: "mbo", on: "2030-01-01" });
    expect(new Set(r.basis.map((step) => JSON.stringify(step.outcome)))).toEqual(
      new Set([JSON.stringify({ kind: "model-inactive", reason: "body-dissolved", since: "2030-01-01" })]),
    );
    expect(explain(r).split("\n")[1]).toBe("- Mandate d1 of bvmbo (lead, delegated by oc2): not active on the day: the body was dissolved on 2030-01-01.");
    expect(explain(r, { locale: "nl" }).split("\n")[1]).toBe(
      "- Mandaat d1 van bvmbo (leiding, gedelegeerd door oc2): niet actief op die dag: het orgaan is op 2030-01-01 opgeheven.",
    );
  });

  it("keeps labour themes with the statutes before establishment and after dissolution", () => {
    expect(resolve(dissolved, { theme: "cao", region: "noord", sector: "vo", on: "2031-01-01" }).lead).toBe("aob");
    expect(resolve(oc2, { theme: "cao", region: "zuid", on: "2021-01-01" }).lead).toBe("aob");
  });

  it("sets every professional claim aside before establishment, even when the body's organisation exists, and says when the body starts", () => {
    const early = oc2World((d) => {
      d["organisations"][4].founded = "2020-01-01";
    });
    const before = resolve(early, { theme: "curriculum", region: "noord", sector: "mbo", on: "2025-12-31" });
    expect(before.status).toBe("unrepresented");
    expect(before.basis.map((step) => [step.claim.id, step.outcome])).toEqual([
      ["mandate:d1", { kind: "model-inactive", reason: "body-not-established", since: "2026-01-01" }],
      ["chapter:noord", { kind: "model-inactive", reason: "body-not-established", since: "2026-01-01" }],
      ["body", { kind: "model-inactive", reason: "body-not-established", since: "2026-01-01" }],
    ]);
    expect(explain(before).split("\n").at(-1)).toBe("- The body oc2 itself: not active on the day: the body is only established on 2026-01-01.");
    expect(resolve(early, { theme: "curriculum", region: "west", sector: "vo", on: "2026-01-01" }).lead).toBe("oc2");
  });

  it("ranks a mandate the body delegated above the chapter, and the chapter above the body", () => {
    const r = resolve(oc2, { theme: "curriculum", region: "noord", sector: "mbo", on: "2026-06-01" });
    expect(r.basis.map((step) => [step.claim.id, step.claim.tier, step.claim.source, step.outcome])).toEqual([
      ["mandate:d1", 3, { kind: "mandate", mandate: "d1", grant: { by: "delegation", from: "oc2" } }, { kind: "won" }],
      ["chapter:noord", 2, { kind: "chapter", region: "noord", body: "oc2" }, { kind: "lower-tier", tier: 2, winningTier: 3 }],
      ["body", 1, { kind: "body", body: "oc2" }, { kind: "lower-tier", tier: 1, winningTier: 3 }],
    ]);
  });

  it("lets the chapter lead alone while the body is established but not yet founded", () => {
    const s = oc2World((d) => {
      d["organisations"][4].founded = "2026-02-01";
    });
    const r = resolve(s, { theme: "curriculum", region: "noord", sector: "vo", on: "2026-01-15" });
    expect([r.lead, r.delegation]).toEqual(["lg-noord", ["lg-noord"]]);
    expect(resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2026-01-15" }).status).toBe("unrepresented");
  });
});

describe("the three tiers", () => {
  it("takes the chapter of the nearest region", () => {
    const s = oc2World((d) => {
      d["model"].chapters.push({ region: "nl", organisation: "cnvo" });
    });
    const on = "2026-03-01";
    expect(resolve(s, { theme: "curriculum", region: "west", sector: "vo", on }).delegation).toEqual(["cnvo", "oc2"]);
    const noord = resolve(s, { theme: "curriculum", region: "noord", sector: "vo", on });
    expect(noord.delegation).toEqual(["lg-noord", "oc2"]);
    expect(noord.basis.find((step) => step.claim.id === "chapter:nl")?.outcome).toEqual({ kind: "less-specific", than: "chapter:noord" });
    expect(explain(noord)).toContain("- The chapter for nl (cnvo): less specific than the chapter for noord.");
  });

  it("passes over a chapter whose organisation no longer exists", () => {
    const s = oc2World((d) => {
      d["model"].chapters.push({ region: "nl", organisation: "cnvo" });
      d["organisations"][5].dissolved = "2026-02-01";
    });
    const r = resolve(s, { theme: "curriculum", region: "noord", sector: "vo", on: "2026-03-01" });
    expect(r.delegation).toEqual(["cnvo", "oc2"]);
    const t = oc2World((d) => {
      d["organisations"][5].dissolved = "2026-02-01";
    });
    expect(resolve(t, { theme: "curriculum", region: "noord", sector: "vo", on: "2026-03-01" }).delegation).toEqual(["oc2"]);
  });

  it("finds the chapter of an ancestor four levels up", () => {
    const s = deepWorld((d) => {
      d["organisations"].push({ id: "body", name: "Body", kind: "umbrella", sectors: ["po", "vo"] });
      d["model"] = { kind: "oc2", body: "body", established: "2026-01-01", chapters: [{ region: "prov", organisation: "a" }, { region: "wijk", organisation: "b" }] };
    });
    const lead = (region: string) => resolve(s, { theme: "delen", region, sector: "po", on: "2026-06-01" }).lead;
    expect([lead("nl"), lead("prov"), lead("gem"), lead("wijk"), lead("buurt"), lead("wijk-2")]).toEqual(["body", "a", "a", "b", "b", "a"]);
  });

  it("does not seat the body twice when it is its own chapter", () => {
    const s = oc2World((d) => {
      d["model"].chapters = [{ region: "noord", organisation: "oc2" }];
    });
    expect(resolve(s, { theme: "curriculum", region: "noord", sector: "vo", on: "2026-03-01" }).delegation).toEqual(["oc2"]);
  });

  it("counts only mandates delegated by the body for professional themes", () => {
    const s = oc2World((d) => {
      d["mandates"].push(mandate("x1", "cnvo", { themes: ["curriculum"] }, delegated("aob")));
      d["mandates"].push(mandate("x2", "fvov", { themes: ["curriculum"] }, { grant: { by: "statute" } }));
      d["mandates"].push(mandate("x3", "fvov", {}, { ...delegated(), role: "member" }));
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2026-03-01" });
    expect([r.lead, r.delegation]).toEqual(["oc2", ["oc2", "fvov"]]);
    expect(r.basis.map((step) => [step.claim.id, step.outcome.kind])).toEqual([
      ["mandate:x1", "not-legitimate"],
      ["mandate:x2", "not-legitimate"],
      ["mandate:x3", "joined"],
      ["body", "won"],
    ]);
    expect(explain(r, { locale: "nl" })).toContain(
      "- Mandaat x1 van cnvo (leiding, gedelegeerd door aob): telt niet in dit model: niet gedelegeerd door het orgaan.",
    );
  });
});

describe("labour and professional themes", () => {
  it("gives labour themes to statutory mandates only", () => {
    const s = oc2World((d) => {
      d["mandates"].push(mandate("x1", "cnvo", { themes: ["cao"], regions: ["noord"] }, delegated()));
    });
    const r = resolve(s, { theme: "cao", region: "noord", sector: "vo", on: "2026-03-01" });
    expect(r.lead).toBe("aob");
    expect(r.basis.find((step) => step.claim.id === "mandate:x1")?.outcome).toEqual({ kind: "not-legitimate", reason: "not-statutory" });
    expect(explain(r)).toContain("not legitimate under this model: labour themes follow statutory mandates only.");
  });

  it("leaves a labour cell without a statutory mandate unrepresented, whatever the body", () => {
    const s = deepWorld((d) => {
      d["model"] = { kind: "oc2", body: "a", established: "2020-01-01" };
    });
    expect(resolve(s, { theme: "loon-po", region: "buurt", sector: "po", on: "2026-01-01" }).status).toBe("unrepresented");
    // werkdruk sits under the labour theme loon but states its own kind: professional, so the body leads.
    expect(resolve(s, { theme: "werkdruk", region: "buurt", sector: "po", on: "2026-01-01" }).lead).toBe("a");
    expect(resolve(s, { theme: "delen", region: "buurt", sector: "po", on: "2026-01-01" }).lead).toBe("a");
  });

  it("contests a labour cell between two statutes", () => {
    const s = oc2World((d) => {
      d["mandates"].push(mandate("s2", "cnvo", { themes: ["cao"] }, { grant: { by: "statute" } }));
    });
    expect(resolve(s, { theme: "cao", region: "noord", sector: "vo", on: "2026-03-01" }).contenders).toEqual(["aob", "cnvo"]);
  });
});
