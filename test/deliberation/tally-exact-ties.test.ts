import { describe, expect, it } from "vitest";
import { apportion, tally, TallyError, type RankingBallot, type TallyOptions } from "../../src/deliberation/public.js";
import { below, generator } from "../../src/deliberation/prng.js";

/** Seeded random ballots: each ranks the first `length` candidates of a random order. */
function randomElection(options: number, ballots: number, length: number, seed: number): { candidates: string[]; ballots: RankingBallot[] } {
  const next = generator(seed);
  const candidates = Array.from({ length: options }, (_, i) => `c${i}`);
  const out: RankingBallot[] = [];
  for (let i = 0; i < ballots; i++) {
    const order = [...candidates];
    for (let j = order.length - 1; j > 0; j--) {
      const k = below(next, j + 1);
      [order[j], order[k]] = [order[k] as string, order[j] as string];
    }
    out.push({ ranking: order.slice(0, length) });
  }
  return { candidates, ballots: out };
}

/** The winners under each of `seeds` lots, as sorted lists. */
function winnersByLot(election: { candidates: string[]; ballots: RankingBallot[] }, options: TallyOptions, seeds: number): Set<string> {
  return new Set(Array.from({ length: seeds }, (_, seed) => [...tally(election, { ...options, tieBreak: { seed } }).winners].sort().join(",")));
}

describe("exclusion ties that every lot settles alike", () => {
  const election = randomElection(30, 100, 20, 1);

  it("irv elects the one winner every lot elects, among 30 options and 100 random ballots", () => {
    const lots = winnersByLot(election, { method: "irv" }, 12);
    expect(lots.size).toBe(1);
    const r = tally(election, { method: "irv" });
    expect(r.tie).toBe(false);
    expect([r.winners.join(",")]).toEqual([...lots]);
    expect(r.rounds?.some((round) => round.tie?.resolvedBy === "immaterial")).toBe(true);
  });

  it("stv elects the three winners every lot elects, among 30 options and 100 random ballots", () => {
    const lots = winnersByLot(election, { method: "stv", seats: 3 }, 12);
    expect(lots.size).toBe(1);
    const r = tally(election, { method: "stv", seats: 3 });
    expect(r.tie).toBe(false);
    expect([[...r.winners].sort().join(",")]).toEqual([...lots]);
  });

  it("still reports a real tie with the round it stops at and the candidates tied there", () => {
    const r = tally({ candidates: ["a", "b", "c", "d"], ballots: [{ ranking: ["a"], count: 5 }, { ranking: ["b", "c"], count: 3 }, { ranking: ["c", "b"], count: 3 }, { ranking: ["d"], count: 2 }] }, { method: "irv" });
    expect(r.tie).toBe(true);
    expect(r.winners).toEqual(["b", "c"]);
    expect(r.rounds?.[1]?.tie).toEqual({ among: ["b", "c"], resolvedBy: "unresolved" });
  });
});

describe("weights of any size", () => {
  it("tells counts of 3e-10 and 1e-10 apart", () => {
    const r = tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a"], count: 3e-10 }, { ranking: ["b"], count: 1e-10 }] }, { method: "plurality" });
    expect(r.winners).toEqual(["a"]);
    expect(r.tie).toBe(false);
  });

  it("refuses ballot counts whose totals would overflow, naming the ballots", () => {
    const run = (): unknown => tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a"], count: 1.5e308 }, { ranking: ["b"], count: 1.5e308 }] }, { method: "borda" });
    expect(run).toThrow(TallyError);
    expect(run).toThrow(/ballots: the counts add up to/);
  });

  it("apportions weights near the largest number without NaN seats", () => {
    for (const method of ["largest-remainder", "dhondt", "sainte-lague"] as const) {
      const r = apportion(5, { a: 8e307, b: 6e307, c: 2e307 }, { method });
      expect(Object.values(r.allocation).every((s) => Number.isInteger(s))).toBe(true);
      expect(r.allocation).toEqual(apportion(5, { a: 4, b: 3, c: 1 }, { method }).allocation);
    }
  });

  it("refuses weights whose sum overflows, naming the weights", () => {
    expect(() => apportion(2, { a: 1.5e308, b: 1.5e308 }, { method: "dhondt" })).toThrow(/weights: the weights add up to more than/);
  });
});

describe("ids named like Object.prototype's members", () => {
  const awkward = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty"];

  it("apportion keeps a party named __proto__", () => {
    const r = apportion(4, JSON.parse('{"__proto__":3,"b":1}') as Record<string, number>, { method: "dhondt" });
    expect(Object.keys(r.allocation)).toEqual(["__proto__", "b"]);
    expect(Object.getOwnPropertyDescriptor(r.allocation, "__proto__")?.value).toBe(3);
  });

  it("apportion gives every such party its seats", () => {
    const weights = JSON.parse(`{${awkward.map((id, i) => `"${id}":${i + 1}`).join(",")}}`) as Record<string, number>;
    const r = apportion(15, weights, { method: "largest-remainder" });
    expect(Object.keys(r.allocation)).toEqual(awkward);
    expect(awkward.map((id) => Object.getOwnPropertyDescriptor(r.allocation, id)?.value)).toEqual([1, 2, 3, 4, 5]);
  });
});
