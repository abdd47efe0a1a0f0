import { describe, expect, it } from "vitest";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { fixture } from "../fixtures/load.js";
import { type Doc, deepWorld, mandate, world } from "./fixtures.js";

const coordination = fixture("worked-coordination");

/** The deep world under coordination of a, b, c and d, with the given mandates (agreement signed 2020-01-01). */
function deep(...mandates: Doc[]) {
  return deepWorld((d) => {
    d["model"] = {
      kind: "coordination",
      parties: ["a", "b", "c", "d"],
      agreement: { id: "a1", signedOn: "2020-01-01", signatories: ["a", "b", "c", "d"] },
      fallback: "none",
    };
    d["mandates"] = mandates.map((m) => ({ ...m, validFrom: "2020-01-01" }));
  });
}

describe("validity boundaries", () => {
  // m8: cnvo leads curriculum/west/vo from 2025-03-01 until 2025-09-01, narrower than m1 (aob).
  const s = world((d) => {
    d["mandates"].push(
      mandate("m8", "cnvo", { themes: ["curriculum"], regions: ["west"], sectors: ["vo"] }, { validFrom: "2025-03-01", validUntil: "2025-09-01" }),
    );
  });
  const cell = { theme: "curriculum", region: "west", sector: "vo" } as const;

  it.each([
    ["2025-02-28", "aob"],
    ["2025-03-01", "cnvo"],
    ["2025-03-02", "cnvo"],
    ["2025-08-31", "cnvo"],
    ["2025-09-01", "aob"],
    ["2025-09-02", "aob"],
  ])("on %s, %s leads: validity is [validFrom, validUntil)", (on, lead) => {
    expect(resolve(s, { ...cell, on }).lead).toBe(lead);
  });

  it("says when a mandate is not in force", () => {
    const r = resolve(s, { ...cell, on: "2025-09-01" });
    expect(r.basis.find((step) => step.claim.id === "mandate:m8")?.outcome).toEqual({
      kind: "not-in-force",
      validFrom: "2025-03-01",
      validUntil: "2025-09-01",
    });
    expect(explain(r)).toContain("- Mandate m8 of cnvo (lead, granted by agreement a1): not in force on the day (valid from 2025-03-01 until 2025-09-01).");
    expect(explain(r, { locale: "nl" })).toContain(
      "- Mandaat m8 van cnvo (leiding, verleend via convenant a1): niet van kracht op die dag (geldig van 2025-03-01 tot 2025-09-01).",
    );
  });

  it("says when an open-ended mandate has not started", () => {
    const r = resolve(coordination, { ...cell, on: "2024-12-31" });
    // The agreement is not in force either; the model's verdict comes first.
    expect(r.basis[0]?.outcome.kind).toBe("model-inactive");
    const t = world((d) => {
      d["mandates"][0].validFrom = "2025-02-01";
    });
    const u = resolve(t, { ...cell, on: "2025-01-15" });
    expect(explain(u).split("\n")[1]).toBe("- Mandate m1 of aob (lead, granted by agreement a1): not in force on the day (valid from 2025-02-01, open-ended).");
    expect(explain(u, { locale: "nl" }).split("\n")[1]).toBe(
      "- Mandaat m1 van aob (leiding, verleend via convenant a1): niet van kracht op die dag (geldig vanaf 2025-02-01, zonder einddatum).",
    );
  });
});

