// Whole results of every counting method, kept in test/deliberation/golden/results-*.json:
// the winners and the ranking, and also every round, transfer, pairwise table, ranked pair
// with its strength and status, and every tie broken by lot, for elections chosen to reach
// the methods' less common paths (cycles, majorities of equal strength, strengths that
// disagree, tied places on ballots, surpluses, exhausted ballots). The textbook and
// differential tests check that the answers are right; these pin every detail of how they
// are reported. After a deliberate change, `npx vitest run test/deliberation/results.golden.test.ts -u`
// writes them again; read the diff.
import { describe, expect, it } from "vitest";
import { apportion, tally, type Election, type TallyOptions } from "../../src/deliberation/public.js";
import { cycle, foodElection, schulzeExample, tennessee } from "./fixtures.js";

/** Winning votes, margins and ratios put a different candidate first (a > b 6:4, b > c 7:6, c > a 8:6). */
function strengths(): Election {
  return {
    candidates: ["a", "b", "c"],
    ballots: [
      { ranking: ["a", "b", "c"], count: 3 },
      { ranking: ["b", "c", "a"], count: 2 },
      { ranking: ["c"], count: 4 },
      { ranking: ["b", "a"], count: 2 },
      { ranking: ["a"], count: 1 },
      { ranking: ["c", "a", "b"], count: 2 },
    ],
  };
}

/** Tied places on ballots, a blank ballot and one that runs out. */
function tiedPlaces(): Election {
  return {
    candidates: ["a", "b", "c", "d"],
    ballots: [
      { ranking: [["a", "b"], "c"], count: 3 },
      { ranking: ["c", ["a", "b"]], count: 2 },
      { ranking: ["b"], count: 2 },
      { ranking: ["d", "c"], count: 2 },
      { ranking: [], count: 1 },
    ],
  };
}

const RANKED: readonly [string, TallyOptions][] = [
  ["plurality", { method: "plurality" }],
  ["two-round", { method: "two-round" }],
  ["irv", { method: "irv" }],
  ["borda", { method: "borda" }],
  ["copeland", { method: "copeland" }],
  ["schulze-winning", { method: "schulze" }],
  ["schulze-margin", { method: "schulze", strength: "margin" }],
  ["schulze-ratio", { method: "schulze", strength: "ratio" }],
  ["ranked-pairs-winning", { method: "ranked-pairs" }],
  ["ranked-pairs-margin", { method: "ranked-pairs", strength: "margin" }],
  ["ranked-pairs-ratio", { method: "ranked-pairs", strength: "ratio" }],
  ["stv-droop-2", { method: "stv", seats: 2 }],
  ["stv-hare-2", { method: "stv", seats: 2, quota: "hare" }],
];

const ELECTIONS: Record<string, () => Election> = { strengths, tiedPlaces, cycle, tennessee, schulze: schulzeExample, food: foodElection };

/** Every ranked method on one election, without a lot and with two different seeds. */
function allResults(election: Election): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, options] of RANKED) {
    out[name] = tally(election, options);
    for (const seed of [1, "council"]) out[`${name}, seed ${seed}`] = tally(election, { ...options, tieBreak: { seed } });
  }
  return out;
}

describe("whole results of the ranked methods", () => {
  for (const [name, election] of Object.entries(ELECTIONS)) {
    it(name, async () => {
      await expect(`${JSON.stringify(allResults(election()), null, 1)}\n`).toMatchFileSnapshot(`golden/results-${name}.json`);
    });
  }
});

describe("whole results of approval, score and majority judgment", () => {
  const candidates = ["a", "b", "c", "d"];
  it("approval with one and two seats, and a tie", async () => {
    const election: Election = { candidates, ballots: [{ approvals: ["a", "b"], count: 3 }, { approvals: ["b", "c"], count: 3 }, { approvals: ["c"], count: 2 }, { approvals: [], count: 1 }] };
    const results = {
      one: tally(election, { method: "approval" }),
      two: tally(election, { method: "approval", seats: 2 }),
      three: tally(election, { method: "approval", seats: 3 }),
      "three, seed 5": tally(election, { method: "approval", seats: 3, tieBreak: { seed: 5 } }),
    };
    await expect(`${JSON.stringify(results, null, 1)}\n`).toMatchFileSnapshot("golden/results-approval.json");
  });

  it("score in the default and in a custom range", async () => {
    const election: Election = { candidates, ballots: [{ scores: { a: 5, b: 3 }, count: 2 }, { scores: { b: 5, c: 1 }, count: 2 }, { scores: { d: 4, a: 1 } }] };
    const negative: Election = { candidates, ballots: [{ scores: { a: -2, b: 2 } }, { scores: { a: 2, c: -2 } }] };
    const results = {
      default: tally(election, { method: "score" }),
      range: tally(negative, { method: "score", scoreRange: { min: -2, max: 2 } }),
      "range, seed 3": tally(negative, { method: "score", scoreRange: { min: -2, max: 2 }, tieBreak: { seed: 3 } }),
    };
    await expect(`${JSON.stringify(results, null, 1)}\n`).toMatchFileSnapshot("golden/results-score.json");
  });

  it("majority judgment with equal medians, an even number of voters and a short scale", async () => {
    const election: Election = {
      candidates,
      ballots: [{ grades: { a: 4, b: 3, c: 3, d: 0 }, count: 3 }, { grades: { a: 2, b: 3, c: 4, d: 1 }, count: 2 }, { grades: { a: 3, b: 2, c: 1, d: 5 }, count: 2 }, { grades: { a: 1 } }],
    };
    const short: Election = { candidates: ["a", "b"], ballots: [{ grades: { a: 2, b: 1 } }, { grades: { a: 0, b: 1 } }] };
    const results = {
      default: tally(election, { method: "majority-judgment" }),
      short: tally(short, { method: "majority-judgment", gradeScale: 3 }),
      "short, seed 9": tally(short, { method: "majority-judgment", gradeScale: 3, tieBreak: { seed: 9 } }),
    };
    await expect(`${JSON.stringify(results, null, 1)}\n`).toMatchFileSnapshot("golden/results-majority-judgment.json");
  });
});

describe("whole apportionments", () => {
  it("every method on even, tied, empty and weightless cases, with and without a lot", async () => {
    const cases: Record<string, [number, Record<string, number>]> = {
      wikipedia: [8, { A: 100000, B: 80000, C: 30000, D: 20000 }],
      "equal remainders": [3, { a: 1, b: 1, c: 1, d: 1 }],
      "one seat, two equal": [1, { a: 5, b: 5, c: 2 }],
      "no weight": [5, { a: 0, b: 0, c: 0 }],
      "no seats": [0, { a: 3, b: 1 }],
      "one party": [4, { a: 7 }],
    };
    const out: Record<string, unknown> = {};
    for (const [name, [seats, weights]] of Object.entries(cases)) {
      for (const method of ["largest-remainder", "dhondt", "sainte-lague"] as const) {
        out[`${name}, ${method}`] = apportion(seats, weights, { method });
        out[`${name}, ${method}, seed 2`] = apportion(seats, weights, { method, tieBreak: { seed: 2 } });
      }
    }
    await expect(`${JSON.stringify(out, null, 1)}\n`).toMatchFileSnapshot("golden/results-apportion.json");
  });
});
