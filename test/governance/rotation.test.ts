import { describe, expect, it } from "vitest";
import { periodStart, wholePeriods } from "../../src/governance/rotation.js";

// Whole periods since the start, each boundary counted from the start itself with date-fns `add`.

describe("wholePeriods", () => {
  it.each([
    ["2024-01-31", { months: 1 }, "2024-01-31", 0, "2024-01-31", "2024-02-29"],
    ["2024-01-31", { months: 1 }, "2024-02-28", 0, "2024-01-31", "2024-02-29"],
    ["2024-01-31", { months: 1 }, "2024-02-29", 1, "2024-02-29", "2024-03-31"],
    ["2024-01-31", { months: 1 }, "2024-03-31", 2, "2024-03-31", "2024-04-30"],
    ["2023-01-31", { months: 1 }, "2023-03-01", 1, "2023-02-28", "2023-03-31"],
    ["2024-02-29", { years: 1 }, "2025-02-28", 1, "2025-02-28", "2026-02-28"],
    ["2024-02-29", { years: 1 }, "2028-02-28", 3, "2027-02-28", "2028-02-29"],
    ["2024-02-29", { years: 1 }, "2028-02-29", 4, "2028-02-29", "2029-02-28"],
    ["2024-12-31", { months: 2 }, "2025-02-28", 1, "2025-02-28", "2025-04-30"],
    ["2024-01-01", { weeks: 2 }, "2024-01-14", 0, "2024-01-01", "2024-01-15"],
    ["2024-01-01", { years: 1, months: 6 }, "2025-07-01", 1, "2025-07-01", "2027-01-01"],
    ["2000-01-01", { days: 1 }, "2099-12-31", 36524, "2099-12-31", "2100-01-01"],
  ])("from %s every %j, on %s: turn %i, period %s to %s", (start, every, on, turn, from, until) => {
    expect(wholePeriods(start, every, on)).toEqual({ turn, from, until });
  });

  it("puts the day in its period: from <= on < until", () => {
    for (let day = 1; day <= 28; day++) {
      const on = `2025-02-${String(day).padStart(2, "0")}`;
      const p = wholePeriods("2023-08-31", { months: 1 }, on);
      expect(p.from <= on && p.until !== undefined && on < p.until).toBe(true);
      expect(periodStart("2023-08-31", { months: 1 }, p.turn)).toBe(p.from);
    }
  });
});
