import { describe, expect, it } from "vitest";
import { changePoints, matrixTimeline, representationTimeline } from "../../src/index.js";
import { addDays, dayFromNumber, dayNumber } from "../../src/time/day-number.js";
import { fixture } from "../fixtures/load.js";

const coordination = fixture("worked-coordination");

describe("reading a period", () => {
  it("rejects a query that is not an object, before looking for its dates", () => {
    const message = "expected a query object with 'from' and 'until'";
    expect(() => changePoints(coordination, "2025-01-01" as any)).toThrow(`changePoints: ${message}`);
    expect(() => matrixTimeline(coordination, 20250101 as any)).toThrow(`matrixTimeline: ${message}`);
    expect(() => representationTimeline(coordination, undefined as any)).toThrow(`representationTimeline: ${message}`);
  });

  it("names the bound that is wrong", () => {
    expect(() => changePoints(coordination, { from: "2025-01-01" } as any)).toThrow(/^changePoints: 'until' must be a calendar date/);
    expect(() => changePoints(coordination, { until: "2025-01-01" } as any)).toThrow(/^changePoints: 'from' must be a calendar date/);
  });

  it("accepts a period of a single day", () => {
    expect(representationTimeline(coordination, { theme: "curriculum", region: "west", from: "2025-01-01", until: "2025-01-02" }).intervals).toHaveLength(1);
  });
});

describe("day numbers", () => {
  it("count days from 1970-01-01, across leap days and in the first century", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-02-01")).toBe(31);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(dayNumber("2023-03-01") - dayNumber("2023-02-28")).toBe(1);
    // Years below 100 are not read as 19xx.
    expect(dayNumber("0050-01-01")).toBe(-701265);
    expect(dayFromNumber(-701265)).toBe("0050-01-01");
  });

  it("turn back into calendar days", () => {
    expect(dayFromNumber(0)).toBe("1970-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
  });
});
