import { describe, expect, it } from "vitest";
import { lotOrder, tally, tallyMethods, type Ballot, type TallyOptions } from "../../src/deliberation/public.js";

const abc = ["a", "b", "c"];

describe("ties in instant-runoff and STV", () => {
  it("reports a tie for exclusion that decides the winner, and stops the count there", () => {
    // b and c tie for last; excluding b elects c, excluding c elects b.
    const r = tally({ candidates: abc, ballots: [{ ranking: ["a"], count: 4 }, { ranking: ["b", "c"], count: 3 }, { ranking: ["c", "b"], count: 3 }] }, { method: "irv" });
    expect(r.tie).toBe(true);
    expect(r.winners).toEqual(["b", "c"]);
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds?.[0]?.tie).toEqual({ among: ["b", "c"], resolvedBy: "unresolved" });
    expect(r.ranking).toEqual([["b", "c"], ["a"]]);
  });

  it("goes on past a tie that every way resolves to the same winner", () => {
    const r = tally({ candidates: abc, ballots: [{ ranking: ["a"], count: 4 }, { ranking: ["b", "a"], count: 3 }, { ranking: ["c", "a"], count: 3 }] }, { method: "irv" });
    expect(r.tie).toBe(false);
    expect(r.winners).toEqual(["a"]);
    expect(r.rounds?.[0]?.tie).toEqual({ among: ["b", "c"], resolvedBy: "immaterial" });
  });

  it("excludes candidates together when even their sum trails the rest", () => {
    const r = tally({ candidates: ["a", "b", "c", "d"], ballots: [{ ranking: ["a"], count: 6 }, { ranking: ["d"], count: 5 }, { ranking: ["b", "d"] }, { ranking: ["c", "d"] }] }, { method: "irv" });
    expect(r.rounds?.[0]?.eliminated).toEqual(["b", "c"]);
    expect(r.rounds?.[0]?.tie?.resolvedBy).toBe("all-together");
    expect(r.winners).toEqual(["d"]);
    expect(r.ranking).toEqual([["d"], ["a"], ["b", "c"]]);
  });

  it("breaks a tie by the latest earlier round where the tied candidates differ", () => {
    const r = tally(
      {
        candidates: ["a", "b", "c", "d"],
        ballots: [
          { ranking: ["a"], count: 10 },
          { ranking: ["b"], count: 6 },
          { ranking: ["c", "b"], count: 5 },
          { ranking: ["d", "b"], count: 1 },
          { ranking: ["d", "c"], count: 2 },
          { ranking: ["d", "a"], count: 1 },
        ],
      },
      { method: "irv" },
    );
    expect(r.rounds?.[1]?.counts).toEqual({ a: 11, b: 7, c: 7 });
    expect(r.rounds?.[1]?.tie).toEqual({ among: ["b", "c"], resolvedBy: "earlier-rounds" });
    expect(r.rounds?.[1]?.eliminated).toEqual(["c"]);
    expect(r.winners).toEqual(["b"]);
    expect(r.rounds?.[2]?.exhausted).toBe(2);
  });

  it("draws the seeded lot for a tie that matters, and records it", () => {
    const election = { candidates: abc, ballots: [{ ranking: ["a"], count: 4 }, { ranking: ["b", "c"], count: 3 }, { ranking: ["c", "b"], count: 3 }] };
    const lot = lotOrder(7, abc);
    const r = tally(election, { method: "irv", tieBreak: { seed: 7 } });
    // The tied candidate that comes later in the lot goes out.
    const excluded = lot.indexOf("b") > lot.indexOf("c") ? "b" : "c";
    expect(r.tie).toBe(false);
    expect(r.rounds?.[0]?.eliminated).toEqual([excluded]);
    expect(r.rounds?.[0]?.tie?.resolvedBy).toBe("lot");
    expect(r.winners).toEqual([excluded === "b" ? "c" : "b"]);
    expect(r.lot).toEqual({ seed: 7, order: lot });
    expect(r.tieBreaks?.[0]).toMatchObject({ stage: "elimination", round: 1 });
  });

  it("reports an STV tie for the last seat", () => {
    const r = tally({ candidates: abc, ballots: [{ ranking: ["a"], count: 4 }, { ranking: ["b"], count: 2 }, { ranking: ["c"], count: 2 }] }, { method: "stv", seats: 2 });
    expect(r.tie).toBe(true);
    expect(r.winners).toEqual(["a", "b", "c"]);
  });

  it("lets candidates without a vote go together in STV when enough remain", () => {
    const r = tally({ candidates: ["a", "b", "c", "d"], ballots: [{ ranking: ["a"], count: 5 }, { ranking: ["b"], count: 2 }] }, { method: "stv", seats: 2 });
    expect(r.winners).toEqual(["a", "b"]);
    expect(r.rounds?.[1]?.eliminated).toEqual(["c", "d"]);
    expect(r.rounds?.[1]?.elected).toEqual(["b"]);
    expect(r.rounds?.flatMap((round) => (round.tie === undefined ? [] : [round.tie.resolvedBy]))).toEqual(["all-together"]);
  });
});

