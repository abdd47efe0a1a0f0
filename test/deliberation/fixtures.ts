/**
 * Fixtures of the deliberation tests: textbook elections with known results, and fast-check
 * arbitraries of candidates, rankings and elections.
 */
import type { Ballot, Election, RankingEntry, TallyMethod } from "../../src/deliberation/public.js";
import fc from "fast-check";

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

/** Candidate ids c0 .. c(n-1). */
export function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `c${i}`);
}

/** A ranking over some of the candidates, with ties. */
export function rankingOf(candidates: readonly string[]): fc.Arbitrary<RankingEntry[]> {
  return fc
    .tuple(fc.shuffledSubarray([...candidates]), fc.array(fc.boolean(), { minLength: candidates.length, maxLength: candidates.length }))
    .map(([order, joins]) => {
      const out: string[][] = [];
      order.forEach((c, i) => {
        const last = out[out.length - 1];
        if (last !== undefined && joins[i] === true) last.push(c);
        else out.push([c]);
      });
      return out.map((group) => (group.length === 1 ? (group[0] as string) : group));
    });
}

/** A strict ranking of every candidate. */
export function completeRanking(candidates: readonly string[]): fc.Arbitrary<string[]> {
  return fc.shuffledSubarray([...candidates], { minLength: candidates.length, maxLength: candidates.length });
}

const count = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });

function withCount<T extends object>(content: fc.Arbitrary<T>): fc.Arbitrary<Ballot> {
  return fc.tuple(content, count).map(([c, n]) => (n === undefined ? c : { ...c, count: n }) as Ballot);
}

/** A ballot of the form the method counts. */
export function ballotFor(method: TallyMethod, candidates: readonly string[]): fc.Arbitrary<Ballot> {
  if (method === "approval") return withCount(fc.subarray([...candidates]).map((approvals) => ({ approvals })));
  if (method === "score" || method === "majority-judgment") {
    const top = method === "score" ? 10 : 5;
    const values = fc.subarray([...candidates]).chain((chosen) =>
      fc.array(fc.integer({ min: 0, max: top }), { minLength: chosen.length, maxLength: chosen.length }).map((vs) => Object.fromEntries(chosen.map((c, i) => [c, vs[i] as number]))),
    );
    return withCount(values.map((v) => (method === "score" ? { scores: v } : { grades: v })));
  }
  return withCount(rankingOf(candidates).map((ranking) => ({ ranking })));
}

/** An election of 2 to 5 candidates and up to 25 ballots for the method. */
export function electionFor(method: TallyMethod, maxBallots = 25): fc.Arbitrary<Election> {
  return fc.integer({ min: 2, max: 5 }).chain((n) => {
    const candidates = ids(n);
    return fc.array(ballotFor(method, candidates), { maxLength: maxBallots }).map((ballots) => ({ candidates, ballots }));
  });
}

/** `d[a][b]` for ranked ballots: the weight ranking a above b, left-off candidates tied below. */
export function pairwise(election: Election): number[][] {
  const n = election.candidates.length;
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const ballot of election.ballots) {
    if (!("ranking" in ballot)) continue;
    const place = new Map<string, number>();
    ballot.ranking.forEach((entry, i) => {
      for (const c of typeof entry === "string" ? [entry] : entry) place.set(c, i);
    });
    const at = (c: string): number => place.get(c) ?? ballot.ranking.length;
    election.candidates.forEach((a, i) => {
      election.candidates.forEach((b, j) => {
        if (at(a) < at(b)) d[i]![j]! += ballot.count ?? 1;
      });
    });
  }
  return d;
}
