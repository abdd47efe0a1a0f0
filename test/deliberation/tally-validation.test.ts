import { describe, expect, it } from "vitest";
import { tally, TallyError, type Election, type TallyOptions } from "../../src/deliberation/public.js";
import { tennessee } from "./fixtures.js";

function issuesOf(election: unknown, options: unknown): { code: string; path: (string | number)[]; message: string }[] {
  try {
    tally(election as Election, options as TallyOptions);
  } catch (error) {
    if (error instanceof TallyError) return error.issues.map((i) => ({ code: i.code, path: [...i.path], message: i.message }));
    throw error;
  }
  throw new Error("expected the election to be rejected");
}

const ab = ["a", "b"];

describe("bad ballots are named by index and problem", () => {
  const rows: [string, unknown, unknown, string, (string | number)[]][] = [
    ["an unknown candidate", { candidates: ab, ballots: [{ ranking: ["a"] }, { ranking: ["a", "x"] }] }, { method: "irv" }, "unknown_candidate", ["ballots", 1, "ranking", 1]],
    ["an unknown candidate in a tie", { candidates: ab, ballots: [{ ranking: [["a", "x"]] }] }, { method: "borda" }, "unknown_candidate", ["ballots", 0, "ranking", 0, 1]],
    ["a candidate ranked twice", { candidates: ab, ballots: [{ ranking: ["a", ["b", "a"]] }] }, { method: "schulze" }, "duplicate_candidate", ["ballots", 0, "ranking", 1, 1]],
    ["a candidate approved twice", { candidates: ab, ballots: [{ approvals: ["b", "b"] }] }, { method: "approval" }, "duplicate_candidate", ["ballots", 0, "approvals", 1]],
    ["a negative count", { candidates: ab, ballots: [{ ranking: ["a"], count: -2 }] }, { method: "plurality" }, "negative_count", ["ballots", 0, "count"]],
    ["a count that is not a number", { candidates: ab, ballots: [{ ranking: ["a"], count: "3" }] }, { method: "plurality" }, "invalid_type", ["ballots", 0, "count"]],
    ["a score above the range", { candidates: ab, ballots: [{ scores: { a: 11 } }] }, { method: "score" }, "score_out_of_range", ["ballots", 0, "scores", "a"]],
    ["a score below a custom range", { candidates: ab, ballots: [{ scores: { b: -6 } }] }, { method: "score", scoreRange: { min: -5, max: 5 } }, "score_out_of_range", ["ballots", 0, "scores", "b"]],
    ["a score for an unknown candidate", { candidates: ab, ballots: [{ scores: { z: 1 } }] }, { method: "score" }, "unknown_candidate", ["ballots", 0, "scores", "z"]],
    ["a grade out of the scale", { candidates: ab, ballots: [{ grades: { a: 6 } }] }, { method: "majority-judgment" }, "grade_out_of_range", ["ballots", 0, "grades", "a"]],
    ["a grade that is not whole", { candidates: ab, ballots: [{ grades: { a: 1.5 } }] }, { method: "majority-judgment" }, "not_integer", ["ballots", 0, "grades", "a"]],
    ["a ranking for approval", { candidates: ab, ballots: [{ approvals: ["a"] }, { ranking: ["a"] }] }, { method: "approval" }, "wrong_ballot_form", ["ballots", 1]],
    ["scores for a ranked method", { candidates: ab, ballots: [{ scores: { a: 1 } }] }, { method: "stv" }, "wrong_ballot_form", ["ballots", 0]],
    ["a ballot with two forms", { candidates: ab, ballots: [{ ranking: ["a"], approvals: ["a"] }] }, { method: "irv" }, "invalid_ballot", ["ballots", 0]],
    ["a ballot that is not an object", { candidates: ab, ballots: ["a"] }, { method: "irv" }, "invalid_ballot", ["ballots", 0]],
    ["a ballot with an unknown key", { candidates: ab, ballots: [{ ranking: ["a"], weight: 2 }] }, { method: "irv" }, "unknown_key", ["ballots", 0, "weight"]],
    ["a ranking entry that is a number", { candidates: ab, ballots: [{ ranking: [1] }] }, { method: "irv" }, "invalid_union", ["ballots", 0, "ranking", 0]],
    ["an empty tie group", { candidates: ab, ballots: [{ ranking: [[]] }] }, { method: "irv" }, "too_small", ["ballots", 0, "ranking", 0]],
    ["a candidate listed twice", { candidates: ["a", "a"], ballots: [] }, { method: "irv" }, "duplicate_candidate", ["candidates", 1]],
    ["an empty candidate id", { candidates: [""], ballots: [] }, { method: "irv" }, "too_small", ["candidates", 0]],
    ["an unknown method", { candidates: ab, ballots: [] }, { method: "coin-toss" }, "invalid_value", ["options", "method"]],
    ["seats for a single-winner method", { candidates: ab, ballots: [] }, { method: "irv", seats: 2 }, "option_not_applicable", ["options", "seats"]],
    ["a score range without 0", { candidates: ab, ballots: [] }, { method: "score", scoreRange: { min: 1, max: 5 } }, "invalid_score_range", ["options", "scoreRange"]],
    ["zero seats", { candidates: ab, ballots: [] }, { method: "stv", seats: 0 }, "too_small", ["options", "seats"]],
    ["a negative seed", { candidates: ab, ballots: [] }, { method: "irv", tieBreak: { seed: -1 } }, "negative_number", ["options", "tieBreak", "seed"]],
  ];

  for (const [name, election, options, code, path] of rows) {
    it(`rejects ${name}`, () => {
      const issues = issuesOf(election, options);
      expect(issues.map((i) => i.code)).toContain(code);
      const issue = issues.find((i) => i.code === code);
      expect(issue?.path).toEqual(path);
    });
  }

  it("names the offending candidate and ballot in the message", () => {
    const [issue] = issuesOf({ candidates: ab, ballots: [{ ranking: ["a"] }, { ranking: ["x"] }] }, { method: "irv" });
    expect(issue?.message).toBe('ballots[1].ranking[0]: "x" is not a candidate in this election');
  });

  it("reports every bad ballot, in ballot order, and says how often an identical one occurs", () => {
    const issues = issuesOf(
      { candidates: ab, ballots: [{ ranking: ["x"] }, { ranking: ["a"], count: -1 }, { ranking: ["x"] }, { approvals: ["a"] }] },
      { method: "irv" },
    );
    expect(issues.map((i) => [i.code, i.path[1]])).toEqual([
      ["unknown_candidate", 0],
      ["negative_count", 1],
      ["wrong_ballot_form", 3],
    ]);
    expect(issues[0]?.message).toContain("occurs 2 times");
  });

  it("throws an error whose message starts with the function name and lists the problems", () => {
    expect(() => tally({ candidates: ab, ballots: [{ ranking: ["x"] }] }, { method: "irv" })).toThrow(/^tally: 1 problem found\n- ballots\[0\]\.ranking\[0\]: "x"/);
  });

  it("never merges a bad ballot into a good one that looks alike", () => {
    const candidates = ["a", "b", "a\u0000b"];
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: ["a", "b"] }, { ranking: ["a\u0000b"] }] }, { method: "irv" }).map((i) => i.path)).toEqual([["ballots", 1, "ranking", 0]]);
    expect(issuesOf({ candidates: ab, ballots: [{ ranking: [] }, { ranking: [""] }] }, { method: "irv" }).map((i) => i.path)).toEqual([["ballots", 1, "ranking", 0]]);
    const r = tally({ candidates, ballots: [{ ranking: ["a", "b"] }, { ranking: ["a\u0000b"] }, { ranking: [["a", "b"]] }] }, { method: "plurality" });
    expect(r.totals).toEqual({ a: 1.5, b: 0.5, "a\u0000b": 1 });
    expect(r.distinctBallots).toBe(3);
  });

  it("rejects a missing election shape", () => {
    expect(issuesOf({ ballots: [] }, { method: "irv" }).map((i) => i.code)).toEqual(["missing_field"]);
    expect(issuesOf({ candidates: [] }, { method: "irv" }).map((i) => [i.code, i.path])).toEqual([["missing_field", ["ballots"]]]);
    expect(issuesOf({ candidates: [], ballots: {} }, { method: "irv" }).map((i) => [i.code, i.path])).toEqual([["invalid_type", ["ballots"]]]);
  });
});

describe("inputs stay untouched", () => {
  it("counts frozen input and leaves it as it was", () => {
    const election = tennessee();
    const before = structuredClone(election);
    const frozen = Object.freeze({ ...election, ballots: Object.freeze(election.ballots.map((b) => Object.freeze(b))) });
    expect(tally(frozen, { method: "stv" }).winners).toEqual(["knoxville"]);
    expect(election).toEqual(before);
  });

  it("accepts ballots that are not plain objects through the schema path", () => {
    class RankingBallot {
      constructor(readonly ranking: string[]) {}
    }
    const r = tally({ candidates: ab, ballots: [new RankingBallot(["b"]), { ranking: ["b"] }, { ranking: ["a"], count: undefined }] as never }, { method: "plurality" });
    expect(r.totals).toEqual({ a: 1, b: 2 });
    expect(r.distinctBallots).toBe(2);
  });
});
