import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ScenarioIssue, ScenarioError } from "../../src/index.js";
import { createHistory } from "../../src/change-entry.js";
import { produceChange } from "../../src/change/apply-change.js";
import { parseChange } from "../../src/change/change-schema.js";
import { checkChanged, fullCheck } from "../../src/change/check-changed.js";
import { applyAll, changeArbitrary, worldName } from "./fixtures.js";
import { world } from "./fixtures.js";

function sorted(issues: readonly ScenarioIssue[]): string[] {
  return issues.map((issue) => JSON.stringify([issue.code, issue.path, issue.message])).sort();
}

describe("the check after a change", () => {
  it("finds exactly the problems that checking the whole scenario finds, for valid and invalid changes alike", () => {
    let compared = 0;
    let invalid = 0;
    fc.assert(
      fc.property(worldName, fc.array(changeArbitrary(), { maxLength: 8 }), changeArbitrary(), (name, prefix, change) => {
        const before = applyAll(createHistory(world(name)), prefix).current;
        let next;
        try {
          next = produceChange(before, parseChange(change));
        } catch (error) {
          // Refused before any scenario was made (unknown id, wrong model): nothing to check.
          if (error instanceof ScenarioError) return;
          throw error;
        }
        const [after, patches] = next;
        const full = fullCheck(after);
        expect(sorted(checkChanged(before, after, patches))).toEqual(sorted(full));
        compared++;
        if (full.length > 0) invalid++;
      }),
      { numRuns: 400 },
    );
    // The comparison must have covered both kinds of outcome to mean anything.
    expect(compared).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(20);
  });
});
