import { describe, expect, it } from "vitest";
import { findPitfalls } from "../../src/analysis/find-pitfalls.js";
import { representationMatrix } from "../../src/resolve/matrix.js";
import { resolve } from "../../src/resolve/resolve.js";
import { changePoints } from "../../src/time/change-points.js";
import { representationTimeline } from "../../src/time/representation-timeline.js";
import { fixture } from "../fixtures/load.js";

// Every query is checked in the same order: its shape first (one zod schema per query),
// then its ids and period against the scenario.

const coordination = fixture("worked-coordination");

describe("query arguments are checked by shape, then against the scenario", () => {
  it("refuses an array as a query, where it used to be read as an empty query", () => {
    expect(() => resolve(coordination, [] as never)).toThrow("resolve: expected a query object { theme, region, sector?, on }");
    expect(() => representationMatrix(coordination, [] as never)).toThrow(
      "representationMatrix: expected a query object { on, themes?, regions?, sectors? }",
    );
    expect(() => changePoints(coordination, [] as never)).toThrow("changePoints: expected a query object with 'from' and 'until'");
  });

  it("reports a malformed day before an unknown id", () => {
    expect(() => resolve(coordination, { theme: "nope", region: "west", on: "2025-13-01" })).toThrow(
      `resolve: 'on' must be a calendar date written YYYY-MM-DD or a Date, received "2025-13-01"`,
    );
    expect(() => representationMatrix(coordination, { on: "later", sectors: ["nope"] })).toThrow(
      `representationMatrix: 'on' must be a calendar date written YYYY-MM-DD or a Date, received "later"`,
    );
  });

  it("names a bad list before a bad day, in the order the query documents its fields", () => {
    expect(() => representationMatrix(coordination, { on: "later", themes: "curriculum" as never })).toThrow(
      `representationMatrix: 'themes' must be a list of ids, received "curriculum"`,
    );
  });

  it("reads a period's bounds as days and only then compares them", () => {
    const query = { theme: "curriculum", region: "west", from: "2026-01-01", until: new Date(Number.NaN) };
    expect(() => representationTimeline(coordination, query)).toThrow("representationTimeline: 'until' is an invalid Date");
    expect(() => representationTimeline(coordination, { ...query, until: "2025-01-01" })).toThrow(
      "representationTimeline: 'until' (2025-01-01) must come after 'from' (2026-01-01); the period is [from, until)",
    );
  });

  it("checks an analysis query's lists with the same schema as the matrix", () => {
    expect(() => findPitfalls(coordination, { on: "2025-06-01", regions: ["west", "west"] })).toThrow(
      `findPitfalls: 'regions' names "west" more than once`,
    );
  });
});
