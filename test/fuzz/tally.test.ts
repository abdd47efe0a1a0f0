import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, type Election, tally, TallyError, tallyMethods, type TallyOptions, type TallyResult } from "../../src/council.js";
import { electionFor } from "../deliberation/fixtures.js";
import { anyValue, budget, fuzzCase, mutated, nastyValue, typedOutcome } from "./fuzz-kit.js";

const method = fc.constantFrom(...tallyMethods);
const ids = ["a", "b", "c", "d", "e"];
/** Candidate ids that exist, do not, or are odd. */
const idLike = fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 6 }, { arbitrary: nastyValue, weight: 1 });
const number = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ min: -1e6, max: 1e6 }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER + 2));
const marks = fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 4 })), fc.oneof({ arbitrary: number, weight: 5 }, { arbitrary: nastyValue, weight: 1 }), { maxKeys: 6 });

const count = fc.option(fc.oneof({ arbitrary: number, weight: 5 }, { arbitrary: nastyValue, weight: 1 }), { nil: undefined });
const forms = {
  ranking: fc.array(fc.oneof(idLike, fc.array(idLike, { maxLength: 3 })), { maxLength: 6 }),
  approvals: fc.array(idLike, { maxLength: 6 }),
  scores: marks,
  grades: marks,
} as const;
type Form = keyof typeof forms;

/** A ballot of one form, with a count and values that may be out of range. */
function ballotOf(form: Form): fc.Arbitrary<unknown> {
  return fc.tuple(forms[form] as fc.Arbitrary<unknown>, count).map(([content, n]) => (n === undefined ? { [form]: content } : { [form]: content, count: n }));
}

/** A ballot with any of the four forms' fields, or several at once. */
const mixedBallot = fc.record({ ...forms, count }, { requiredKeys: [] });

/** Elections whose candidates may repeat or be odd, with ballots mostly of one form and now and then of mixed forms. */
const wildElection = fc.record({
  candidates: fc.oneof({ arbitrary: fc.subarray(ids), weight: 5 }, { arbitrary: fc.array(idLike, { maxLength: 6 }), weight: 1 }),
  ballots: fc.oneof(
    { arbitrary: fc.constantFrom<Form>("ranking", "approvals", "scores", "grades").chain((form) => fc.array(ballotOf(form), { maxLength: 12 })), weight: 4 },
    { arbitrary: fc.array(mixedBallot, { maxLength: 6 }), weight: 1 },
  ),
});

/** Options with every setting now and then, each possibly out of range. */
const wildOptions = fc.record(
  {
    method: fc.oneof({ arbitrary: method, weight: 8 }, { arbitrary: nastyValue, weight: 1 }),
    seats: fc.oneof(fc.integer({ min: -1, max: 6 }), nastyValue),
    quota: fc.oneof(fc.constantFrom("droop", "hare"), nastyValue),
    strength: fc.oneof(fc.constantFrom("winning", "margin", "ratio"), nastyValue),
    tieBreak: fc.oneof(fc.record({ seed: fc.oneof(fc.nat(), fc.string({ maxLength: 8 }), nastyValue) }), nastyValue),
    scoreRange: fc.oneof(fc.record({ min: fc.integer({ min: -5, max: 2 }), max: fc.integer({ min: -1, max: 12 }) }), nastyValue),
    gradeScale: fc.oneof(fc.integer({ min: -1, max: 8 }), nastyValue),
  },
  { requiredKeys: ["method"] },
);

/** Valid elections for a method with valid options, then one to three values broken or removed. */
const mutatedCase = method.chain((m) =>
  fc.tuple(
    mutated(electionFor(m, 12).map((e) => JSON.parse(JSON.stringify(e)) as unknown)),
    fc.record({ method: fc.constant(m), seats: fc.integer({ min: 1, max: 3 }), tieBreak: fc.record({ seed: fc.nat() }) }, { requiredKeys: ["method"] }),
  ),
);

/** A result that a caller can rely on: winners among the candidates, a ranking that places each one once. */
function expectSound(election: unknown, result: TallyResult): void {
  const candidates = (election as Election).candidates;
  expect(tallyMethods).toContain(result.method);
  for (const winner of result.winners) expect(candidates).toContain(winner);
  expect(new Set(result.winners).size).toBe(result.winners.length);
  const placed = result.ranking.flat();
  expect([...placed].sort()).toEqual([...candidates].sort());
  expect(typeof result.tie).toBe("boolean");
}

function check(election: unknown, options: unknown): void {
  const outcome = typedOutcome(() => tally(election as Election, options as TallyOptions), [TallyError]);
  if (outcome.ok) expectSound(election, outcome.value);
  else expect(outcome.error instanceof TallyError ? outcome.error.issues.length : 0).toBeGreaterThan(0);
}

