import { describe, expect, it } from "vitest";
import { analyseScenario, resolve } from "../../src/index.js";
import type { Representation } from "../../src/resolve/representation.js";
import { type Doc, mandate, world } from "./fixtures.js";

// Joint representation (DOMAIN.md "Joint representation", API.md "Second edition"): a coalition
// mandate names one party; resolution counts parties, not organisations.

const on = "2025-06-01";
const zuid = (sector: string, day = on) => ({ theme: "lerarenopleiding", region: "zuid", sector, on: day });

/** A lead mandate held by a coalition, granted by agreement a1 from 2025-01-01 on lerarenopleiding/zuid/all unless `extra` says otherwise. */
function coalition(id: string, holders: string[], extra: Doc = {}): Doc {
  const m = mandate(id, holders[0] as string, { themes: ["lerarenopleiding"], regions: ["zuid"] }, extra);
  delete m["holder"];
  return { ...m, holders };
}

function withMandates(...mandates: Doc[]) {
  return world((d) => {
    d["mandates"].push(...mandates);
  });
}

const answer = (r: Representation) => ({
  status: r.status,
  lead: r.lead,
  leads: r.leads,
  delegation: r.delegation,
  contenders: r.contenders,
  contendingParties: r.contendingParties,
});

describe("a coalition that leads", () => {
  it("represents the cell as one party: its spokesperson is the lead, and leads and delegation put the spokesperson first, then the others by id", () => {
    const s = withMandates(coalition("c1", ["fvov", "bvmbo", "aob"], { spokesperson: "fvov" }));
    expect(answer(resolve(s, zuid("mbo")))).toEqual({
      status: "represented",
      lead: "fvov",
      leads: ["fvov", "aob", "bvmbo"],
      delegation: ["fvov", "aob", "bvmbo"],
      contenders: [],
      contendingParties: [],
    });
  });

  it("is represented without a lead when the coalition names no spokesperson", () => {
    const r = resolve(withMandates(coalition("c1", ["fvov", "aob"])), zuid("vo"));
    expect(answer(r)).toMatchObject({ status: "represented", lead: null, leads: ["aob", "fvov"], delegation: ["aob", "fvov"] });
  });

  it("seats a member mandate's holder after the coalition, and leaves a member who already leads where it is", () => {
    const s = withMandates(coalition("c1", ["cnvo", "aob"], { spokesperson: "cnvo" }), mandate("m9", "bvmbo", { regions: ["zuid"] }, { role: "member" }));
    const r = resolve(s, zuid("mbo"));
    // m5 is fvov's member mandate for every cell; m9 seats bvmbo.
    expect(r.delegation).toEqual(["cnvo", "aob", "bvmbo", "fvov"]);
    const inCoalition = resolve(withMandates(coalition("c1", ["fvov", "aob"])), zuid("vo"));
    expect(inCoalition.basis.find((step) => step.claim.id === "mandate:m5")?.outcome).toEqual({ kind: "unused", because: "already-lead" });
  });

  it("merges claims that name the same set of organisations, whatever their order", () => {
    const s = withMandates(coalition("c1", ["aob", "fvov"]), coalition("c2", ["fvov", "aob"], { spokesperson: "aob" }));
    const r = resolve(s, zuid("vo"));
    expect(answer(r)).toMatchObject({ status: "represented", lead: "aob", leads: ["aob", "fvov"] });
    expect(r.basis.filter((step) => step.outcome.kind === "won").map((step) => step.claim.id)).toEqual(["mandate:c1", "mandate:c2"]);
  });

  it("has no spokesperson when merged claims name different ones", () => {
    const s = withMandates(coalition("c1", ["aob", "fvov"], { spokesperson: "fvov" }), coalition("c2", ["fvov", "aob"], { spokesperson: "aob" }));
    expect(answer(resolve(s, zuid("vo")))).toMatchObject({ status: "represented", lead: null, leads: ["aob", "fvov"] });
  });
});

