import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budget, fuzzCase } from "./fuzz-kit.js";

/** Keeps the thread busy, as a library stuck in a loop would. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Busy on purpose.
  }
}

// The fuzz files lean on these budgets to show that nothing hangs; here they are shown to bite.
describe("the fuzz suite's time budgets", () => {
  it("fail a property when one synchronous case runs past the per-case budget", async () => {
    const result = await fc.check(fc.asyncProperty(fc.nat(9), fuzzCase((n) => { spin(n === 7 ? 1_500 : 0); })), budget(400, 500));
    expect(result.failed).toBe(true);
    expect(String(result.errorInstance)).toMatch(/timeout/i);
    expect(result.counterexample).toEqual([7]);
  });

  it("fail a property that runs past the whole-property budget, rather than stopping quietly", async () => {
    let runs = 0;
    const slow = fc.asyncProperty(fc.nat(), fuzzCase(() => {
      runs += 1;
      spin(5);
    }));
    await expect(fc.assert(slow, budget(10_000, 1_000, 200))).rejects.toThrow(/interrupted after \d+ tests/);
    expect(runs).toBeLessThan(10_000);
  });

  it("let a property of quick cases pass", async () => {
    const result = await fc.check(fc.asyncProperty(fc.nat(), fuzzCase(() => { spin(0); })), budget(200));
    expect(result.failed).toBe(false);
    expect(result.numRuns).toBe(200);
  });
});
