import { describe, expect, it } from "vitest";
import { explain } from "../../src/resolve/explain.js";
import { resolve } from "../../src/resolve/resolve.js";
import { rules, world } from "./fixtures.js";

// Model 3: ordered rules, each action, and which rule decides.
// Members in the fixture: aob 84064, cnvo 51000, fvov 38500; bvmbo (mbo only), oc2 and lg-noord have no figure.

const vo = { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" } as const;
const leadOf = (s: ReturnType<typeof rules>, query: Parameters<typeof resolve>[1]) => resolve(s, query).lead;

describe("assign", () => {
  it("gives the lead and seats the members", () => {
    const s = rules({ id: "r1", then: { assign: { lead: "bvmbo", members: ["aob", "cnvo", "bvmbo"] } } });
    const r = resolve(s, vo);
    expect([r.lead, r.delegation]).toEqual(["bvmbo", ["bvmbo", "aob", "cnvo"]]);
    expect(explain(r).split("\n")[2]).toBe("- Rule r1 (assign: bvmbo): won.");
    expect(explain(r, { locale: "nl" }).split("\n")[2]).toBe("- Regel r1 (toewijzing: bvmbo): gaf de doorslag.");
  });

  it("leaves out members that do not exist on the day", () => {
    const s = rules({ id: "r1", then: { assign: { lead: "aob", members: ["oc2", "cnvo"] } } });
    expect(resolve(s, vo).delegation).toEqual(["aob", "cnvo"]);
    expect(resolve(s, { ...vo, on: "2026-01-01" }).delegation).toEqual(["aob", "cnvo", "oc2"]);
  });

  it("passes to the next rule when the assigned lead does not exist", () => {
    const s = rules(
      { id: "r1", when: { themes: ["curriculum"] }, then: { assign: { lead: "oc2" } } },
      { id: "r2", then: { assign: { lead: "aob" } } },
    );
    expect(leadOf(s, vo)).toBe("aob");
    expect(leadOf(s, { ...vo, on: "2026-01-01" })).toBe("oc2");
  });
});

describe("largestMembership", () => {
  it("picks the largest of a list, alone or jointly", () => {
    const alone = rules({ id: "r1", then: { largestMembership: { among: ["fvov", "cnvo"] } } });
    const r = resolve(alone, vo);
    expect([r.lead, r.delegation]).toEqual(["cnvo", ["cnvo"]]);
    expect(explain(r).split("\n")[2]).toBe("- Rule r1 (largest membership: cnvo, 51000 members): won.");
    expect(explain(r, { locale: "nl" }).split("\n")[2]).toBe("- Regel r1 (grootste ledental: cnvo, 51000 leden): gaf de doorslag.");
    const joint = rules({ id: "r1", then: { largestMembership: { among: ["fvov", "cnvo"], joint: true } } });
    expect(resolve(joint, vo).delegation).toEqual(["cnvo", "fvov"]);
  });

  it("picks the largest of all organisations that exist and serve the sector", () => {
    const s = rules({ id: "r1", then: { largestMembership: { among: "all", joint: true } } });
    expect(resolve(s, vo).delegation).toEqual(["aob", "cnvo", "fvov", "lg-noord"]);
    expect(resolve(s, { ...vo, sector: "mbo" }).delegation).toEqual(["aob", "bvmbo", "cnvo", "fvov", "lg-noord"]);
    expect(resolve(s, { ...vo, on: "2026-01-01" }).delegation).toEqual(["aob", "cnvo", "fvov", "lg-noord", "oc2"]);
  });

  it("breaks a tie by the smallest id", () => {
    const s = world((d) => {
      d["organisations"][2].members.total = 51000;
      d["model"] = { kind: "alternative", name: "Test", rules: [{ id: "r1", then: { largestMembership: { among: ["fvov", "cnvo"] } } }] };
    });
    expect(leadOf(s, vo)).toBe("cnvo");
  });

  it("passes to the next rule when no candidate serves the sector, and says why", () => {
    const s = rules(
      { id: "r1", when: { themes: ["curriculum"] }, then: { largestMembership: { among: ["bvmbo"] } } },
      { id: "r2", then: { assign: { lead: "fvov" } } },
    );
    expect(leadOf(s, { ...vo, sector: "mbo" })).toBe("bvmbo");
    const r = resolve(s, vo);
    expect(r.lead).toBe("fvov");
    expect(explain(r).split("\n").slice(2)).toEqual([
      "- Rule r1 (largest membership): not active on the day: no candidate exists on the day and serves the sector.",
      "- Rule r2 (assign: fvov): won.",
    ]);
    expect(explain(r, { locale: "nl" }).split("\n")[2]).toBe(
      "- Regel r1 (grootste ledental): niet actief op die dag: geen enkele kandidaat bestaat op die dag en bedient de sector.",
    );
  });
});

describe("rotate", () => {
  const monthly = rules({ id: "r1", then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { months: 1 }, startingOn: "2024-01-31" } } });

  it.each([
    ["2024-01-31", "aob"],
    ["2024-02-01", "aob"],
    ["2024-02-28", "aob"],
    ["2024-02-29", "cnvo"],
    ["2024-03-01", "cnvo"],
    ["2024-03-30", "cnvo"],
    ["2024-03-31", "fvov"],
    ["2024-04-29", "fvov"],
    ["2024-04-30", "aob"],
    ["2025-01-31", "aob"],
  ])("monthly from 31 January: on %s %s chairs (each period counted from the start, so month ends do not drift)", (on, lead) => {
    expect(leadOf(monthly, { ...vo, on })).toBe(lead);
  });

  const yearly = rules({ id: "r1", then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: "2024-02-29" } } });

  it.each([
    ["2024-02-29", "aob"],
    ["2025-02-27", "aob"],
    ["2025-02-28", "cnvo"],
    ["2026-03-01", "fvov"],
    ["2028-02-28", "aob"],
    ["2028-02-29", "cnvo"],
  ])("yearly from 29 February: on %s %s chairs (in common years the turn comes on 28 February)", (on, lead) => {
    expect(leadOf(yearly, { ...vo, on })).toBe(lead);
  });

  it("has no chair before it starts, and says when it starts", () => {
    const r = resolve(monthly, { ...vo, on: "2024-01-30" });
    expect(r.status).toBe("unrepresented");
    expect(explain(r).split("\n")[1]).toBe("- Rule r1 (rotate): not active on the day: the rotation only starts on 2024-01-31.");
    expect(explain(r, { locale: "nl" }).split("\n")[1]).toBe("- Regel r1 (rotatie): niet actief op die dag: de rotatie begint pas op 2024-01-31.");
  });

  it("explains the turn and its period", () => {
    const r = resolve(monthly, { ...vo, on: "2024-03-15" });
    expect(explain(r).split("\n")[2]).toBe("- Rule r1 (rotate: cnvo, turn 1, period 2024-02-29 to 2024-03-31): won.");
    expect(explain(r, { locale: "nl" }).split("\n")[2]).toBe("- Regel r1 (rotatie: cnvo, beurt 1, periode 2024-02-29 tot 2024-03-31): gaf de doorslag.");
  });

  it("counts weeks and days", () => {
    const s = rules({ id: "r1", then: { rotate: { among: ["aob", "cnvo"], every: { weeks: 1, days: 3 }, startingOn: "2024-12-30" } } });
    expect([leadOf(s, { ...vo, on: "2025-01-08" }), leadOf(s, { ...vo, on: "2025-01-09" }), leadOf(s, { ...vo, on: "2025-01-19" })]).toEqual([
      "aob",
      "cnvo",
      "aob",
    ]);
  });
});

