import { describe, expect, it } from "vitest";
import type { Cell, Claim } from "../../src/governance/claim.js";
import { indexOf } from "../../src/model/scenario-index.js";
import { resolveClaims } from "../../src/resolve/resolve-claims.js";
import { fixture } from "../fixtures/load.js";
import { world } from "./fixtures.js";

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

// The algorithm's edges, outcome by outcome, compared strictly: no stray or missing keys.
// The worked coordination world, with cnvo founded late and bvmbo dissolved, to judge absent holders.
const withAbsences = indexOf(
  world((d) => {
    d["organisations"].find((o: { id: string }) => o.id === "cnvo").founded = "2025-09-01";
    d["organisations"].find((o: { id: string }) => o.id === "bvmbo").dissolved = "2025-03-01";
  }),
);

describe("resolveClaims, claims that do not take part", () => {
  it("says which bounds a claim out of force has, and only those", () => {
    const d = resolveClaims(withAbsences, cell, [
      claim("both", "aob", { validFrom: "2020-01-01", validUntil: "2025-06-01" }),
      claim("from", "aob", { validFrom: "2025-06-02" }),
      claim("until", "aob", { validUntil: "2025-01-01" }),
      claim("on-the-day", "fvov", { validFrom: "2025-06-01", validUntil: "2025-06-02" }),
    ]);
    expect(d.basis.map((s) => s.outcome)).toStrictEqual([
      { kind: "not-in-force", validFrom: "2020-01-01", validUntil: "2025-06-01" },
      { kind: "not-in-force", validFrom: "2025-06-02" },
      { kind: "not-in-force", validUntil: "2025-01-01" },
      { kind: "won" },
    ]);
    expect(d.lead).toBe("fvov");
  });

  it("says when an absent holder was founded or dissolved, and only what is known", () => {
    const d = resolveClaims(withAbsences, cell, [
      claim("late", "cnvo"),
      claim("gone", "bvmbo"),
      claim("unknown", "nobody"),
      claim("member", "cnvo", { role: "member" }),
    ]);
    expect(d.basis.map((s) => s.outcome)).toStrictEqual([
      { kind: "holder-absent", holder: "cnvo", founded: "2025-09-01" },
      { kind: "holder-absent", holder: "bvmbo", founded: "2011-03-01", dissolved: "2025-03-01" },
      { kind: "holder-absent", holder: "nobody" },
      { kind: "holder-absent", holder: "cnvo", founded: "2025-09-01" },
    ]);
    expect([d.status, d.lead, d.delegation, d.contenders]).toStrictEqual(["unrepresented", null, [], []]);
    expect("reason" in d).toBe(false);
  });

  it("keeps a decision without a holder in play, whoever exists", () => {
    const d = resolveClaims(withAbsences, cell, [claim("decision", null, { tier: 5, unrepresented: { reason: "r" } }), claim("aob", "aob")]);
    expect(d.basis.map((s) => s.outcome)).toStrictEqual([{ kind: "won" }, { kind: "lower-tier", tier: 1, winningTier: 5 }]);
    expect(d.reason).toBe("r");
  });

  it("takes a negative tier as the top when it is the only one", () => {
    const d = resolveClaims(withAbsences, cell, [claim("a", "aob", { tier: -3 }), claim("b", "fvov", { tier: -4 })]);
    expect(d.lead).toBe("aob");
    expect(d.basis[1]?.outcome).toStrictEqual({ kind: "lower-tier", tier: -4, winningTier: -3 });
  });
});

