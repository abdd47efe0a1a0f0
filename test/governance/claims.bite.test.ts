import { describe, expect, it } from "vitest";
import { resolve } from "../../src/resolve/resolve.js";
import { world } from "../resolve/world.js";

// The claims a model makes are part of every answer (its basis): their members, tiers and fit must be right,
// even where the lead and delegation would come out the same.

const on = "2026-03-01";

function claimOf(r: ReturnType<typeof resolve>, id: string) {
  return r.basis.find((step) => step.claim.id === id)?.claim;
}

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
  it("attaches to a joint fallback every serving party but the one that leads", () => {
    const s = world((d) => {
      d["model"].fallback = "joint";
    });
    const r = resolve(s, { theme: "lerarenopleiding", region: "zuid", sector: "vo", on: "2025-06-01" });
    expect(claimOf(r, "fallback:joint")).toMatchObject({ holder: "aob", members: ["cnvo", "fvov"], tier: 1 });
  });
});

describe("alternative claims", () => {
  it("attaches to a joint largest membership every eligible candidate but the one that leads, and defers in tier 1", () => {
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
    expect(claimOf(r, "rule:big")).toMatchObject({ holder: "aob", members: ["cnvo", "fvov"], tier: 1 });
    const deferred = resolve(s, { theme: "cao", region: "west", sector: "vo", on: "2025-06-01" });
    expect(deferred.basis.filter((step) => step.via === "rule:m").map((step) => step.claim.tier)).toStrictEqual(
      deferred.basis.filter((step) => step.via === "rule:m").map(() => 1),
    );
    expect(deferred.basis.some((step) => step.via === "rule:m")).toBe(true);
  });
});