describe("mandates", () => {
  it("resolves the cell from the mandates by the same algorithm", () => {
    const s = rules({ id: "r1", then: { mandates: {} } });
    const r = resolve(s, { ...vo, sector: "mbo" });
    expect([r.lead, r.delegation]).toEqual(["bvmbo", ["bvmbo", "fvov"]]);
    expect(explain(r).split("\n").slice(2)).toEqual([
      "- Rule r1 (mandates): won.",
      "- Mandate m1 of aob (lead, granted by agreement a1) [within rule r1]: less specific than mandate m2.",
      "- Mandate m2 of bvmbo (lead, granted by agreement a1) [within rule r1]: won.",
      "- Mandate m5 of fvov (member, granted by agreement a1) [within rule r1]: joined the delegation.",
    ]);
    expect(explain(r, { locale: "nl" }).split("\n")[3]).toBe(
      "- Mandaat m1 van aob (leiding, verleend via convenant a1) [binnen regel r1]: minder specifiek dan mandaat m2.",
    );
    expect(resolve(s, { ...vo, theme: "lerarenopleiding", region: "noord" }).contenders).toEqual(["cnvo", "fvov"]);
  });

  it("counts only the kinds of grant it names", () => {
    const s = rules({ id: "r1", then: { mandates: { grants: ["statute"] } } });
    expect(leadOf(s, { ...vo, region: "oost" })).toBe("aob");
    const r = resolve(s, vo);
    expect(r.status).toBe("unrepresented");
    expect(r.basis.find((step) => step.claim.id === "mandate:m1")).toEqual(
      expect.objectContaining({ via: "rule:r1", outcome: { kind: "not-legitimate", reason: "grant-kind-excluded" } }),
    );
  });

  it("does not fall through to a later rule when the mandates leave the cell empty", () => {
    const s = rules({ id: "r1", when: { themes: ["lerarenopleiding"] }, then: { mandates: {} } }, { id: "r2", then: { assign: { lead: "aob" } } });
    const r = resolve(s, { ...vo, theme: "lerarenopleiding", region: "zuid" });
    expect(r.status).toBe("unrepresented");
    expect(r.basis.find((step) => step.claim.id === "rule:r2")?.outcome).toEqual({ kind: "less-specific", than: "rule:r1" });
  });
});

