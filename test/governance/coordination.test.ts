import { describe, expect, it } from "vitest";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { type Doc, mandate, world } from "./fixtures.js";

// Model 1: the agreement's mandates, the agreement's life, and the three fallbacks.

const vo = { theme: "lerarenopleiding", region: "zuid", sector: "vo" } as const;

function outcomeOf(r: ReturnType<typeof resolve>, claimId: string) {
  return r.basis.find((step) => step.claim.id === claimId)?.outcome;
}

function fallback(mode: "none" | "largest-membership" | "joint", edit: (d: Doc) => void = () => undefined) {
  return world((d) => {
    d["model"].fallback = mode;
    edit(d);
  });
}

describe("the agreement's life", () => {
  it("is in force only when every party has signed it", () => {
    const s = world((d) => {
      d["model"].agreement.signatories = ["aob", "cnvo", "fvov"];
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect(r.status).toBe("unrepresented");
    expect(outcomeOf(r, "mandate:m1")).toEqual({ kind: "model-inactive", reason: "agreement-not-signed" });
    expect(explain(r).split("\n")[1]).toBe(
      "- Mandate m1 of aob (lead, granted by agreement a1): not active on the day: not every party has signed the agreement.",
    );
  });

  it.each([
    ["2024-12-31", "unrepresented"],
    ["2025-01-01", "represented"],
    ["2025-01-02", "represented"],
  ])("around the signing day, on %s the cell is %s", (on, status) => {
    const s = world((d) => {
      d["mandates"][0].validFrom = "2024-01-01";
    });
    expect(resolve(s, { theme: "curriculum", region: "west", sector: "vo", on }).status).toBe(status);
  });

  it.each([
    ["2026-12-31", "represented"],
    ["2027-01-01", "unrepresented"],
    ["2027-01-02", "unrepresented"],
  ])("around the agreement's end, on %s the cell is %s", (on, status) => {
    const s = world((d) => {
      d["model"].agreement.validUntil = "2027-01-01";
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on });
    expect(r.status).toBe(status);
    if (status === "unrepresented") {
      expect(outcomeOf(r, "mandate:m1")).toEqual({ kind: "model-inactive", reason: "agreement-ended", since: "2027-01-01" });
    }
  });

  it("switches the fallback off with the agreement", () => {
    const s = fallback("largest-membership");
    const r = resolve(s, { ...vo, on: "2024-06-01" });
    expect(r.status).toBe("unrepresented");
    expect(outcomeOf(r, "fallback:largest-membership")).toEqual({
      kind: "model-inactive",
      reason: "agreement-not-yet-signed",
      since: "2025-01-01",
    });
  });
});

describe("which mandates count", () => {
  it("sets aside a mandate of the agreement held by an organisation that is not a party", () => {
    const s = world((d) => {
      d["mandates"].push(mandate("m8", "lg-noord", { themes: ["lerarenopleiding"], regions: ["zuid"] }));
    });
    const r = resolve(s, { ...vo, on: "2025-06-01" });
    expect(r.status).toBe("unrepresented");
    expect(outcomeOf(r, "mandate:m8")).toEqual({ kind: "not-legitimate", reason: "holder-not-a-party" });
  });

  it("keeps a member mandate not granted by the agreement out of the delegation", () => {
    const s = world((d) => {
      d["mandates"].push(mandate("m8", "cnvo", {}, { role: "member", grant: { by: "statute" } }));
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect(r.delegation).toEqual(["aob", "fvov"]);
    expect(outcomeOf(r, "mandate:m8")).toEqual({ kind: "not-legitimate", reason: "not-granted-by-agreement" });
  });

  it("merges two lead claims of the same organisation that cannot be compared", () => {
    const s = world((d) => {
      d["mandates"].push(mandate("m8", "aob", { themes: ["curriculum"], regions: ["west"] }));
      d["mandates"].push(mandate("m9", "aob", { themes: ["curriculum"], sectors: ["vo"] }));
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "aob", ["aob", "fvov"]]);
    expect(outcomeOf(r, "mandate:m8")).toEqual({ kind: "won" });
    expect(outcomeOf(r, "mandate:m9")).toEqual({ kind: "won" });
    expect(outcomeOf(r, "mandate:m1")).toEqual({ kind: "less-specific", than: "mandate:m8" });
  });

  it("does not seat the lead twice when it also holds a member mandate", () => {
    const s = world((d) => {
      d["mandates"].push(mandate("m8", "aob", {}, { role: "member" }));
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect(r.delegation).toEqual(["aob", "fvov"]);
    expect(outcomeOf(r, "mandate:m8")).toEqual({ kind: "unused", because: "already-lead" });
    expect(explain(r)).toContain("- Mandate m8 of aob (member, granted by agreement a1): not needed, its holder already leads.");
  });
});

describe("fallback", () => {
  it("none leaves an uncovered cell unrepresented", () => {
    const r = resolve(fallback("none"), { ...vo, on: "2025-06-01" });
    expect(r.status).toBe("unrepresented");
    expect(r.basis.map((s) => s.claim.id)).toEqual(["mandate:m5"]);
  });

  it("largest-membership gives the cell to the party with most members, below the agreement's mandates", () => {
    const s = fallback("largest-membership");
    const r = resolve(s, { ...vo, on: "2025-06-01" });
    expect([r.status, r.lead, r.delegation]).toEqual(["represented", "aob", ["aob", "fvov"]]);
    expect(r.basis[1]?.claim.source).toEqual({ kind: "fallback", mode: "largest-membership", members: 84064 });
    const covered = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect(covered.lead).toBe("aob");
    expect(outcomeOf(covered, "fallback:largest-membership")).toEqual({ kind: "lower-tier", tier: 1, winningTier: 2 });
    const contested = resolve(s, { theme: "lerarenopleiding", region: "noord", sector: "vo", on: "2025-06-01" });
    expect(contested.status).toBe("contested");
  });

  it("largest-membership counts the members in the cell's sector, else the total", () => {
    const s = fallback("largest-membership", (d) => {
      d["organisations"][1].members.bySector = { vo: 90000 };
    });
    expect(resolve(s, { ...vo, on: "2025-06-01" }).lead).toBe("cnvo");
    expect(resolve(s, { ...vo, sector: "po", on: "2025-06-01" }).lead).toBe("aob");
  });

  it("largest-membership breaks a tie by the smallest id, whatever the order of the parties", () => {
    const s = fallback("largest-membership", (d) => {
      d["organisations"][1].members.total = 84064;
      d["model"].parties = ["fvov", "cnvo", "bvmbo", "aob"];
    });
    const r = resolve(s, { ...vo, on: "2025-06-01" });
    expect(r.lead).toBe("aob");
    const t = fallback("largest-membership", (d) => {
      d["organisations"][0].members.total = 10;
      d["organisations"][1].members.total = 500;
      d["organisations"][2].members.total = 500;
    });
    expect(resolve(t, { ...vo, on: "2025-06-01" }).lead).toBe("cnvo");
  });

  it("largest-membership counts only parties that serve the sector", () => {
    const s = fallback("largest-membership", (d) => {
      d["organisations"][3].members = { total: 1_000_000, asOf: "2024-01-01" };
    });
    expect(resolve(s, { ...vo, sector: "mbo", on: "2025-06-01" }).lead).toBe("bvmbo");
    expect(resolve(s, { ...vo, on: "2025-06-01" }).lead).toBe("aob");
  });

  it.each([
    ["2025-02-28", "aob"],
    ["2025-03-01", "cnvo"],
    ["2025-03-02", "cnvo"],
  ])("largest-membership passes over a party dissolved before the day: on %s %s leads", (on, lead) => {
    const s = fallback("largest-membership", (d) => {
      d["organisations"][0].dissolved = "2025-03-01";
    });
    expect(resolve(s, { ...vo, on }).lead).toBe(lead);
  });

  it("largest-membership without a sector compares totals", () => {
    const s = fallback("largest-membership", (d) => {
      d["organisations"][1].members.bySector = { vo: 90000, po: 90000, mbo: 90000 };
    });
    const r = resolve(s, { theme: "lerarenopleiding", region: "zuid", on: "2025-06-01" });
    expect([r.sector, r.lead]).toEqual([null, "aob"]);
  });

  it("joint seats every party that serves the sector beside the largest", () => {
    const s = fallback("joint");
    const mbo = resolve(s, { ...vo, sector: "mbo", on: "2025-06-01" });
    expect([mbo.lead, mbo.delegation]).toEqual(["aob", ["aob", "bvmbo", "cnvo", "fvov"]]);
    const r = resolve(s, { ...vo, on: "2025-06-01" });
    expect(r.delegation).toEqual(["aob", "cnvo", "fvov"]);
    const whole = resolve(s, { theme: "lerarenopleiding", region: "zuid", on: "2025-06-01" });
    expect(whole.delegation).toEqual(["aob", "bvmbo", "cnvo", "fvov"]);
  });

  it("joint leaves out a party that no longer exists", () => {
    const s = fallback("joint", (d) => {
      d["organisations"][1].dissolved = "2025-05-01";
    });
    expect(resolve(s, { ...vo, on: "2025-06-01" }).delegation).toEqual(["aob", "fvov"]);
  });

  it("shows a fallback that finds no party serving the sector", () => {
    const s = fallback("largest-membership", (d) => {
      d["sectors"].push({ id: "ho", name: "Hoger onderwijs" });
    });
    const r = resolve(s, { ...vo, sector: "ho", on: "2025-06-01" });
    expect(r.status).toBe("unrepresented");
    expect(outcomeOf(r, "fallback:largest-membership")).toEqual({ kind: "model-inactive", reason: "no-eligible-organisation" });
    expect(explain(r).split("\n")[2]).toBe(
      "- The largest-membership fallback: not active on the day: no candidate exists on the day and serves the sector.",
    );
    expect(explain(r, { locale: "nl" }).split("\n")[2]).toBe(
      "- De terugvaloptie grootste ledental: niet actief op die dag: geen enkele kandidaat bestaat op die dag en bedient de sector.",
    );
  });

  it("explains the fallback's choice", () => {
    const r = resolve(fallback("joint"), { ...vo, on: "2025-06-01" });
    expect(explain(r).split("\n").slice(1)).toEqual([
      "Delegation: aob, cnvo, fvov.",
      "- Mandate m5 of fvov (member, granted by agreement a1): not needed, its holder already leads.",
      "- The joint fallback (aob, cnvo and fvov jointly, spokesperson aob, 84064 members): won.",
    ]);
    expect(explain(r, { locale: "nl" }).split("\n")[3]).toBe("- De terugvaloptie gezamenlijk (aob, cnvo en fvov gezamenlijk, penvoerder aob, 84064 leden): gaf de doorslag.");
  });
});