describe("dissolution", () => {
  const s = world((d) => {
    d["organisations"][3].dissolved = "2025-06-01";
  });
  const cell = { theme: "curriculum", region: "west", sector: "mbo" } as const;

  it.each([
    ["2025-05-31", "bvmbo"],
    ["2025-06-01", "aob"],
    ["2025-06-02", "aob"],
  ])("on %s %s leads: a dissolved holder holds nothing from its dissolution day", (on, lead) => {
    expect(resolve(s, { ...cell, on }).lead).toBe(lead);
  });

  it("explains a dissolved holder", () => {
    const r = resolve(s, { ...cell, on: "2025-06-01" });
    expect(r.basis.find((step) => step.claim.id === "mandate:m2")?.outcome).toEqual({
      kind: "holder-absent",
      holder: "bvmbo",
      founded: "2011-03-01",
      dissolved: "2025-06-01",
    });
    expect(explain(r, { names: { bvmbo: "BVMBO" } })).toContain(
      "- Mandate m2 of BVMBO (lead, granted by agreement a1): BVMBO does not exist on the day: dissolved on 2025-06-01.",
    );
    expect(explain(r, { locale: "nl" })).toContain("bvmbo bestaat niet op die dag: opgeheven op 2025-06-01.");
  });

  it("explains a holder not yet founded", () => {
    const t = world((d) => {
      d["organisations"][3].founded = "2025-07-01";
    });
    const r = resolve(t, { ...cell, on: "2025-06-30" });
    expect(r.lead).toBe("aob");
    expect(explain(r)).toContain("bvmbo does not exist on the day: founded only on 2025-07-01.");
    expect(explain(r, { locale: "nl" })).toContain("bvmbo bestaat niet op die dag: pas opgericht op 2025-07-01.");
    expect(resolve(t, { ...cell, on: "2025-07-01" }).lead).toBe("bvmbo");
    expect(resolve(t, { ...cell, on: "2025-07-02" }).lead).toBe("bvmbo");
  });

  it("drops a dissolved member from the delegation", () => {
    const t = world((d) => {
      d["organisations"][2].dissolved = "2025-06-01";
    });
    const cellVo = { theme: "curriculum", region: "west", sector: "vo" } as const;
    expect(resolve(t, { ...cellVo, on: "2025-05-31" }).delegation).toEqual(["aob", "fvov"]);
    expect(resolve(t, { ...cellVo, on: "2025-06-01" }).delegation).toEqual(["aob"]);
  });
});

describe("trees four and more levels deep", () => {
  it("gives a cell to the mandate on the nearest region, at every depth", () => {
    const s = deep(
      mandate("m-nl", "a", { regions: ["nl"] }),
      mandate("m-prov", "b", { regions: ["prov"] }),
      mandate("m-wijk", "c", { regions: ["wijk"] }),
      mandate("m-buurt", "d", { regions: ["buurt"] }),
    );
    const on = "2025-06-01";
    const lead = (region: string) => resolve(s, { theme: "delen", region, sector: "po", on }).lead;
    expect([lead("nl"), lead("prov-2"), lead("prov"), lead("gem"), lead("gem-2"), lead("wijk"), lead("wijk-2"), lead("buurt"), lead("buurt-2")]).toEqual([
      "a",
      "a",
      "b",
      "b",
      "b",
      "c",
      "b",
      "d",
      "c",
    ]);
  });

  it("gives a cell to the mandate on the nearest theme, at every depth", () => {
    const s = deep(
      mandate("t-vak", "a", { themes: ["vak"] }),
      mandate("t-rekenen", "b", { themes: ["rekenen"] }),
      mandate("t-delen", "c", { themes: ["delen"] }),
    );
    const lead = (theme: string) => resolve(s, { theme, region: "buurt", sector: "po", on: "2025-06-01" }).lead;
    expect([lead("vak"), lead("vak-po"), lead("taal"), lead("rekenen"), lead("breuken"), lead("delen"), lead("loon")]).toEqual([
      "a",
      "a",
      "a",
      "b",
      "b",
      "c",
      null,
    ]);
  });

  it("uses the deepest of several listed regions and themes", () => {
    const s = deep(
      mandate("wide", "a", { themes: ["vak", "breuken"], regions: ["nl", "gem"] }),
      mandate("mid", "b", { themes: ["rekenen"], regions: ["prov"] }),
    );
    const r = resolve(s, { theme: "delen", region: "buurt", sector: "po", on: "2025-06-01" });
    expect(r.lead).toBe("a");
    expect(r.basis.map((step) => [step.claim.id, step.claim.specificity.theme, step.claim.specificity.region])).toEqual([
      ["mandate:mid", 2, 1],
      ["mandate:wide", 3, 2],
    ]);
  });

  it("contests a cell between a claim narrower in region and one narrower in theme", () => {
    const s = deep(mandate("r", "a", { themes: ["vak"], regions: ["wijk"] }), mandate("t", "b", { themes: ["breuken"], regions: ["prov"] }));
    const r = resolve(s, { theme: "delen", region: "buurt", sector: "po", on: "2025-06-01" });
    expect([r.status, r.contenders]).toEqual(["contested", ["a", "b"]]);
  });

  it("contests a cell between a claim narrower in theme and one narrower in sector", () => {
    const s = deep(mandate("t", "a", { themes: ["rekenen"] }), mandate("s", "b", { themes: ["vak"], sectors: ["po"] }));
    const r = resolve(s, { theme: "delen", region: "buurt", sector: "po", on: "2025-06-01" });
    expect([r.status, r.contenders]).toEqual(["contested", ["a", "b"]]);
    expect(resolve(s, { theme: "delen", region: "buurt", sector: "vo", on: "2025-06-01" }).lead).toBe("a");
  });

  it("lets one sector beat two, and a narrower theme and sector beat both", () => {
    const s = deep(
      mandate("one", "a", { sectors: ["po"] }),
      mandate("two", "b", { sectors: ["po", "vo"] }),
      mandate("other", "c", { themes: ["vak"], sectors: ["vo"] }),
    );
    expect(resolve(s, { theme: "delen", region: "nl", sector: "po", on: "2025-06-01" }).lead).toBe("a");
    // On vo, "other" (theme vak, only vo) is narrower than "two" (every theme, po and vo) in both.
    const r = resolve(s, { theme: "delen", region: "nl", sector: "vo", on: "2025-06-01" });
    expect(r.lead).toBe("c");
    expect(r.basis.map((step) => step.outcome)).toEqual([{ kind: "won" }, { kind: "less-specific", than: "mandate:other" }]);
  });
});

