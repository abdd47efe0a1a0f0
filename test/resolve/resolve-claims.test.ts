import { describe, expect, it } from "vitest";
import type { Cell, Claim } from "../../src/governance/claim.js";
import { indexOf } from "../../src/model/scenario-index.js";
import { resolveClaims } from "../../src/resolve/resolve-claims.js";
import { fixture } from "../fixtures/load.js";

// The one algorithm, fed claims directly: what any model's claims turn into.

const index = indexOf(fixture("worked-coordination"));
const cell: Cell = { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" };

function claim(id: string, holder: string | null, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    role: "lead",
    holder,
    members: [],
    tier: 1,
    source: { kind: "body", body: "oc2" },
    specificity: { theme: 0, region: 0, sectors: "all" },
    ...extra,
  };
}

describe("resolveClaims", () => {
  it("merges the members of claims that name the same lead, sorted and without repeats", () => {
    const d = resolveClaims(index, cell, [
      claim("a", "aob", { members: ["fvov", "cnvo"] }),
      claim("b", "aob", { members: ["cnvo", "bvmbo", "aob"] }),
      claim("c", "fvov", { role: "member" }),
    ]);
    expect([d.status, d.lead, d.delegation]).toEqual(["represented", "aob", ["aob", "bvmbo", "cnvo", "fvov"]]);
    expect(d.basis.map((s) => s.outcome.kind)).toEqual(["won", "won", "joined"]);
  });

  it("takes the highest tier that has a lead claim; member claims of any tier join", () => {
    const d = resolveClaims(index, cell, [
      claim("low", "cnvo", { tier: 1, specificity: { theme: 5, region: 5, sectors: ["vo"] } }),
      claim("high", "aob", { tier: 3 }),
      claim("member", "fvov", { tier: 9, role: "member" }),
    ]);
    expect([d.lead, d.delegation]).toEqual(["aob", ["aob", "fvov"]]);
    expect(d.basis[0]?.outcome).toEqual({ kind: "lower-tier", tier: 1, winningTier: 3 });
  });

  it("ignores a lapsed or set-aside claim when choosing the tier", () => {
    const d = resolveClaims(index, cell, [
      claim("lapsed", "cnvo", { tier: 3, validFrom: "2020-01-01", validUntil: "2025-06-01" }),
      claim("aside", "fvov", { tier: 3, excluded: { kind: "not-legitimate", reason: "holder-not-a-party" } }),
      claim("low", "aob", { tier: 1 }),
    ]);
    expect(d.lead).toBe("aob");
    expect(d.basis.map((s) => s.outcome.kind)).toEqual(["not-in-force", "not-legitimate", "won"]);
  });

  it("breaks a tie by order only when every standing claim has one", () => {
    const ordered = resolveClaims(index, cell, [claim("a", "cnvo", { order: 2 }), claim("b", "aob", { order: 1 })]);
    expect(ordered.lead).toBe("aob");
    expect(ordered.basis[0]?.outcome).toEqual({ kind: "later-in-order", than: "b" });
    const partly = resolveClaims(index, cell, [claim("a", "cnvo", { order: 2 }), claim("b", "aob")]);
    expect([partly.status, partly.contenders]).toEqual(["contested", ["aob", "cnvo"]]);
    expect(partly.basis.map((s) => s.outcome)).toEqual([
      { kind: "tied", with: ["b"] },
      { kind: "tied", with: ["a"] },
    ]);
  });

  it("lets order settle only what specificity could not", () => {
    const d = resolveClaims(index, cell, [
      claim("early", "cnvo", { order: 0 }),
      claim("late", "aob", { order: 1, specificity: { theme: 0, region: 1, sectors: "all" } }),
    ]);
    expect(d.lead).toBe("aob");
    expect(d.basis[0]?.outcome).toEqual({ kind: "less-specific", than: "late" });
  });

  it("leaves the cell empty on a decision, with its reason, and seats no one", () => {
    const d = resolveClaims(index, cell, [
      claim("decision", null, { unrepresented: { reason: "left open" } }),
      claim("m", "fvov", { role: "member" }),
    ]);
    expect(d).toMatchObject({ status: "unrepresented", lead: null, delegation: [], reason: "left open" });
    expect(d.basis[1]?.outcome).toEqual({ kind: "unused", because: "no-delegation" });
  });

  it("hands the cell to a deferring claim's own claims, listed right after it", () => {
    const d = resolveClaims(index, cell, [
      claim("before", "cnvo", { order: 1, excluded: { kind: "model-inactive", reason: "rotation-not-started" } }),
      claim("defer", null, { order: 2, defer: [claim("x", "fvov", { specificity: { theme: 0, region: 1, sectors: "all" } }), claim("y", "aob")] }),
      claim("after", "bvmbo", { order: 3, specificity: { theme: -2, region: 0, sectors: "all" } }),
    ]);
    expect(d.lead).toBe("fvov");
    expect(d.basis.map((s) => [s.claim.id, s.outcome.kind, s.via])).toEqual([
      ["before", "model-inactive", undefined],
      ["defer", "won", undefined],
      ["x", "won", "defer"],
      ["y", "less-specific", "defer"],
      ["after", "less-specific", undefined],
    ]);
  });

  it("lists every claim exactly once, in the order given", () => {
    const claims = [
      claim("m1", "fvov", { role: "member" }),
      claim("l1", "aob", { tier: 2 }),
      claim("l2", "cnvo", { tier: 2 }),
      claim("l3", "fvov", { tier: 1 }),
      claim("gone", "oc2"),
    ];
    const d = resolveClaims(index, cell, claims);
    expect(d.status).toBe("contested");
    expect(d.basis.map((s) => s.claim)).toEqual(claims);
    expect(d.basis.map((s) => s.outcome.kind)).toEqual(["unused", "tied", "tied", "lower-tier", "holder-absent"]);
  });

  it("does not change the claims it is given", () => {
    const claims = Object.freeze([Object.freeze(claim("a", "aob", { members: Object.freeze(["cnvo"]) }))]);
    expect(() => resolveClaims(index, cell, claims)).not.toThrow();
    expect(claims[0]?.members).toEqual(["cnvo"]);
  });
});
