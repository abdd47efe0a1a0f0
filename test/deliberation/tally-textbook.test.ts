import { beforeEach, describe, expect, it } from "vitest";
import { tally, type TallyResult } from "../../src/deliberation/public.js";
import { cycle, foodElection, schulzeExample, tennessee } from "./fixtures.js";

describe("the Tennessee capital example", () => {
  it("plurality elects Memphis with 42 first preferences (Wikipedia, First-past-the-post)", () => {
    const r = tally(tennessee(), { method: "plurality" });
    expect(r.winners).toEqual(["memphis"]);
    expect(r.totals).toEqual({ memphis: 42, nashville: 26, chattanooga: 15, knoxville: 17 });
    expect(r.ranking).toEqual([["memphis"], ["nashville"], ["knoxville"], ["chattanooga"]]);
    expect(r.tie).toBe(false);
  });

  it("the two-round system sends Memphis and Nashville to a runoff that Nashville wins 58 to 42 (Wikipedia, Two-round system)", () => {
    const r = tally(tennessee(), { method: "two-round" });
    expect(r.winners).toEqual(["nashville"]);
    expect(r.rounds?.map((round) => round.counts)).toEqual([
      { memphis: 42, nashville: 26, chattanooga: 15, knoxville: 17 },
      { memphis: 42, nashville: 58 },
    ]);
    expect(r.rounds?.[0]?.eliminated).toEqual(["chattanooga", "knoxville"]);
    expect(r.rounds?.[1]?.elected).toEqual(["nashville"]);
  });

  it("instant-runoff excludes Chattanooga, then Nashville, and Knoxville wins 58 to 42 (Wikipedia, Instant-runoff voting)", () => {
    const r = tally(tennessee(), { method: "irv" });
    expect(r.winners).toEqual(["knoxville"]);
    expect(r.rounds?.map((round) => round.counts)).toEqual([
      { memphis: 42, nashville: 26, chattanooga: 15, knoxville: 17 },
      { memphis: 42, nashville: 26, knoxville: 32 },
      { memphis: 42, knoxville: 58 },
    ]);
    expect(r.rounds?.map((round) => round.eliminated)).toEqual([["chattanooga"], ["nashville"], []]);
    expect(r.rounds?.[1]?.transfer).toEqual({ kind: "elimination", from: ["chattanooga"] });
    expect(r.ranking).toEqual([["knoxville"], ["memphis"], ["nashville"], ["chattanooga"]]);
  });

  it("the Borda count gives Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107 (Wikipedia, Borda count)", () => {
    const r = tally(tennessee(), { method: "borda" });
    expect(r.totals).toEqual({ memphis: 126, nashville: 194, chattanooga: 173, knoxville: 107 });
    expect(r.ranking).toEqual([["nashville"], ["chattanooga"], ["memphis"], ["knoxville"]]);
  });

  it("Copeland: Nashville beats all three, Chattanooga two, Knoxville one (Wikipedia, Copeland's method)", () => {
    const r = tally(tennessee(), { method: "copeland" });
    expect(r.totals).toEqual({ memphis: -3, nashville: 3, chattanooga: 1, knoxville: -1 });
    expect(r.winners).toEqual(["nashville"]);
    expect(r.pairwise?.["nashville"]?.["memphis"]).toBe(58);
    expect(r.pairwise?.["memphis"]?.["nashville"]).toBe(42);
    expect(r.pairwise?.["chattanooga"]?.["knoxville"]).toBe(83);
  });

  it("ranked pairs locks every majority and ranks Nashville > Chattanooga > Knoxville > Memphis (Wikipedia, Ranked pairs)", () => {
    const r = tally(tennessee(), { method: "ranked-pairs" });
    expect(r.ranking).toEqual([["nashville"], ["chattanooga"], ["knoxville"], ["memphis"]]);
    const pairs = r.pairs ?? [];
    expect(pairs[0]).toEqual({ winner: "chattanooga", loser: "knoxville", for: 83, against: 17, strength: 83, status: "locked" });
    expect(pairs.slice(1, 3).map((p) => `${p.winner}>${p.loser}`).sort()).toEqual(["nashville>chattanooga", "nashville>knoxville"]);
    expect(pairs.slice(3).map((p) => p.strength)).toEqual([58, 58, 58]);
    expect(pairs.every((p) => p.status === "locked")).toBe(true);
  });

  it("Schulze elects the Condorcet winner, Nashville", () => {
    const r = tally(tennessee(), { method: "schulze" });
    expect(r.ranking).toEqual([["nashville"], ["chattanooga"], ["knoxville"], ["memphis"]]);
  });

  it("approval, each group approving its two nearest cities: Nashville 68, Chattanooga 58, Memphis 42, Knoxville 32 (Wikipedia, Approval voting)", () => {
    const r = tally(
      {
        candidates: ["memphis", "nashville", "chattanooga", "knoxville"],
        ballots: [
          { approvals: ["memphis", "nashville"], count: 42 },
          { approvals: ["nashville", "chattanooga"], count: 26 },
          { approvals: ["chattanooga", "knoxville"], count: 15 },
          { approvals: ["knoxville", "chattanooga"], count: 17 },
        ],
      },
      { method: "approval" },
    );
    expect(r.totals).toEqual({ memphis: 42, nashville: 68, chattanooga: 58, knoxville: 32 });
    expect(r.winners).toEqual(["nashville"]);
  });

  it("score voting on 0-10 by distance: Nashville 603, Chattanooga 457, Memphis 420, Knoxville 312 (Wikipedia, Score voting)", () => {
    const r = tally(
      {
        candidates: ["memphis", "nashville", "chattanooga", "knoxville"],
        ballots: [
          { scores: { memphis: 10, nashville: 4, chattanooga: 2, knoxville: 0 }, count: 42 },
          { scores: { memphis: 0, nashville: 10, chattanooga: 4, knoxville: 2 }, count: 26 },
          { scores: { memphis: 0, nashville: 6, chattanooga: 10, knoxville: 6 }, count: 15 },
          { scores: { nashville: 5, chattanooga: 7, knoxville: 10 }, count: 17 },
        ],
      },
      { method: "score" },
    );
    expect(r.totals).toEqual({ memphis: 420, nashville: 603, chattanooga: 457, knoxville: 312 });
    expect(r.ranking).toEqual([["nashville"], ["chattanooga"], ["memphis"], ["knoxville"]]);
  });
});

