// Reach through federations and of a population of no teachers: who a delegation reaches, and how.
import { describe, expect, it } from "vitest";
import { analyseScenario } from "../../src/index.js";
import type { Scenario } from "../../src/model/types.js";
import { type Doc, world } from "./fixtures.js";
import { findingsInBoth } from "../fixtures/both-languages.js";

const ON = "2025-06-01";
const figure = (total: number) => ({ total, asOf: "2024-01-01" });

/** The coordination world with more organisations and an alternative model whose one rule gives `aob` the lead with `members`. */
function delegatedTo(members: string[], organisations: Doc[], edit: (d: Doc) => void = () => undefined): Scenario {
  return world("worked-coordination", (d) => {
    d.organisations.push(...organisations.map((o) => ({ name: o.id.toUpperCase(), kind: "union", sectors: ["vo"], ...o })));
    d.model = { kind: "alternative", name: "t", rules: [{ id: "r1", then: { assign: { lead: "aob", members } } }] };
    edit(d);
  });
}

describe("reach through federations", () => {
  it("counts a federation without a figure through every member organisation, sorted, each via the federation", () => {
    // zz-fed has no figure; its members are listed out of order in the scenario.
    const scenario = delegatedTo(["zz-fed"], [{ id: "zz-fed" }, { id: "m-b", memberOf: ["zz-fed"], members: figure(200) }, { id: "m-a", memberOf: ["zz-fed"], members: figure(100) }]);
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.counted.map((c) => [c.organisation, c.members, c.via])).toEqual([
      ["aob", 84_064, null],
      ["m-a", 100, "zz-fed"],
      ["m-b", 200, "zz-fed"],
    ]);
    expect(reach.members).toBe(84_064 + 300);
  });

  it("lists the unknown sorted, whatever order the federation's members come in", () => {
    const scenario = delegatedTo(["fed"], [{ id: "fed" }, { id: "u-b", memberOf: ["fed"] }, { id: "u-a", memberOf: ["fed"] }]);
    expect(analyseScenario(scenario, { on: ON }).reach.unknown).toEqual(["u-a", "u-b"]);
  });

  it("leaves out a federation's members that do not exist on the day", () => {
    const scenario = delegatedTo(["fed"], [{ id: "fed" }, { id: "gone", memberOf: ["fed"], members: figure(500), dissolved: "2025-01-01" }, { id: "here", memberOf: ["fed"], members: figure(7) }]);
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.counted.map((c) => c.organisation)).toEqual(["aob", "here"]);
    expect(reach.members).toBe(84_064 + 7);
  });

  it("counts an organisation reached both directly and through a federation as reached directly", () => {
    // "a-fed" sorts before "fvov", so fvov is first reached through it.
    const scenario = delegatedTo(["a-fed", "fvov"], [{ id: "a-fed" }], (d) => {
      d.organisations.find((o: Doc) => o.id === "fvov").memberOf = ["a-fed"];
    });
    expect(analyseScenario(scenario, { on: ON }).reach.counted.map((c) => [c.organisation, c.via])).toEqual([
      ["aob", null],
      ["fvov", null],
    ]);
  });

  it("covers a member of two federations within both, sorted, and through a chain of federations", () => {
    const scenario = delegatedTo(
      ["z-fed", "a-fed", "kid", "top"],
      [
        { id: "top", members: figure(1_000) },
        { id: "z-fed", members: figure(300), memberOf: ["top"] },
        { id: "a-fed", members: figure(200) },
        { id: "kid", members: figure(10), memberOf: ["z-fed", "a-fed"] },
      ],
    );
    const { reach } = analyseScenario(scenario, { on: ON });
    expect(reach.covered).toEqual([
      { organisation: "kid", within: ["a-fed", "top", "z-fed"] },
      { organisation: "z-fed", within: ["top"] },
    ]);
    expect(reach.counted.map((c) => c.organisation)).toEqual(["a-fed", "aob", "top"]);
  });
});


describe("reach of a population of no teachers", () => {
  it("has no share, and the members pitfall counts no teacher reached, beside the members", () => {
    const scenario = world("worked-coordination", (d) => {
      d.population = { teachers: 0, asOf: "2024-01-01" };
    });
    expect(analyseScenario(scenario, { on: ON }).reach).toMatchObject({ teachers: 0, share: null });
    const finding = findingsInBoth(scenario, { on: ON, thresholds: { minMembers: 1e9 } }).find((f) => f.id === "insufficient-members");
    expect(finding?.message.en).toContain("reach 0 teachers (122,564 members), below the minimum of 1,000,000,000 teachers.");
    expect(finding?.message.nl).toContain("bereiken 0 leraren (122.564 leden), minder dan het minimum van 1.000.000.000 leraren.");
  });
});
