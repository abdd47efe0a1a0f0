import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseScenario, safeParseScenario, type Scenario, ScenarioError } from "../../src/index.js";
import { applyChange, type Change, parseChange } from "../../src/change-entry.js";
import { changeArbitrary } from "../change/fixtures.js";
import { world, worldJson, type WorldName } from "../change/fixtures.js";
import { anyValue, budget, fuzzCase, mutated, nastyValue, typedOutcome } from "./fuzz-kit.js";

const TYPES = [
  "add-organisation",
  "update-organisation",
  "dissolve-organisation",
  "merge-organisations",
  "add-theme",
  "add-region",
  "add-sector",
  "grant-mandate",
  "amend-mandate",
  "revoke-mandate",
  "sign-agreement",
  "end-agreement",
  "set-model",
  "add-chapter",
  "delegate",
  "add-rule",
  "remove-rule",
  "add-funding",
  "end-funding",
] as const;

// Field names the operations use, so that random changes get past the outer shape now and then.
const FIELDS = ["id", "ids", "into", "on", "organisation", "theme", "region", "sector", "mandate", "set", "unset", "model", "chapter", "to", "scope", "role", "validFrom", "validUntil", "rule", "at", "sources", "note", "funding"];

/** A change of a known type with random fields: mostly refused, sometimes accepted. */
const taggedChange = fc
  .tuple(fc.constantFrom(...TYPES), fc.dictionary(fc.constantFrom(...FIELDS), nastyValue, { maxKeys: 4 }))
  .map(([type, fields]) => ({ ...fields, type }));

/** Well-formed changes (from the change tests' generator), some valid here and some refused. */
const wellFormed: fc.Arbitrary<unknown> = changeArbitrary().map((change) => JSON.parse(JSON.stringify(change)) as unknown);

const changeInput = fc.oneof({ arbitrary: mutated(wellFormed), weight: 5 }, { arbitrary: taggedChange, weight: 3 }, { arbitrary: anyValue, weight: 1 }, { arbitrary: wellFormed, weight: 1 });

const worlds: Record<WorldName, Scenario> = { coordination: world("coordination"), oc2: world("oc2"), alternative: world("alternative") };
const worldNames = fc.constantFrom<WorldName>("coordination", "oc2", "alternative");

describe("fuzzing the change schemas (6,000 cases)", () => {
  it("parseChange gives a fresh change or a ScenarioError on 2,400 mutated, tagged and arbitrary inputs", async () => {
    await fc.assert(
      fc.asyncProperty(
        changeInput,
        fuzzCase((input) => {
          const outcome = typedOutcome(() => parseChange(input), [ScenarioError]);
          if (outcome.ok) {
            expect(TYPES).toContain(outcome.value.type);
            // The copy shares nothing with the input, and reads back as itself.
            if (typeof input === "object" && input !== null) expect(outcome.value).not.toBe(input);
            // Compared through JSON on both sides: JSON has no -0, and a position of -0 reads back as 0.
            const json: unknown = JSON.parse(JSON.stringify(outcome.value));
            expect(parseChange(json)).toEqual(json);
          } else {
            const issues = outcome.error instanceof ScenarioError ? outcome.error.issues : [];
            expect(issues.length).toBeGreaterThan(0);
            for (const issue of issues) expect(typeof issue.message).toBe("string");
          }
        }),
      ),
      budget(2_400),
    );
  });

  it("applyChange gives a valid scenario or a ScenarioError on 3,000 changes against the three worked worlds", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        worldNames,
        changeInput,
        fuzzCase((name, input) => {
          const before = worlds[name];
          const outcome = typedOutcome(() => applyChange(before, input as Change), [ScenarioError]);
          if (!outcome.ok) {
            expect(outcome.error instanceof ScenarioError ? outcome.error.issues.length : 0).toBeGreaterThan(0);
            return;
          }
          accepted += 1;
          // Whatever the incremental check let through, the full validator accepts too.
          const again = safeParseScenario(JSON.parse(JSON.stringify(outcome.value.scenario)));
          expect(again.success ? [] : again.error.issues).toEqual([]);
          expect(Object.isFrozen(outcome.value.scenario)).toBe(true);
          if (outcome.value.patches.length === 0) expect(outcome.value.scenario).toBe(before);
        }),
      ),
      budget(3_000),
    );
    // The mix reaches the operations themselves, not just the schema.
    expect(accepted).toBeGreaterThan(100);
  });

  // Scenario documents read from JSON, or mutated but still valid, pass through
  // parseScenario first: applyChange takes only scenarios the library made. Parsing copies,
  // so the document is neither changed nor frozen, and the result is valid or refused.
  it("applyChange on 600 parsed scenario documents gives a valid scenario or a ScenarioError, the documents untouched", async () => {
    const stillValid = mutated(worldNames.map((name) => worldJson(name))).filter((doc) => safeParseScenario(doc).success);
    const base = fc.oneof({ arbitrary: worldNames.map((name) => worldJson(name) as unknown), weight: 4 }, { arbitrary: stillValid, weight: 1 });
    await fc.assert(
      fc.asyncProperty(
        base,
        changeInput,
        fuzzCase((doc, change) => {
          const before = JSON.stringify(doc);
          const outcome = typedOutcome(() => applyChange(parseScenario(doc), change as Change), [ScenarioError]);
          if (outcome.ok) expect(parseScenario(JSON.parse(JSON.stringify(outcome.value.scenario)))).toBeDefined();
          else expect(outcome.error instanceof ScenarioError ? outcome.error.issues.map((issue) => issue.code) : []).not.toContain("not_parsed");
          expect(JSON.stringify(doc)).toBe(before);
          expect(Object.isFrozen(doc)).toBe(false);
        }),
      ),
      budget(600),
    );
  });

  it("leaves the base world untouched", () => {
    // Every case above ran against these shared objects; each must still equal a fresh parse.
    for (const name of ["coordination", "oc2", "alternative"] as const) expect(worlds[name]).toEqual(world(name));
  });
});