describe("ties elsewhere", () => {
  it("a two-round runoff takes everyone tied for second place", () => {
    const r = tally(
      { candidates: ["a", "b", "c", "d"], ballots: [{ ranking: ["a", "b"], count: 4 }, { ranking: ["b", "a"], count: 3 }, { ranking: ["c", "b"], count: 3 }, { ranking: ["d"], count: 1 }] },
      { method: "two-round" },
    );
    expect(r.rounds?.[0]?.eliminated).toEqual(["d"]);
    expect(Object.keys(r.rounds?.[1]?.counts ?? {})).toEqual(["a", "b", "c"]);
    expect(r.winners).toEqual(["a"]);
  });

  it("a tie in the runoff stays a tie without a lot", () => {
    const r = tally({ candidates: ["a", "b", "c"], ballots: [{ ranking: ["a"], count: 3 }, { ranking: ["b"], count: 3 }, { ranking: ["c", "b"] }, { ranking: ["c", "a"] }] }, { method: "two-round" });
    expect(r.tie).toBe(true);
    expect(r.winners).toEqual(["a", "b"]);
    expect(r.rounds?.[1]?.tie).toEqual({ among: ["a", "b"], resolvedBy: "unresolved" });
  });

  it("plurality splits a tied first place equally", () => {
    const r = tally({ candidates: abc, ballots: [{ ranking: [["a", "b"], "c"] }, { ranking: ["a"] }] }, { method: "plurality" });
    expect(r.totals).toEqual({ a: 1.5, b: 0.5, c: 0 });
  });

  it("Borda gives tied and left-off candidates the average of their places' points", () => {
    const r = tally({ candidates: ["a", "b", "c", "d"], ballots: [{ ranking: [["a", "b"]] }] }, { method: "borda" });
    expect(r.totals).toEqual({ a: 2.5, b: 2.5, c: 0.5, d: 0.5 });
  });

  it("approval with seats reports a tie at the last seat", () => {
    const r = tally({ candidates: abc, ballots: [{ approvals: ["a", "b"] }, { approvals: ["a", "c"] }] }, { method: "approval", seats: 2 });
    expect(r.tie).toBe(true);
    expect(r.winners).toEqual(["a", "b", "c"]);
    const settled = tally({ candidates: abc, ballots: [{ approvals: ["a", "b"] }, { approvals: ["a", "c"] }] }, { method: "approval", seats: 2, tieBreak: { seed: "council" } });
    const lot = lotOrder("council", abc);
    expect(settled.winners).toEqual(["a", lot.indexOf("b") < lot.indexOf("c") ? "b" : "c"]);
    expect(settled.tie).toBe(false);
  });
});

