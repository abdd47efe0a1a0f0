import { describe, expect, it } from "vitest";
import { apportion, lotOrder, TallyError } from "../../src/deliberation/public.js";

const wikipedia = { A: 100000, B: 80000, C: 30000, D: 20000 };

describe("apportion", () => {
  it("D'Hondt gives A 4, B 3, C 1, D 0 seats of 8 (Wikipedia, D'Hondt method: 230,000 voters)", () => {
    const r = apportion(8, wikipedia, { method: "dhondt" });
    expect(r.allocation).toEqual({ A: 4, B: 3, C: 1, D: 0 });
    expect(r.awarded?.map((s) => s.party)).toEqual(["A", "B", "A", "B", "A", "C", "B", "A"]);
    expect(r.awarded?.map((s) => Math.round(s.quotient))).toEqual([100000, 80000, 50000, 40000, 33333, 30000, 26667, 25000]);
    expect(r.tie).toBe(false);
  });

  it("Sainte-Laguë gives A 3, B 3, C 1, D 1, the 6th and 7th seats tied at 20,000 and both given (Wikipedia, Sainte-Laguë method)", () => {
    const r = apportion(8, wikipedia, { method: "sainte-lague" });
    expect(r.allocation).toEqual({ A: 3, B: 3, C: 1, D: 1 });
    expect(r.awarded?.slice(5, 7).map((s) => [s.party, s.quotient])).toEqual([
      ["A", 20000],
      ["D", 20000],
    ]);
  });

  it("largest remainder with the Hare quota gives 5, 2, 1, 1, 1, 0 of 10 seats (Wikipedia, Largest remainders method)", () => {
    const r = apportion(10, { yellows: 47000, whites: 16000, reds: 15800, greens: 12000, blues: 6100, pinks: 3100 }, { method: "largest-remainder" });
    expect(r.allocation).toEqual({ yellows: 5, whites: 2, reds: 1, greens: 1, blues: 1, pinks: 0 });
    expect(r.quota).toBe(10000);
    expect(r.quotas?.["reds"]).toBeCloseTo(1.58, 12);
  });

  it("reports the last seats tied between more parties than seats left", () => {
    const dhondt = apportion(3, { a: 10, b: 10, c: 5 }, { method: "dhondt" });
    // Seats 1 and 2 go to a and b (tied at 10, two seats open); then a, b and c all stand at 5.
    expect(dhondt.tied).toEqual({ seats: 1, among: ["a", "b", "c"] });
    expect(dhondt.allocation).toEqual({ a: 1, b: 1, c: 0 });
    expect(dhondt.tie).toBe(true);
    const remainder = apportion(2, { a: 1, b: 1, c: 1 }, { method: "largest-remainder" });
    expect(remainder.tied).toEqual({ seats: 2, among: ["a", "b", "c"] });
    expect(remainder.allocation).toEqual({ a: 0, b: 0, c: 0 });
    expect(apportion(1, { a: 2, b: 2 }, { method: "sainte-lague" }).tied).toEqual({ seats: 1, among: ["a", "b"] });
  });

  it("gives a tied seat by the seeded lot when asked", () => {
    const r = apportion(3, { a: 10, b: 10, c: 5 }, { method: "dhondt", tieBreak: { seed: 12 } });
    const first = lotOrder(12, ["a", "b", "c"])[0] ?? "";
    expect(r.tie).toBe(false);
    expect(r.allocation[first]).toBe(first === "c" ? 1 : 2);
    expect(Object.values(r.allocation).reduce((s, v) => s + v, 0)).toBe(3);
    expect(r.lot?.order).toEqual(lotOrder(12, ["a", "b", "c"]));
  });

  it("allocates 50 advisory council seats in proportion to membership", () => {
    const members = { aob: 84064, cnvo: 40000, fvov: 30000, bvmbo: 5000 };
    for (const method of ["largest-remainder", "dhondt", "sainte-lague"] as const) {
      const r = apportion(50, members, { method });
      expect(Object.values(r.allocation).reduce((s, v) => s + v, 0), method).toBe(50);
    }
  });

  it("handles zero seats, zero weights and all-zero weights", () => {
    expect(apportion(0, { a: 1 }, { method: "dhondt" }).allocation).toEqual({ a: 0 });
    expect(apportion(2, { a: 0, b: 3 }, { method: "sainte-lague" }).allocation).toEqual({ a: 0, b: 2 });
    expect(apportion(1, { a: 0, b: 0 }, { method: "largest-remainder" }).tied).toEqual({ seats: 1, among: ["a", "b"] });
    expect(apportion(2, { a: 0 }, { method: "largest-remainder" }).allocation).toEqual({ a: 2 });
    const even = apportion(3, { a: 0, b: 0 }, { method: "largest-remainder" });
    expect([even.allocation, even.tied]).toEqual([{ a: 1, b: 1 }, { seats: 1, among: ["a", "b"] }]);
  });

  it("rejects a bad seat count or method as programmer errors", () => {
    expect(() => apportion(-1, { a: 1 }, { method: "dhondt" })).toThrow(/^apportion: seats/);
    expect(() => apportion(1.5, { a: 1 }, { method: "dhondt" })).toThrow(/^apportion: seats/);
    expect(() => apportion(1, { a: 1 }, { method: "imperiali" as never })).toThrow(/^apportion: the method/);
    expect(() => apportion(1, {}, { method: "dhondt" })).toThrow(/^apportion: there are no parties/);
  });

  it("rejects negative weights with a TallyError naming the party", () => {
    try {
      apportion(2, { a: 1, b: -3 }, { method: "dhondt" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TallyError);
      expect((error as TallyError).issues[0]?.path).toEqual(["weights", "b"]);
    }
  });

  it("does not touch its input", () => {
    const weights = Object.freeze({ a: 3, b: 1 });
    expect(apportion(4, weights, { method: "largest-remainder" }).allocation).toEqual({ a: 3, b: 1 });
    expect(weights).toEqual({ a: 3, b: 1 });
  });
});