describe("resolveClaims, deciding", () => {
  it("seats no one and lists no step when there are no claims", () => {
    expect(resolveClaims(withAbsences, cell, [])).toStrictEqual({ status: "unrepresented", lead: null, leads: [], delegation: [], contenders: [], contendingParties: [], basis: [] });
  });

  it("keeps the earlier claim when the order cannot separate two claims", () => {
    const d = resolveClaims(withAbsences, cell, [claim("a", "fvov", { order: 1 }), claim("b", "aob", { order: 1 }), claim("c", "oc2", { order: 1 })]);
    expect(d.lead).toBe("fvov");
    expect(d.basis.map((s) => s.outcome)).toStrictEqual([
      { kind: "won" },
      { kind: "later-in-order", than: "a" },
      { kind: "holder-absent", holder: "oc2", founded: "2026-01-01" },
    ]);
  });

  it("picks the lowest order wherever it stands", () => {
    const d = resolveClaims(withAbsences, cell, [claim("a", "fvov", { order: 3 }), claim("b", "aob", { order: 1 }), claim("c", "aob", { order: 2 })]);
    expect(d.lead).toBe("aob");
    expect(d.basis.map((s) => s.outcome)).toStrictEqual([
      { kind: "later-in-order", than: "b" },
      { kind: "won" },
      { kind: "later-in-order", than: "b" },
    ]);
  });

  it("lets two claims of one holder both win, and contests claims of different holders", () => {
    const same = resolveClaims(withAbsences, cell, [claim("a", "aob"), claim("b", "aob")]);
    expect([same.status, same.basis.map((s) => s.outcome.kind)]).toStrictEqual(["represented", ["won", "won"]]);
    const two = resolveClaims(withAbsences, cell, [claim("a", "aob"), claim("b", "fvov"), claim("c", "aob"), claim("m", "fvov", { role: "member" })]);
    expect([two.status, two.lead, two.delegation, two.contenders]).toStrictEqual(["contested", null, [], ["aob", "fvov"]]);
    expect(two.basis.map((s) => s.outcome)).toStrictEqual([
      { kind: "tied", with: ["b", "c"] },
      { kind: "tied", with: ["a", "c"] },
      { kind: "tied", with: ["a", "b"] },
      { kind: "unused", because: "no-delegation" },
    ]);
  });

  it("contests between a decision and an organisation, and between two different decisions", () => {
    const mixed = resolveClaims(withAbsences, cell, [claim("d", null, { unrepresented: { reason: "x" } }), claim("a", "aob")]);
    expect([mixed.status, mixed.contenders]).toStrictEqual(["contested", ["aob"]]);
    expect("reason" in mixed).toBe(false);
    const decisions = resolveClaims(withAbsences, cell, [claim("d1", null), claim("d2", null)]);
    expect([decisions.status, decisions.contenders]).toStrictEqual(["contested", []]);
    const one = resolveClaims(withAbsences, cell, [claim("d1", null), claim("a", "aob", { specificity: { theme: -1, region: 0, sectors: "all" } })]);
    expect([one.status, one.basis.map((s) => s.outcome)]).toStrictEqual([
      "unrepresented",
      [{ kind: "won" }, { kind: "less-specific", than: "d1" }],
    ]);
    expect("reason" in one).toBe(false);
  });

  it("seats the attached members that exist on the day, and not the lead twice", () => {
    const d = resolveClaims(withAbsences, cell, [
      claim("a", "aob", { members: ["bvmbo", "fvov", "cnvo", "aob", "fvov"] }),
      claim("m", "aob", { role: "member" }),
      claim("n", null, { role: "member" }),
    ]);
    expect(d.delegation).toStrictEqual(["aob", "fvov"]);
    expect(d.basis.map((s) => s.outcome)).toStrictEqual([{ kind: "won" }, { kind: "unused", because: "already-lead" }, { kind: "joined" }]);
  });

  it("sorts the members by id, not in the order they were given", () => {
    const d = resolveClaims(withAbsences, cell, [claim("a", "fvov", { members: ["oc2-x"] }), claim("z", "lg-noord", { role: "member" }), claim("y", "aob", { role: "member" })]);
    expect(d.delegation).toStrictEqual(["fvov", "aob", "lg-noord"]);
  });

  it("marks every step of a deferral with the deferring claim, and none outside it", () => {
    const inner = [claim("x", "fvov")];
    const d = resolveClaims(withAbsences, cell, [claim("first", "aob", { tier: 0 }), claim("defer", null, { defer: inner }), claim("m", "aob", { role: "member" })]);
    expect(d.basis.map((s) => [s.claim.id, s.outcome.kind, "via" in s ? s.via : "-"])).toStrictEqual([
      ["first", "lower-tier", "-"],
      ["defer", "won", "-"],
      ["x", "won", "defer"],
      ["m", "joined", "defer"],
    ]);
    expect([d.lead, d.delegation]).toStrictEqual(["fvov", ["fvov", "aob"]]);
  });

  it("lists a member claim handed to a deferral once, inside it, wherever it stood", () => {
    const d = resolveClaims(withAbsences, cell, [claim("m", "aob", { role: "member" }), claim("defer", null, { defer: [claim("x", "fvov")] })]);
    expect(d.basis.map((s) => [s.claim.id, s.outcome.kind])).toStrictEqual([
      ["defer", "won"],
      ["x", "won"],
      ["m", "joined"],
    ]);
  });

  it("has no contenders unless contested", () => {
    expect(resolveClaims(withAbsences, cell, [claim("a", "aob")]).contenders).toStrictEqual([]);
    const decision = resolveClaims(withAbsences, cell, [claim("d", null, { unrepresented: { reason: "r" } })]);
    expect([decision.status, decision.lead, decision.delegation, decision.contenders]).toStrictEqual(["unrepresented", null, [], []]);
  });

  it("passes the outer via on when a deferral is itself weighed inside another", () => {
    const d = resolveClaims(withAbsences, cell, [claim("x", "fvov")], "outer");
    expect(d.basis).toStrictEqual([{ claim: claim("x", "fvov"), outcome: { kind: "won" }, via: "outer" }]);
  });
});