describe("the seeded lot", () => {
  it("is the same for the same seed and differs between seeds for some seed", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    expect(lotOrder(42, ids)).toEqual(lotOrder(42, ids));
    expect(lotOrder("x", ids)).toEqual(lotOrder("x", ids));
    const orders = new Set(Array.from({ length: 20 }, (_, s) => lotOrder(s, ids).join()));
    expect(orders.size).toBeGreaterThan(10);
    expect([...lotOrder(3, ids)].sort()).toEqual(ids);
  });

  it("follows its documented recipe, redone here from the description with BigInt arithmetic", () => {
    const M = 2n ** 32n;
    const mul = (x: bigint, y: bigint): bigint => (x * y) % M;
    const fmix = (s: bigint): bigint => {
      let z = s;
      z = mul(z ^ (z >> 16n), 0x85ebca6bn);
      z = mul(z ^ (z >> 13n), 0xc2b2ae35n);
      return z ^ (z >> 16n);
    };
    const redo = (seed: number | string, ids: string[]): string[] => {
      let state = 0n;
      if (typeof seed === "number") state = BigInt(seed);
      else {
        state = 0x811c9dc5n;
        for (let i = 0; i < seed.length; i++) state = mul(state ^ BigInt(seed.charCodeAt(i)), 0x01000193n);
      }
      const draw = (k: number): number => {
        const limit = (M / BigInt(k)) * BigInt(k);
        for (;;) {
          state = (state + 0x9e3779b9n) % M;
          const x = fmix(state);
          if (x < limit) return Number(x % BigInt(k));
        }
      };
      const order = [...ids];
      for (let i = order.length - 1; i > 0; i--) {
        const j = draw(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return order;
    };
    const ids = ["a", "b", "c", "d", "e", "f", "g"];
    for (const seed of [0, 1, 2025, 4294967295, "", "lerarenberaad", "2026-03-01 Utrecht"]) {
      expect(lotOrder(seed, ids), String(seed)).toEqual(redo(seed, ids));
    }
  });

  it("rejects a seed that is not a whole number in range", () => {
    expect(() => lotOrder(-1, ["a"])).toThrow(/^lotOrder: /);
    expect(() => lotOrder(1.5, ["a"])).toThrow(/^lotOrder: /);
  });

  it("breaks every tie of a fully tied election, whatever the method", () => {
    const ballots: Record<string, Ballot[]> = {
      ranking: [{ ranking: [["a", "b", "c"]] }],
      approvals: [{ approvals: ["a", "b", "c"] }],
      scores: [{ scores: { a: 1, b: 1, c: 1 } }],
      grades: [{ grades: { a: 1, b: 1, c: 1 } }],
    };
    const formOf = (m: string): string => (m === "approval" ? "approvals" : m === "score" ? "scores" : m === "majority-judgment" ? "grades" : "ranking");
    const lot = lotOrder(99, abc);
    for (const method of tallyMethods) {
      const options: TallyOptions = { method, tieBreak: { seed: 99 } };
      const r = tally({ candidates: abc, ballots: ballots[formOf(method)]! }, options);
      expect(r.tie, method).toBe(false);
      expect(r.winners, method).toHaveLength(1);
      expect(r.ranking.every((g) => g.length === 1), method).toBe(true);
      if (!["irv", "stv", "two-round"].includes(method)) expect(r.ranking.flat(), method).toEqual(lot);
      const unseeded = tally({ candidates: abc, ballots: ballots[formOf(method)]! }, { method });
      expect(unseeded.tie, method).toBe(true);
      expect(unseeded.winners, method).toEqual(abc);
    }
  });
});

describe("elections without votes", () => {
  it("an election with no ballots is valid and has no winner", () => {
    for (const method of tallyMethods) {
      const r = tally({ candidates: abc, ballots: [] }, { method });
      expect(r.winners, method).toEqual([]);
      expect(r.tie, method).toBe(false);
      expect(r.ranking, method).toEqual([abc]);
      expect(r.voters, method).toBe(0);
    }
  });

  it("blank ballots and ballots of weight 0 count for nobody", () => {
    const r = tally({ candidates: abc, ballots: [{ ranking: [] }, { ranking: ["a"], count: 0 }] }, { method: "irv" });
    expect(r.winners).toEqual([]);
    expect(r.blank).toBe(1);
    const withOne = tally({ candidates: abc, ballots: [{ ranking: [] }, { ranking: ["b"] }] }, { method: "two-round" });
    expect(withOne.winners).toEqual(["b"]);
    expect(withOne.voters).toBe(2);
  });

  it("an election without candidates has no winner", () => {
    expect(tally({ candidates: [], ballots: [] }, { method: "borda" }).ranking).toEqual([]);
  });
});
