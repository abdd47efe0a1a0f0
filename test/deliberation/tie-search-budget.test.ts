import { describe, expect, it } from "vitest";
import { TallyError, tally, type TallyMethod } from "../../src/council.js";

/** 30 options, 100 ballots each ranking 20 of them, shuffled by a small seeded generator. */
function wideElection(seed: number): { candidates: string[]; ballots: { ranking: string[] }[] } {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const candidates = Array.from({ length: 30 }, (_, i) => `c${i}`);
  const ballots = Array.from({ length: 100 }, () => {
    const order = [...candidates];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    return { ranking: order.slice(0, 20) };
  });
  return { candidates, ballots };
}

function lotWinners(election: ReturnType<typeof wideElection>, method: TallyMethod, seats: number, lots: number): Set<string> {
  const seen = new Set<string>();
  for (let seed = 0; seed < lots; seed++) {
    const settings = method === "stv" ? { method, seats, tieBreak: { seed } } : { method, tieBreak: { seed } };
    seen.add([...tally(election, settings).winners].sort().join(","));
  }
  return seen;
}

describe("deciding whether an exclusion tie matters", () => {
  it("decides an IRV election whose exclusion ties every lot settles alike, however many ways out there are", () => {
    const election = wideElection(2);
    const result = tally(election, { method: "irv" });
    expect(result.tie).toBe(false);
    expect(lotWinners(election, "irv", 1, 12)).toEqual(new Set([result.winners.join(",")]));
  });

  it("refuses, asking for a seed, when deciding would take more than its budget of work", () => {
    const election = wideElection(2);
    const refusal = (() => {
      try {
        tally(election, { method: "stv", seats: 3 });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(TallyError);
    expect((refusal as TallyError).issues[0]?.code).toBe("undecidable_tie");
    expect((refusal as TallyError).issues[0]?.path).toEqual(["options", "tieBreak"]);
    // With a seed the same election is counted.
    expect(tally(election, { method: "stv", seats: 3, tieBreak: { seed: 1 } }).winners).toHaveLength(3);
  });
});