describe("queries without a sector", () => {
  it("only counts scopes that cover every sector", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "west", on: "2025-06-01" });
    expect([r.sector, r.status, r.lead, r.delegation]).toEqual([null, "represented", "aob", ["aob", "fvov"]]);
    expect(r.basis.map((step) => step.claim.id)).toEqual(["mandate:m1", "mandate:m5"]);
    expect(explain(r).split("\n")[0]).toBe("curriculum in west (all sectors) on 2025-06-01: represented by aob.");
    expect(explain(r, { locale: "nl" }).split("\n")[0]).toBe("curriculum in west (alle sectoren) op 2025-06-01: vertegenwoordigd door aob.");
  });

  it("treats a null sector like a missing one", () => {
    const a = resolve(coordination, { theme: "curriculum", region: "noord", sector: null, on: "2025-06-01" });
    const b = resolve(coordination, { theme: "curriculum", region: "noord", on: "2025-06-01" });
    expect(a).toEqual(b);
  });

  it("leaves a cell covered only by sector-bound mandates unrepresented", () => {
    const s = deep(mandate("po-only", "a", { sectors: ["po"] }), mandate("vo-only", "b", { sectors: ["vo"] }));
    expect(resolve(s, { theme: "vak", region: "nl", on: "2025-06-01" }).status).toBe("unrepresented");
    expect(resolve(s, { theme: "vak", region: "nl", sector: "po", on: "2025-06-01" }).lead).toBe("a");
  });
});

describe("questions that cannot be answered", () => {
  const on = "2025-06-01";

  it.each([
    [{ theme: "nope", region: "west", on }, 'resolve: unknown theme "nope"'],
    [{ theme: "curriculum", region: "atlantis", on }, 'resolve: unknown region "atlantis"'],
    [{ theme: "curriculum", region: "west", sector: "ho", on }, 'resolve: unknown sector "ho"'],
  ])("names the function and the unknown id: %j", (query, message) => {
    expect(() => resolve(coordination, query)).toThrow(message);
  });

  it.each(["2025-13-01", "2025-02-29", "2025-6-1", "20250601", "2025-06-01T00:00:00Z", "", "yesterday"])(
    "rejects the malformed date %j, naming the function and the value",
    (bad) => {
      expect(() => resolve(coordination, { theme: "curriculum", region: "west", on: bad })).toThrow(
        `resolve: 'on' must be a calendar date written YYYY-MM-DD or a Date, received ${JSON.stringify(bad)}`,
      );
    },
  );

  it("rejects an invalid Date and a missing query", () => {
    expect(() => resolve(coordination, { theme: "curriculum", region: "west", on: new Date(Number.NaN) })).toThrow(
      "resolve: 'on' is an invalid Date",
    );
    expect(() => resolve(coordination, undefined as never)).toThrow("resolve: expected a query object");
  });

  it("reads a Date as its local calendar day, in any time zone", () => {
    const r = resolve(coordination, { theme: "curriculum", region: "west", sector: "vo", on: new Date(2024, 11, 31, 23, 59) });
    expect([r.on, r.status]).toEqual(["2024-12-31", "unrepresented"]);
    expect(resolve(coordination, { theme: "curriculum", region: "west", sector: "vo", on: new Date(2025, 0, 1, 0, 0) }).on).toBe("2025-01-01");
  });
});
