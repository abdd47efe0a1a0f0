import { describe, expect, it } from "vitest";
import { resolve } from "../../src/resolve/resolve.js";
import type { Representation } from "../../src/resolve/representation.js";
import { mandate, rules, world } from "./fixtures.js";

// The claims in an answer's basis are what a user reads to see why: each must say who claims, with whom,
// in which tier and role, and nothing more (no members it does not bring, no validity it does not have).

const vo = { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" } as const;

function claimOf(r: Representation, id: string) {
  const claim = r.basis.find((step) => step.claim.id === id)?.claim;
  expect(claim).toBeDefined();
  return claim;
}

describe("alternative rule claims", () => {
  it("bring no members unless the action names them", () => {
    const s = rules(
      { id: "assign", when: { themes: ["curriculum"] }, then: { assign: { lead: "aob" } } },
      { id: "big", when: { themes: ["curriculum"] }, then: { largestMembership: { among: ["cnvo", "fvov"] } } },
      { id: "none", when: { themes: ["curriculum"] }, then: { largestMembership: { among: ["bvmbo"] } } },
      { id: "rot", when: { themes: ["curriculum"] }, then: { rotate: { among: ["fvov"], every: { years: 1 }, startingOn: "2025-01-01" } } },
      { id: "later", when: { themes: ["curriculum"] }, then: { rotate: { among: ["fvov"], every: { years: 1 }, startingOn: "2026-01-01" } } },
      { id: "defer", when: { themes: ["curriculum"] }, then: { mandates: {} } },
      { id: "stop", when: { themes: ["curriculum"] }, then: { unrepresented: { reason: "Not yet." } } },
    );
    const r = resolve(s, vo);
    for (const id of ["assign", "big", "none", "rot", "later", "defer", "stop"]) {
      expect({ role: claimOf(r, `rule:${id}`)?.role, members: claimOf(r, `rule:${id}`)?.members, tier: claimOf(r, `rule:${id}`)?.tier }).toStrictEqual({
        role: "lead",
        members: [],
        tier: 1,
      });
    }
    expect(claimOf(r, "rule:none")?.excluded).toStrictEqual({ kind: "model-inactive", reason: "no-eligible-organisation" });
    expect(claimOf(r, "rule:later")?.excluded).toStrictEqual({ kind: "model-inactive", reason: "rotation-not-started", since: "2026-01-01" });
  });

  it("weigh the mandates a rule defers to in its tier, whether or not it names grant kinds", () => {
    const s = rules({ id: "r", then: { mandates: { grants: ["agreement"] } } });
    const r = resolve(s, vo);
    const m1 = r.basis.find((step) => step.claim.id === "mandate:m1");
    expect(m1?.via).toBe("rule:r");
    expect(m1?.outcome).toStrictEqual({ kind: "won" });
    expect(m1?.claim.tier).toBe(1);
    expect(m1?.claim.excluded).toBeUndefined();
  });

  it("count a listed theme that does not cover the cell as no match, wherever it stands", () => {
    const s = rules({ id: "r", when: { themes: ["bekwaamheid", "curriculum"] }, then: { assign: { lead: "aob" } } });
    expect(resolve(s, { ...vo, theme: "bevoegdheden" }).basis[0]?.claim.specificity).toStrictEqual({ theme: 0, region: 0, sectors: "all" });
    const regions = rules({ id: "r", when: { regions: ["west", "noord"] }, then: { assign: { lead: "aob" } } });
    expect(resolve(regions, vo).basis[0]?.claim.specificity).toStrictEqual({ theme: -2, region: 1, sectors: "all" });
  });

  it("do not match a sector their condition leaves out", () => {
    const s = rules({ id: "r", when: { sectors: ["po"] }, then: { assign: { lead: "aob" } } });
    expect(resolve(s, vo).basis).toStrictEqual([]);
    expect(resolve(s, { ...vo, sector: "po" }).lead).toBe("aob");
  });
});

describe("coordination fallback claims", () => {
  it("bring no members unless the fallback is joint", () => {
    const s = world((d) => {
      d["model"].fallback = "largest-membership";
    });
    const r = resolve(s, { ...vo, theme: "bekwaamheid" });
    expect(claimOf(r, "fallback:largest-membership")).toMatchObject({ holder: "aob", members: [], tier: 1, role: "lead" });
    expect(claimOf(r, "fallback:largest-membership")?.members).toStrictEqual([]);
  });

  it("keep a fallback that finds no party serving the sector, with no holder and no members", () => {
    const s = world((d) => {
      d["model"].fallback = "joint";
      for (const o of d["organisations"]) if (o.id !== "lg-noord") o.sectors = ["vo", "mbo"];
    });
    const r = resolve(s, { ...vo, theme: "bekwaamheid", sector: "po" });
    const claim = claimOf(r, "fallback:joint");
    expect({ holder: claim?.holder, members: claim?.members, excluded: claim?.excluded }).toStrictEqual({
      holder: null,
      members: [],
      excluded: { kind: "model-inactive", reason: "no-eligible-organisation" },
    });
  });
});

describe("mandate claims", () => {
  it("bring no members, and carry the end of validity only when the mandate has one", () => {
    const s = world((d) => {
      d["mandates"].push(mandate("m8", "cnvo", { themes: ["curriculum"], regions: ["west"] }, { validUntil: "2026-01-01" }));
    });
    const r = resolve(s, vo);
    expect(claimOf(r, "mandate:m1")?.members).toStrictEqual([]);
    expect(claimOf(r, "mandate:m8")?.members).toStrictEqual([]);
    expect(claimOf(r, "mandate:m8")?.validUntil).toBe("2026-01-01");
    expect(Object.keys(claimOf(r, "mandate:m1") ?? {})).not.toContain("validUntil");
    expect(Object.keys(claimOf(r, "mandate:m1") ?? {})).not.toContain("excluded");
  });
});

// The claims a model makes are part of every answer (its basis): their members, tiers and fit must be right,
// even where the lead and delegation would come out the same.

const on = "2026-03-01";

describe("OC 2.0 claims", () => {
  const s = world((d) => {
    d["model"].chapters.push({ region: "zuid", organisation: "oc2" });
  }, "worked-oc2");

  it("attaches the body to a chapter run by another organisation, and to no chapter it runs itself", () => {
    const noord = resolve(s, { theme: "curriculum", region: "noord", sector: "vo", on });
    expect(claimOf(noord, "chapter:noord")).toMatchObject({ holder: "lg-noord", members: ["oc2"], tier: 2 });
    expect(claimOf(noord, "chapter:noord")?.specificity).toStrictEqual({ theme: -2, region: 1, sectors: "all" });
    const zuid = resolve(s, { theme: "curriculum", region: "zuid", sector: "vo", on });
    expect(claimOf(zuid, "chapter:zuid")).toMatchObject({ holder: "oc2", members: [], tier: 2 });
  });

  it("makes the body's own claim for every theme and the whole country, with no members", () => {
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on });
    expect(claimOf(r, "body")).toMatchObject({ holder: "oc2", members: [], tier: 1 });
    expect(claimOf(r, "body")?.specificity).toStrictEqual({ theme: -2, region: 0, sectors: "all" });
  });

  it("puts labour mandates in tier 1 and delegated mandates in tier 3", () => {
    expect(claimOf(resolve(s, { theme: "cao", region: "west", sector: "vo", on }), "mandate:s1")?.tier).toBe(1);
    expect(claimOf(resolve(s, { theme: "curriculum", region: "west", sector: "mbo", on }), "mandate:d1")?.tier).toBe(3);
  });
});