describe("Schulze's own example (Wikipedia, Schulze method: 45 voters, A to E)", () => {
  // Computed before each test, not when the file is collected, so that mutation testing knows which tests run which code.
  let r: TallyResult;
  beforeEach(() => {
    r = tally(schulzeExample(), { method: "schulze" });
  });

  it("counts the pairwise preferences of the article's matrix", () => {
    expect(r.pairwise).toEqual({
      A: { B: 20, C: 26, D: 30, E: 22 },
      B: { A: 25, C: 16, D: 33, E: 18 },
      C: { A: 19, B: 29, D: 17, E: 24 },
      D: { A: 15, B: 12, C: 28, E: 14 },
      E: { A: 23, B: 27, C: 21, D: 31 },
    });
  });

  it("finds the article's strongest paths", () => {
    expect(r.strongestPaths).toEqual({
      A: { B: 28, C: 28, D: 30, E: 24 },
      B: { A: 25, C: 28, D: 33, E: 24 },
      C: { A: 25, B: 29, D: 29, E: 24 },
      D: { A: 25, B: 28, C: 28, E: 24 },
      E: { A: 25, B: 28, C: 28, D: 31 },
    });
  });

  it("ranks E > A > C > B > D", () => {
    expect(r.ranking).toEqual([["E"], ["A"], ["C"], ["B"], ["D"]]);
    expect(r.winners).toEqual(["E"]);
  });

  it("gives the same winner with margins", () => {
    expect(tally(schulzeExample(), { method: "schulze", strength: "margin" }).winners).toEqual(["E"]);
  });
});

