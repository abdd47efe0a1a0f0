import type { Election } from "../../src/deliberation/public.js";

/**
 * The Tennessee capital example (Wikipedia, "Instant-runoff voting", "Borda count",
 * "Copeland's method", "Ranked pairs", "Two-round system"; electowiki, "Effects of different
 * voting systems under similar circumstances"): 100 voters in four cities.
 */
export function tennessee(): Election {
  return {
    candidates: ["memphis", "nashville", "chattanooga", "knoxville"],
    ballots: [
      { ranking: ["memphis", "nashville", "chattanooga", "knoxville"], count: 42 },
      { ranking: ["nashville", "chattanooga", "knoxville", "memphis"], count: 26 },
      { ranking: ["chattanooga", "knoxville", "nashville", "memphis"], count: 15 },
      { ranking: ["knoxville", "chattanooga", "nashville", "memphis"], count: 17 },
    ],
  };
}

/** Markus Schulze's example (Wikipedia, "Schulze method", the 45-voter example with candidates A to E). */
export function schulzeExample(): Election {
  const rows: [string, number][] = [
    ["ACBED", 5],
    ["ADECB", 5],
    ["BEDAC", 8],
    ["CABED", 3],
    ["CAEBD", 7],
    ["CBADE", 2],
    ["DCEBA", 7],
    ["EBADC", 8],
  ];
  return { candidates: ["A", "B", "C", "D", "E"], ballots: rows.map(([order, count]) => ({ ranking: order.split(""), count })) };
}

/** The food election of Wikipedia's "Single transferable vote" article: 20 guests, 3 dishes to serve. */
export function foodElection(): Election {
  return {
    candidates: ["oranges", "pears", "chocolate", "strawberries", "hamburgers"],
    ballots: [
      { ranking: ["oranges"], count: 4 },
      { ranking: ["pears", "oranges"], count: 2 },
      { ranking: ["chocolate", "strawberries"], count: 8 },
      { ranking: ["chocolate", "hamburgers"], count: 4 },
      { ranking: ["strawberries"], count: 1 },
      { ranking: ["hamburgers"], count: 1 },
    ],
  };
}

/** Three ballots in a perfect cycle: a > b > c, b > c > a, c > a > b. */
export function cycle(): Election {
  return {
    candidates: ["a", "b", "c"],
    ballots: [{ ranking: ["a", "b", "c"] }, { ranking: ["b", "c", "a"] }, { ranking: ["c", "a", "b"] }],
  };
}