describe("coordination claims", () => {
  it("makes a joint fallback a coalition of every serving party, the largest its spokesperson", () => {
    const s = world((d) => {
      d["model"].fallback = "joint";
    });
    const r = resolve(s, { theme: "lerarenopleiding", region: "zuid", sector: "vo", on: "2025-06-01" });
    expect(claimOf(r, "fallback:joint")).toMatchObject({ holder: null, coalition: { holders: ["aob", "cnvo", "fvov"], spokesperson: "aob" }, members: [], tier: 1 });
  });
});

describe("alternative claims", () => {
  it("makes a joint largest membership a coalition of every eligible candidate, the largest its spokesperson, and defers in tier 1", () => {
    const s = world((d) => {
      d["model"] = {
        kind: "alternative",
        name: "Test",
        rules: [
          { id: "big", when: { themes: ["curriculum"] }, then: { largestMembership: { among: ["aob", "cnvo", "fvov"], joint: true } } },
          { id: "m", then: { mandates: {} } },
        ],
      };
    });
    const r = resolve(s, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
    expect(claimOf(r, "rule:big")).toMatchObject({ holder: null, coalition: { holders: ["aob", "cnvo", "fvov"], spokesperson: "aob" }, members: [], tier: 1 });
    const deferred = resolve(s, { theme: "cao", region: "west", sector: "vo", on: "2025-06-01" });
    expect(deferred.basis.filter((step) => step.via === "rule:m").map((step) => step.claim.tier)).toStrictEqual(
      deferred.basis.filter((step) => step.via === "rule:m").map(() => 1),
    );
    expect(deferred.basis.some((step) => step.via === "rule:m")).toBe(true);
  });
});
