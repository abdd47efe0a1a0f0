import { describe, expect, it } from "vitest";
import { safeParseScenario } from "../../src/index.js";

const LENGTH = 200_000;

/** A scenario with two other problems (an unknown holder, a party listed twice) besides whatever `parts` break. */
function scenario(parts: { regions?: unknown[]; themes?: unknown[] }): unknown {
  return {
    schemaVersion: 1,
    id: "long-cycle",
    name: "A long cycle",
    sectors: [{ id: "vo", name: "VO" }],
    regions: parts.regions ?? [{ id: "nl", name: "NL", level: "national" }],
    themes: parts.themes ?? [{ id: "t", name: "T", kind: "professional" }],
    organisations: [{ id: "a", name: "A", kind: "union", sectors: ["vo"] }],
    mandates: [
      { id: "m", holder: "ghost", role: "lead", scope: { themes: "all", regions: ["nl"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } },
    ],
    model: { kind: "coordination", parties: ["a", "a"], agreement: { id: "a1", signedOn: "2025-01-01", signatories: ["a"] }, fallback: "none" },
  };
}

/** `count` nodes c0 .. c(count-1), each the parent of the one before, the last the parent of the first. */
function cycle<T>(count: number, node: (id: string, parent: string) => T): T[] {
  return Array.from({ length: count }, (_, i) => node(`c${i}`, `c${(i + 1) % count}`));
}

function issuesOf(input: unknown): { code: string; path: readonly (string | number)[]; message: string }[] {
  const result = safeParseScenario(input);
  if (result.success) throw new Error("expected the input to be rejected");
  return [...result.error.issues];
}

const OTHER_PROBLEMS = [
  { code: "unknown_reference", path: ["mandates", 0, "holder"] },
  { code: "duplicate_id", path: ["model", "parties", 1] },
];

describe("parent cycles as long as the input allows", () => {
  it(`reports a cycle of ${LENGTH} regions as region_cycle, with the scenario's other problems`, () => {
    const regions = [{ id: "nl", name: "NL", level: "national" }, ...cycle(LENGTH, (id, parent) => ({ id, name: id, level: "region", parent }))];
    const issues = issuesOf(scenario({ regions }));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "region_cycle", path: ["regions", 1, "parent"] }, ...OTHER_PROBLEMS]);
    expect(issues[0]?.message).toContain(`(${LENGTH} in all)`);
  });

  it(`reports a cycle of ${LENGTH} themes as theme_cycle, with the scenario's other problems`, () => {
    const themes = [{ id: "t", name: "T", kind: "professional" }, ...cycle(LENGTH, (id, parent) => ({ id, name: id, parent }))];
    const issues = issuesOf(scenario({ themes }));
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "theme_cycle", path: ["themes", 1, "parent"] }, ...OTHER_PROBLEMS]);
    expect(issues[0]?.message).toContain(`(${LENGTH} in all)`);
  });
});