describe("unrepresented", () => {
  it("leaves the cell empty with its reason", () => {
    const s = rules({ id: "r1", when: { themeKind: "labour" }, then: { unrepresented: { reason: "left to the collective agreement" } } }, {
      id: "r2",
      then: { assign: { lead: "aob", members: ["cnvo"] } },
    });
    const r = resolve(s, { ...vo, theme: "cao" });
    expect([r.status, r.reason, r.delegation]).toEqual(["unrepresented", "left to the collective agreement", []]);
    expect(explain(r).split("\n")).toEqual([
      "cao in west (vo) on 2025-06-01: unrepresented (left to the collective agreement).",
      "- Rule r1 (unrepresented): won.",
      "- Rule r2 (assign: aob): less specific than rule r1.",
    ]);
    expect(explain(r, { locale: "nl" }).split("\n")[1]).toBe("- Regel r1 (niet vertegenwoordigd): gaf de doorslag.");
    expect(resolve(s, vo).lead).toBe("aob");
  });
});

describe("which rule decides", () => {
  it("prefers named themes to a theme kind, and a theme kind to no condition", () => {
    const s = rules(
      { id: "none", then: { assign: { lead: "aob" } } },
      { id: "kind", when: { themeKind: "professional" }, then: { assign: { lead: "cnvo" } } },
      { id: "named", when: { themes: ["curriculum"] }, then: { assign: { lead: "fvov" } } },
    );
    expect([leadOf(s, vo), leadOf(s, { ...vo, theme: "lerarenopleiding" }), leadOf(s, { ...vo, theme: "cao" })]).toEqual(["fvov", "cnvo", "aob"]);
  });

  it("prefers the deeper of two named themes", () => {
    const s = rules(
      { id: "child", when: { themes: ["bevoegdheden"] }, then: { assign: { lead: "cnvo" } } },
      { id: "parent", when: { themes: ["bekwaamheid"] }, then: { assign: { lead: "aob" } } },
    );
    expect([leadOf(s, { ...vo, theme: "bevoegdheden" }), leadOf(s, { ...vo, theme: "bekwaamheid" })]).toEqual(["cnvo", "aob"]);
  });

  it("gives equal rules to the earliest, and says so", () => {
    const s = rules(
      { id: "r1", when: { themes: ["curriculum"] }, then: { assign: { lead: "aob" } } },
      { id: "r2", when: { themes: ["curriculum"] }, then: { assign: { lead: "cnvo" } } },
    );
    const r = resolve(s, vo);
    expect(r.lead).toBe("aob");
    expect(explain(r).split("\n")[3]).toBe("- Rule r2 (assign: cnvo): comes after rule r1, which takes precedence.");
    expect(explain(r, { locale: "nl" }).split("\n")[3]).toBe("- Regel r2 (toewijzing: cnvo): komt na regel r1, die voorrang heeft.");
  });

  it("gives incomparable rules to the earliest", () => {
    const bySector = { id: "sector", when: { sectors: ["vo"] }, then: { assign: { lead: "aob" } } };
    const byRegion = { id: "region", when: { regions: ["noord"] }, then: { assign: { lead: "cnvo" } } };
    expect(leadOf(rules(bySector, byRegion), { ...vo, region: "noord" })).toBe("aob");
    expect(leadOf(rules(byRegion, bySector), { ...vo, region: "noord" })).toBe("cnvo");
  });

  it("treats a condition on the root region like no region condition", () => {
    const s = rules({ id: "r1", then: { assign: { lead: "aob" } } }, { id: "r2", when: { regions: ["nl"] }, then: { assign: { lead: "cnvo" } } });
    expect(leadOf(s, vo)).toBe("aob");
  });

  it("does not match a sector condition for the profession as a whole", () => {
    const s = rules({ id: "r1", when: { sectors: ["vo", "po", "mbo"] }, then: { assign: { lead: "aob" } } });
    expect(resolve(s, { theme: "curriculum", region: "west", on: "2025-06-01" }).status).toBe("unrepresented");
    expect(leadOf(s, vo)).toBe("aob");
  });

  it("leaves a cell no rule matches unrepresented, with an empty basis", () => {
    const r = resolve(rules({ id: "r1", when: { regions: ["noord"] }, then: { assign: { lead: "aob" } } }), vo);
    expect([r.status, r.basis]).toEqual(["unrepresented", []]);
  });
});