describe("a contest between parties", () => {
  it("sets a coalition against one of its own members: two parties, so contested", () => {
    const s = withMandates(coalition("c1", ["fvov", "aob"]), mandate("m9", "aob", { themes: ["lerarenopleiding"], regions: ["zuid"] }));
    expect(answer(resolve(s, zuid("vo")))).toEqual({
      status: "contested",
      lead: null,
      leads: [],
      delegation: [],
      contenders: ["aob", "fvov"],
      contendingParties: [["aob"], ["aob", "fvov"]],
    });
  });

  it("lists each contending party once, its ids sorted, the parties in the order of their ids joined with commas", () => {
    const s = withMandates(
      coalition("c1", ["fvov", "cnvo"]),
      coalition("c2", ["cnvo", "fvov"]),
      coalition("c3", ["bvmbo", "aob"]),
      mandate("m9", "cnvo", { themes: ["lerarenopleiding"], regions: ["zuid"] }),
    );
    const r = resolve(s, zuid("mbo"));
    expect(r.contendingParties).toEqual([["aob", "bvmbo"], ["cnvo"], ["cnvo", "fvov"]]);
    expect(r.contenders).toEqual(["aob", "bvmbo", "cnvo", "fvov"]);
  });
});

describe("a coalition on the day", () => {
  const dissolving = (id: string, dissolved: string) => (d: Doc) => {
    const org = d["organisations"].find((o: Doc) => o["id"] === id);
    org["dissolved"] = dissolved;
  };

  it("is the holders that exist on the day; the step names who dropped out", () => {
    const s = world((d) => {
      d["mandates"].push(coalition("c1", ["aob", "fvov", "cnvo"], { spokesperson: "aob" }));
      dissolving("cnvo", "2025-03-01")(d);
    });
    const r = resolve(s, zuid("vo"));
    expect(answer(r)).toMatchObject({ status: "represented", lead: "aob", leads: ["aob", "fvov"] });
    const step = r.basis.find((st) => st.claim.id === "mandate:c1");
    expect(step?.outcome).toEqual({ kind: "won" });
    expect(step?.dropped).toEqual([{ holder: "cnvo", founded: "2000-01-01", dissolved: "2025-03-01" }]);
    // Before the dissolution the coalition is whole, and the step says nothing of drop-outs.
    const before = resolve(s, zuid("vo", "2025-02-01"));
    expect(before.leads).toEqual(["aob", "cnvo", "fvov"]);
    expect(before.basis.find((st) => st.claim.id === "mandate:c1")?.dropped).toBeUndefined();
  });

  it("is one organisation when only one holder is left, and that organisation leads", () => {
    const s = world((d) => {
      d["mandates"].push(coalition("c1", ["aob", "cnvo"], { spokesperson: "cnvo" }));
      dissolving("cnvo", "2025-03-01")(d);
    });
    expect(answer(resolve(s, zuid("vo")))).toMatchObject({ status: "represented", lead: "aob", leads: ["aob"], delegation: ["aob", "fvov"] });
  });

  it("is left without a spokesperson when the spokesperson drops out", () => {
    const s = world((d) => {
      d["mandates"].push(coalition("c1", ["aob", "fvov", "cnvo"], { spokesperson: "cnvo" }));
      dissolving("cnvo", "2025-03-01")(d);
    });
    expect(answer(resolve(s, zuid("vo")))).toMatchObject({ status: "represented", lead: null, leads: ["aob", "fvov"] });
  });

  it("claims nothing when no holder exists, reported as holder-absent with every holder", () => {
    const s = world((d) => {
      d["mandates"].push(coalition("c1", ["aob", "cnvo"]));
      dissolving("aob", "2025-03-01")(d);
      dissolving("cnvo", "2025-04-01")(d);
    });
    const r = resolve(s, zuid("vo"));
    expect(r.status).toBe("unrepresented");
    expect(r.basis.find((st) => st.claim.id === "mandate:c1")?.outcome).toEqual({
      kind: "holder-absent",
      holder: "aob",
      founded: "1997-01-01",
      dissolved: "2025-03-01",
      holders: [
        { holder: "aob", founded: "1997-01-01", dissolved: "2025-03-01" },
        { holder: "cnvo", founded: "2000-01-01", dissolved: "2025-04-01" },
      ],
    });
  });
});

