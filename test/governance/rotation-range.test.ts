import { describe, expect, it } from "vitest";
import { changePoints, explain, parseScenario, representationTimeline, resolve, safeParseScenario } from "../../src/index.js";
import { CELL, rotationDoc } from "./fixtures.js";

// Rotations at the ends of the calendar, 0001-01-01 to 9999-12-31: a turnover that would fall after
// 9999-12-31 never happens, and the turn in force on a day is computed, not walked to.

/** Days from 0001-01-01 to `day`, counted with Date in UTC. */
function daysSinceFirst(day: string): number {
  const at = (iso: string): number => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    return date.getTime();
  };
  return (at(day) - at("0001-01-01")) / 86_400_000;
}

describe("rotations at the end of the calendar", () => {
  it("gives a yearly rotation from 9990 ten periods up to 9999-12-31, not one for every string that sorts before it", () => {
    const s = parseScenario(rotationDoc({ years: 1 }, "9990-01-01"));
    const { intervals } = representationTimeline(s, { ...CELL, from: "9990-01-01", until: "9999-12-31" });
    expect(intervals.map((i) => i.from)).toEqual(["9990", "9991", "9992", "9993", "9994", "9995", "9996", "9997", "9998", "9999"].map((y) => `${y}-01-01`));
    expect(intervals.at(-1)?.until).toBe("9999-12-31");
  });

  it("lists no turnover after 9999-12-31 among the change points", () => {
    const s = parseScenario(rotationDoc({ years: 1 }, "9990-01-01"));
    const points = changePoints(s, { from: "9998-06-01", until: "9999-12-31" });
    expect(points.map((p) => p.on)).toEqual(["9999-01-01"]);
  });

  it("names the chair of a daily rotation from 0001-01-01 on 9999-12-31 by its turn", () => {
    const s = parseScenario(rotationDoc({ days: 1 }, "0001-01-01"));
    const turn = daysSinceFirst("9999-12-31");
    const r = resolve(s, { ...CELL, on: "9999-12-31" });
    expect(r.lead).toBe(["a", "b", "c"][turn % 3]);
    const step = r.basis.find((b) => b.claim.source.kind === "rule");
    expect(step?.claim.source).toEqual({ kind: "rule", rule: "r1", action: "rotate", detail: { turn, periodFrom: "9999-12-31" } });
  });

  it("turns a daily rotation over on each of the last days of 9999", () => {
    const s = parseScenario(rotationDoc({ days: 1 }, "9999-12-01"));
    const points = changePoints(s, { from: "9999-12-20", until: "9999-12-31" });
    expect(points.map((p) => p.on)).toEqual(Array.from({ length: 11 }, (_, i) => `9999-12-${String(20 + i)}`));
    expect(points.map((p) => p.events[0])).toEqual(points.map((_, i) => ({ kind: "rotation-turns", rule: "r1", turn: 19 + i, chair: ["a", "b", "c"][(19 + i) % 3] })));
  });

  it("leaves the end out of the last period, and says it runs to the end of the calendar", () => {
    const s = parseScenario(rotationDoc({ years: 1 }, "9990-01-01"));
    const r = resolve(s, { ...CELL, on: "9999-06-01" });
    const step = r.basis.find((b) => b.claim.source.kind === "rule");
    expect(step?.claim.source).toEqual({ kind: "rule", rule: "r1", action: "rotate", detail: { turn: 9, periodFrom: "9999-01-01" } });
    expect(explain(r)).toContain("(rotate: a, turn 9, period 9999-01-01 to the end of the calendar (9999-12-31 included))");
    expect(explain(r, { locale: "nl" })).toContain("(rotatie: a, beurt 9, periode 9999-01-01 tot het einde van de kalender (9999-12-31 inbegrepen))");
  });

  it("names the next turnover while it still falls in the calendar", () => {
    const s = parseScenario(rotationDoc({ years: 1 }, "9990-01-01"));
    const step = resolve(s, { ...CELL, on: "9998-12-31" }).basis.find((b) => b.claim.source.kind === "rule");
    expect(step?.claim.source).toEqual({ kind: "rule", rule: "r1", action: "rotate", detail: { turn: 8, periodFrom: "9998-01-01", periodUntil: "9999-01-01" } });
  });
});

describe("rotation periods the calendar cannot hold", () => {
  it.each([[{ years: 300_000 }], [{ years: 9999 }], [{ days: 3_652_059 }], [{ weeks: 521_723 }], [{ months: 119_988 }], [{ years: 9998, months: 11, days: 31 }]])(
    "refuses %j with an issue on the rule's period",
    (every) => {
      const result = safeParseScenario(rotationDoc(every, "2025-01-01"));
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.issues).toEqual([
        {
          code: "invalid_period",
          path: ["model", "rules", 0, "then", "rotate", "every"],
          message: `rule "r1": a rotation period of ${JSON.stringify(every)} is longer than the whole calendar supported, 0001-01-01 to 9999-12-31`,
        },
      ]);
    },
  );

  it.each([[{ days: 3_652_058 }], [{ years: 9998, months: 11, days: 30 }], [{ years: 9998 }]])("accepts %j, which fits from the first day to the last", (every) => {
    expect(safeParseScenario(rotationDoc(every, "2025-01-01")).success).toBe(true);
  });

  it("accepts a rotation whose first turnover would fall after 9999-12-31: the chair never turns", () => {
    const s = parseScenario(rotationDoc({ years: 100 }, "9950-01-01"));
    expect(changePoints(s, { from: "9950-01-01", until: "9999-12-31" }).map((p) => p.on)).toEqual(["9950-01-01"]);
    expect(resolve(s, { ...CELL, on: "9999-12-31" }).lead).toBe("a");
  });
});

describe("rotations in any time zone", () => {
  it("turns a daily rotation over on 30 December 2011, the day Samoa skipped", () => {
    const s = parseScenario(rotationDoc({ days: 1 }, "2011-12-28"));
    expect(changePoints(s, { from: "2011-12-28", until: "2012-01-01" }).map((p) => p.on)).toEqual(["2011-12-28", "2011-12-29", "2011-12-30", "2011-12-31"]);
    expect(resolve(s, { ...CELL, on: "2011-12-31" }).lead).toBe("a");
  });
});
