import { describe, expect, it } from "vitest";
import { apportion, deliberate, lotOrder, tally, TallyError } from "../../src/council.js";
import { tennessee } from "./fixtures.js";

// The results the TSDoc examples state in their `// =>` comments.
describe("the documented examples", () => {
  it("tally", () => {
    const result = tally(tennessee(), { method: "irv" });
    expect(result.winners).toEqual(["knoxville"]);
    expect(result.rounds?.length).toBe(3);
  });

  it("TallyError", () => {
    expect(() => tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "c"] }] }, { method: "irv" })).toThrow(TallyError);
    try {
      tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "c"] }] }, { method: "irv" });
    } catch (error) {
      expect((error as TallyError).issues[0]?.code).toBe("unknown_candidate");
    }
  });

  it("lotOrder", () => {
    expect(lotOrder(2025, ["a", "b", "c"]).length).toBe(3);
    expect(lotOrder("lerarenberaad", ["a", "b"]).toString() === lotOrder("lerarenberaad", ["a", "b"]).toString()).toBe(true);
  });

  it("apportion", () => {
    expect(apportion(8, { A: 100000, B: 80000, C: 30000, D: 20000 }, { method: "dhondt" }).allocation).toEqual({ A: 4, B: 3, C: 1, D: 0 });
    expect(apportion(1, { A: 1, B: 1 }, { method: "sainte-lague" }).tied).toEqual({ seats: 1, among: ["A", "B"] });
  });

  it("deliberate", () => {
    const result = deliberate({
      options: [
        { kind: "scenario", id: "coordination", name: "Coordination" },
        { kind: "scenario", id: "oc2", name: "OC 2.0" },
      ],
      participants: [
        { id: "t1", organisation: "aob", sector: "po" },
        { id: "t2", organisation: null, sector: "vo" },
        { id: "t3", sector: "vo" },
      ],
      ballots: [
        { participant: "t1", ranking: ["coordination", "oc2"] },
        { participant: "t2", ranking: ["oc2", "coordination"] },
        { participant: "t3", ranking: ["oc2", "coordination"] },
      ],
      tally: { method: "irv" },
      requirements: [{ kind: "majority", group: "unorganised" }],
    });
    expect(result.overall.winners).toEqual(["oc2"]);
    expect(result.supported).toBe(true);
  });
});