describe("coalitions under coordination", () => {
  it("count only when every holder is a party to the agreement", () => {
    const r = resolve(withMandates(coalition("c1", ["aob", "lg-noord"])), zuid("vo"));
    expect(r.status).toBe("unrepresented");
    expect(r.basis.find((st) => st.claim.id === "mandate:c1")?.outcome).toEqual({ kind: "not-legitimate", reason: "coalition-holder-not-a-party" });
  });

  it("make the joint fallback a coalition of every serving party: the largest is spokesperson and lead, the others lead with it", () => {
    const s = world((d) => {
      d["model"].fallback = "joint";
    });
    expect(answer(resolve(s, zuid("vo")))).toEqual({
      status: "represented",
      lead: "aob",
      leads: ["aob", "cnvo", "fvov"],
      delegation: ["aob", "cnvo", "fvov"],
      contenders: [],
      contendingParties: [],
    });
  });

  it("list a member mandate's holder after the whole joint coalition, not among it", () => {
    const s = world((d) => {
      d["model"].fallback = "joint";
      d["mandates"].push(mandate("m9", "bvmbo", {}, { role: "member" }));
    });
    // bvmbo serves only mbo, so on vo it takes part as a member, after the coalition.
    expect(resolve(s, zuid("vo")).delegation).toEqual(["aob", "cnvo", "fvov", "bvmbo"]);
  });

  it("keep the largest-membership fallback a single lead", () => {
    const s = world((d) => {
      d["model"].fallback = "largest-membership";
    });
    expect(answer(resolve(s, zuid("vo")))).toMatchObject({ lead: "aob", leads: ["aob"], delegation: ["aob", "fvov"] });
  });
});

describe("coalitions under the alternative model", () => {
  const rules = (...list: Doc[]) =>
    world((d) => {
      d["model"] = { kind: "alternative", name: "Together", rules: list };
    });

  it("assign a coalition with a spokesperson and members", () => {
    const s = rules({ id: "r1", then: { assign: { leads: ["fvov", "cnvo", "aob"], spokesperson: "cnvo", members: ["bvmbo", "aob"] } } });
    expect(answer(resolve(s, zuid("mbo")))).toMatchObject({ status: "represented", lead: "cnvo", leads: ["cnvo", "aob", "fvov"], delegation: ["cnvo", "aob", "fvov", "bvmbo"] });
  });

  it("make a joint largest membership a coalition, the largest its spokesperson", () => {
    const s = rules({ id: "r1", then: { largestMembership: { among: ["fvov", "cnvo", "aob"], joint: true } } });
    expect(answer(resolve(s, zuid("vo")))).toMatchObject({ status: "represented", lead: "aob", leads: ["aob", "cnvo", "fvov"] });
  });
});

describe("coalitions whose ids hold commas", () => {
  it("are told apart by their members, not by their ids joined: ['a,b', 'c'] and ['a', 'b,c'] contend as two parties", () => {
    const s = world((d) => {
      const base = d["organisations"].find((o: Doc) => o.id === "aob");
      for (const id of ["a,b", "c", "a", "b,c"]) d["organisations"].push({ ...base, id, name: `Org ${id}`, shortName: id });
      d["model"]["parties"].push("a,b", "c", "a", "b,c");
      d["model"]["agreement"]["signatories"].push("a,b", "c", "a", "b,c");
      d["mandates"].push(coalition("x1", ["a,b", "c"]), coalition("x2", ["a", "b,c"]));
    });
    const r = resolve(s, zuid("vo"));
    expect(r.status).toBe("contested");
    expect(r.contendingParties).toEqual([
      ["a", "b,c"],
      ["a,b", "c"],
    ]);
  });
});

describe("lead shares of coalitions whose ids hold commas", () => {
  it("count ['a,b', 'c'] and ['a', 'b,c'] as two parties", () => {
    const s = world((d) => {
      const base = d["organisations"].find((o: Doc) => o.id === "aob");
      for (const id of ["a,b", "c", "a", "b,c"]) d["organisations"].push({ ...base, id, name: `Org ${id}`, shortName: id });
      d["model"]["parties"].push("a,b", "c", "a", "b,c");
      d["model"]["agreement"]["signatories"].push("a,b", "c", "a", "b,c");
      d["mandates"].push(coalition("x1", ["a,b", "c"]), { ...coalition("x2", ["a", "b,c"]), scope: { themes: ["lerarenopleiding"], regions: ["oost"], sectors: "all" } });
    });
    const parties = analyseScenario(s, { on, themes: ["lerarenopleiding"], regions: ["zuid", "oost"] }).concentration.parties.map((p) => p.organisations);
    expect(parties).toContainEqual(["a,b", "c"]);
    expect(parties).toContainEqual(["a", "b,c"]);
  });
});