describe("fuzzing tally (4,000 cases over every method)", () => {
  it("gives a sound result or a TallyError on 1,500 mutated elections", async () => {
    await fc.assert(fc.asyncProperty(mutatedCase, fuzzCase(([election, options]) => { check(election, options); })), budget(1_500));
  });

  it("gives a sound result or a TallyError on 1,400 elections with ballots of any form and settings out of range", async () => {
    let counted = 0;
    await fc.assert(
      fc.asyncProperty(
        wildElection,
        fc.oneof({ arbitrary: method.map((m) => ({ method: m })), weight: 3 }, { arbitrary: wildOptions, weight: 1 }),
        fuzzCase((election, options) => {
          const outcome = typedOutcome(() => tally(election as Election, options as TallyOptions), [TallyError]);
          if (outcome.ok) {
            counted += 1;
            expectSound(election, outcome.value);
          }
        }),
      ),
      budget(1_400),
    );
    // Some of these get through every check and are counted, so the methods themselves are fuzzed too.
    expect(counted).toBeGreaterThan(20);
  });

  it("gives a result or a TallyError on 1,000 arbitrary values as election and options", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyValue, wildElection),
        fc.oneof(anyValue, wildOptions),
        fuzzCase((election, options) => {
          typedOutcome(() => tally(election as Election, options as TallyOptions), [TallyError]);
        }),
      ),
      budget(1_000),
    );
  });

  it("counts 100 fields of up to 10 candidates that all tie, by every method, within the per-case budget", async () => {
    // Every candidate has the same support: the worst case for IRV and STV, which try every way
    // out of a tie they cannot break (up to a fixed number of runs).
    const tiedField = fc.tuple(fc.integer({ min: 4, max: 10 }), method, fc.integer({ min: 1, max: 4 }), fc.boolean()).map(([n, m, seats, rotate]) => {
      const candidates = Array.from({ length: n }, (_, i) => `c${String(i)}`);
      const ballots = candidates.map((c, i) =>
        m === "approval" ? { approvals: [c] }
        : m === "score" ? { scores: { [c]: 10 } }
        : m === "majority-judgment" ? { grades: { [c]: 5 } }
        : { ranking: rotate ? [...candidates.slice(i), ...candidates.slice(0, i)] : [c, candidates[(i + 1) % n] ?? c] },
      );
      const election: Election = { candidates, ballots };
      const options: TallyOptions = { method: m, ...(m === "stv" || m === "approval" ? { seats } : {}) };
      return { election, options };
    });
    await fc.assert(
      fc.asyncProperty(
        tiedField,
        fuzzCase(({ election, options }) => {
          const result = tally(election, options);
          expectSound(election, result);
          // Unless every candidate gets a seat, the method cannot separate them.
          expect(result.tie).toBe((options.seats ?? 1) < election.candidates.length);
        }),
      ),
      budget(100),
    );
  });
});

describe("ids named like Object.prototype's members", () => {
  const awkward = fc.uniqueArray(fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "a", "b"), { minLength: 1, maxLength: 6 });

  it("tally keeps every such candidate in its ranking and its totals", () => {
    fc.assert(
      fc.property(awkward, fc.constantFrom(...tallyMethods), fc.nat(), (candidates, m, pick) => {
        const voted = candidates[pick % candidates.length] as string;
        const ballot = m === "approval" ? { approvals: [voted] } : m === "score" ? { scores: JSON.parse(`{"${voted}":7}`) as Record<string, number> } : m === "majority-judgment" ? { grades: JSON.parse(`{"${voted}":3}`) as Record<string, number> } : { ranking: [voted] };
        const r = tally({ candidates, ballots: [ballot] }, { method: m });
        expect(r.ranking.flat().sort()).toEqual([...candidates].sort());
        expect(r.winners).toEqual([voted]);
        if (r.totals !== undefined) expect(Object.keys(r.totals).sort()).toEqual([...candidates].sort());
      }),
      { numRuns: 200 },
    );
  });

  it("apportion keeps every such party and hands out every seat", () => {
    fc.assert(
      fc.property(awkward, fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom("largest-remainder", "dhondt", "sainte-lague" as const), (parties, weights, seats, method) => {
        const input = JSON.parse(`{${parties.map((p, i) => `"${p}":${weights[i] as number}`).join(",")}}`) as Record<string, number>;
        const r = apportion(seats, input, { method, tieBreak: { seed: 1 } });
        expect(Object.keys(r.allocation)).toEqual(parties);
        expect(parties.reduce((s, p) => s + (Object.getOwnPropertyDescriptor(r.allocation, p)?.value as number), 0)).toBe(seats);
      }),
      { numRuns: 200 },
    );
  });
});