describe("the food election (Wikipedia, Single transferable vote: 20 guests, 3 seats, Droop quota 6)", () => {
  let r: TallyResult;
  beforeEach(() => {
    r = tally(foodElection(), { method: "stv", seats: 3 });
  });

  it("elects Chocolate, Oranges and Strawberries", () => {
    expect(r.winners).toEqual(["chocolate", "oranges", "strawberries"]);
    expect(r.quota).toBe(6);
    expect(r.tie).toBe(false);
  });

  it("shows the article's four rounds", () => {
    expect(r.rounds?.map((round) => round.counts)).toEqual([
      { oranges: 4, pears: 2, chocolate: 12, strawberries: 1, hamburgers: 1 },
      { oranges: 4, pears: 2, chocolate: 6, strawberries: 5, hamburgers: 3 },
      { oranges: 6, chocolate: 6, strawberries: 5, hamburgers: 3 },
      { oranges: 6, chocolate: 6, strawberries: 5, hamburgers: 3 },
    ]);
    expect(r.rounds?.map((round) => [round.elected, round.eliminated])).toEqual([
      [["chocolate"], []],
      [[], ["pears"]],
      [["oranges"], []],
      [["strawberries"], ["hamburgers"]],
    ]);
  });

  it("moves Chocolate's surplus at half value (surplus 6 of 12)", () => {
    expect(r.rounds?.[1]?.transfer).toEqual({ kind: "surplus", from: ["chocolate"], factors: { chocolate: 0.5 } });
    expect(r.rounds?.[2]?.transfer).toEqual({ kind: "elimination", from: ["pears"] });
  });

  it("under the Hare quota (20 / 3, worked by hand) elects the same three", () => {
    const hare = tally(foodElection(), { method: "stv", seats: 3, quota: "hare" });
    expect(hare.quota).toBeCloseTo(20 / 3, 12);
    expect(hare.winners).toEqual(["chocolate", "oranges", "strawberries"]);
    expect(hare.rounds?.[1]?.counts["strawberries"]).toBeCloseTo(1 + 8 * ((12 - 20 / 3) / 12), 12);
  });

  it("with one seat behaves as instant-runoff on the Tennessee example", () => {
    const one = tally(tennessee(), { method: "stv" });
    expect(one.winners).toEqual(["knoxville"]);
    expect(one.quota).toBe(51);
  });
});

describe("majority judgment", () => {
  it("elects C on its median grade Good over the Condorcet winner B at Fair (Wikipedia, Condorcet criterion)", () => {
    // Grades: 0 poor, 1 fair, 2 good, 3 very good, 4 excellent.
    const r = tally(
      {
        candidates: ["A", "B", "C"],
        ballots: [
          { grades: { A: 4, B: 1, C: 0 }, count: 35 },
          { grades: { A: 0, B: 1, C: 4 }, count: 34 },
          { grades: { A: 1, B: 4, C: 2 }, count: 31 },
        ],
      },
      { method: "majority-judgment", gradeScale: 5 },
    );
    expect(r.winners).toEqual(["C"]);
    expect(r.totals).toEqual({ A: 1, B: 1, C: 2 });
    expect(r.merits?.["B"]).toEqual({ distribution: [0, 69, 0, 0, 31], majorityGrade: 1, above: 0.31, below: 0 });
  });

  it("separates equal medians by taking the median grade away (Wikipedia, Majority judgment: X over Y)", () => {
    // X: Good, Good, Fair, Poor; Y: Excellent, Fair, Fair, Fair. Both have the median Fair.
    const r = tally(
      {
        candidates: ["Y", "X"],
        ballots: [
          { grades: { X: 2, Y: 3 } },
          { grades: { X: 2, Y: 1 } },
          { grades: { X: 1, Y: 1 } },
          { grades: { X: 0, Y: 1 } },
        ],
      },
      { method: "majority-judgment", gradeScale: 4 },
    );
    expect(r.totals).toEqual({ Y: 1, X: 1 });
    expect(r.ranking).toEqual([["X"], ["Y"]]);
  });

  it("ties only identical grade distributions", () => {
    const r = tally({ candidates: ["a", "b"], ballots: [{ grades: { a: 5, b: 2 } }, { grades: { a: 2, b: 5 } }] }, { method: "majority-judgment" });
    expect(r.tie).toBe(true);
    expect(r.winners).toEqual(["a", "b"]);
  });
});

describe("a perfect cycle", () => {
  it("ties all three under Copeland and Schulze", () => {
    for (const method of ["copeland", "schulze"] as const) {
      const r = tally(cycle(), { method });
      expect(r.tie).toBe(true);
      expect(r.ranking).toEqual([["a", "b", "c"]]);
    }
  });

  it("leaves equally strong majorities of a cycle unlocked under ranked pairs", () => {
    const r = tally(cycle(), { method: "ranked-pairs" });
    expect(r.pairs?.map((p) => p.status)).toEqual(["tied-cycle", "tied-cycle", "tied-cycle"]);
    expect(r.winners).toEqual(["a", "b", "c"]);
    expect(r.tie).toBe(true);
  });

  it("with a lot, locks the majorities in lot order and elects one", () => {
    const r = tally(cycle(), { method: "ranked-pairs", tieBreak: { seed: 1 } });
    expect(r.tie).toBe(false);
    expect(r.winners).toHaveLength(1);
    expect(r.pairs?.filter((p) => p.status === "locked")).toHaveLength(2);
    expect(r.tieBreaks?.[0]?.stage).toBe("pairs");
  });
});
