import { describe, expect, it } from "vitest";
import { measure, measureEach, median, now } from "../../bench/lib.js";
import { formatMs, formatRatio, formatTable } from "../../bench/table.js";

describe("the benchmark harness", () => {
  it("takes the median of the timed runs", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBe(0);
  });

  it("runs a warm-up and the asked number of timed runs, and hands each run a fresh input", () => {
    let calls = 0;
    const result = measure(() => ++calls, { runs: 5, warmup: 2 });
    expect(calls).toBe(7);
    expect(result.runs).toBe(5);
    expect(result.medianMs).toBeGreaterThanOrEqual(0);
    const inputs: number[] = [];
    let made = 0;
    measureEach(() => ++made, (n) => inputs.push(n), { runs: 3, warmup: 1 });
    expect(inputs).toEqual([1, 2, 3, 4]);
  });

  it("reads CPU time by default and wall time when asked, both moving forward", () => {
    const cpu = now();
    const wall = now("wall");
    let x = 0;
    for (let i = 0; i < 1e6; i++) x += i;
    expect(x).toBeGreaterThan(0);
    expect(now()).toBeGreaterThanOrEqual(cpu);
    expect(now("wall")).toBeGreaterThan(wall);
  });

  it("prints rows as a Markdown table with ratio, target and whether it is met", () => {
    const table = formatTable([
      { suite: "resolution", name: "large / oc2 / matrix", medianMs: 812.4, runs: 5 },
      { suite: "resolution", name: "large / oc2 / floor", medianMs: 0.01234, runs: 5, ratio: { against: "matrix / floor", value: 6.5, target: "≤ 5x", met: false }, note: "a | b" },
    ]).split("\n");
    expect(table[0]).toBe("| suite | case | median ms | runs | ratio | target | met? | note |");
    expect(table[2]).toBe("| resolution | large / oc2 / matrix | 812 | 5 |  |  |  |  |");
    expect(table[3]).toBe("| resolution | large / oc2 / floor | 0.0123 | 5 | 6.50x matrix / floor | ≤ 5x | **no** | a \\| b |");
    expect([formatMs(12.345), formatRatio(12345), formatRatio(42.4)]).toEqual(["12.3", "1.2e4", "42"]);
  });
});