// A condition that lists several themes or regions fits the cell as closely as the nearest one it lists.
const bevoegdhedenWest = { theme: "bevoegdheden", region: "west", sector: "vo", on: "2025-06-01" } as const;

describe("rule conditions with several entries", () => {
  it("counts a theme list by its nearest theme, so it ties with a rule naming only that theme", () => {
    const listed = { id: "listed", when: { themes: ["bekwaamheid", "bevoegdheden"] }, then: { assign: { lead: "aob" } } };
    const single = { id: "single", when: { themes: ["bevoegdheden"] }, then: { assign: { lead: "cnvo" } } };
    expect(resolve(rules(listed, single), bevoegdhedenWest).lead).toBe("aob");
    expect(resolve(rules(single, listed), bevoegdhedenWest).lead).toBe("cnvo");
    expect(resolve(rules(listed), bevoegdhedenWest).basis[0]?.claim.specificity).toStrictEqual({ theme: 1, region: 0, sectors: "all" });
  });

  it("counts a region list by its nearest region", () => {
    const listed = { id: "listed", when: { regions: ["nl", "west"] }, then: { assign: { lead: "aob" } } };
    expect(resolve(rules(listed), bevoegdhedenWest).basis[0]?.claim.specificity).toStrictEqual({ theme: -2, region: 1, sectors: "all" });
  });

  it("takes the deepest listed entry wherever it stands in the list", () => {
    const themesFirst = { id: "r", when: { themes: ["bevoegdheden", "bekwaamheid"], regions: ["west", "nl"] }, then: { assign: { lead: "aob" } } };
    expect(resolve(rules(themesFirst), bevoegdhedenWest).basis[0]?.claim.specificity).toStrictEqual({ theme: 1, region: 1, sectors: "all" });
  });

  it("skips listed themes and regions that do not cover the cell", () => {
    const s = rules({ id: "r", when: { themes: ["curriculum", "bekwaamheid"], regions: ["noord", "nl"] }, then: { assign: { lead: "fvov" } } });
    expect(resolve(s, bevoegdhedenWest).basis[0]?.claim.specificity).toStrictEqual({ theme: 0, region: 0, sectors: "all" });
    expect(resolve(s, { ...bevoegdhedenWest, theme: "cao" }).status).toBe("unrepresented");
  });

  it("records the sectors of a sector condition, and a theme kind as -1", () => {
    const s = rules({ id: "r", when: { themeKind: "professional", sectors: ["vo", "mbo"] }, then: { assign: { lead: "fvov" } } });
    expect(resolve(s, bevoegdhedenWest).basis[0]?.claim.specificity).toStrictEqual({ theme: -1, region: 0, sectors: ["vo", "mbo"] });
    expect(resolve(s, { ...bevoegdhedenWest, theme: "cao" }).status).toBe("unrepresented");
  });
});

describe("claims shared between cells", () => {
  const claimOf = (s: ReturnType<typeof rules>, query: Parameters<typeof resolve>[1]) => resolve(s, query).basis[0]?.claim;

  it("gives every cell of a day the same frozen rotation claim, and another day its own", () => {
    const s = rules({ id: "r1", then: { rotate: { among: ["aob", "cnvo"], every: { years: 1 }, startingOn: "2024-01-01" } } });
    const west = claimOf(s, vo);
    expect(claimOf(s, { ...vo, region: "noord", theme: "bekwaamheid" })).toBe(west);
    expect(Object.isFrozen(west) && Object.isFrozen(west?.source)).toBe(true);
    const later = claimOf(s, { ...vo, on: "2025-06-02" });
    expect(later).not.toBe(west);
    expect(later).toEqual(west);
  });

  it("gives cells with the same largest-membership answer the same frozen claim, and another sector its own", () => {
    const s = rules({ id: "r1", then: { largestMembership: { among: "all" } } });
    const west = claimOf(s, vo);
    expect(claimOf(s, { ...vo, region: "noord" })).toBe(west);
    expect(Object.isFrozen(west)).toBe(true);
    expect(claimOf(s, { ...vo, sector: "mbo" })).not.toBe(west);
  });
});
