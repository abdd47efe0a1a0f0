/**
 * Every public function that takes a scenario, fed values the library did not make:
 * random JSON and any other value, plain objects, objects frozen by Object.freeze or by
 * immer, structured clones of parsed scenarios, valid and invalid documents. Each is
 * refused with a ScenarioError (code `not_parsed`) naming the function, and the value is
 * left as it was, never frozen. A document passed through parseScenario first is answered.
 */
import fc from "fast-check";
import { freeze } from "immer";
import { describe, expect, it } from "vitest";
import {
  analyseScenario,
  changePoints,
  compareOverPeriod,
  compareScenarios,
  findPitfalls,
  matrixTimeline,
  parseScenario,
  representationMatrix,
  representationTimeline,
  resolve,
  safeParseScenario,
  type Scenario,
} from "../../src/index.js";
import {
  applyChange,
  type Change,
  createHistory,
  impactOf,
  replay,
} from "../../src/change-entry.js";
import { displayNames, renderStructure } from "../../src/report-entry.js";
import { deepFreeze } from "../../src/internal/deep-freeze.js";
import { cellQuery, scenarioDocument } from "../arbitraries.js";
import { frozenParts } from "../frozen-parts.js";
import { anyValue, budget, fuzzCase, mutated } from "./fuzz-kit.js";
import { updateMatrix } from "../../src/change/update-matrix.js";
import { notParsed } from "../not-parsed.js";
import { fixtureJson } from "../fixtures/load.js";

const ON = "2026-01-01";
const PERIOD = { from: "2025-01-01", until: "2027-01-01" };
const NEW_THEME: Change = { type: "add-theme", theme: { id: "t-fuzz", name: "Fuzz", kind: "professional" } };
const clock = (): string => "2026-01-01T09:00:00.000Z";

/** A scenario the library made, for the places beside the argument under test. */
const PARSED = parseScenario(structuredClone(fixtureJson("worked-coordination")));
const MATRIX = representationMatrix(PARSED, { on: ON });
const STEP = applyChange(PARSED, NEW_THEME);
const QUERY = { theme: "curriculum", region: "noord", on: ON };
/** What the refusal says of a frozen value: not who froze it, which it cannot know. */
const FROZEN = "(being frozen does not make it parsed: neither a frozen copy nor a Proxy of a parsed scenario is one, nor is a scenario parsed by another copy of the library, such as its CommonJS build loaded beside its ES module build)";

/** Every public entry point that takes a scenario, each given `s` in one place, with the context its refusal names. */
const ENTRY_POINTS: Readonly<Record<string, readonly [context: string, call: (s: Scenario) => unknown]>> = {
  resolve: ["resolve", (s) => resolve(s, QUERY)],
  representationTimeline: ["representationTimeline", (s) => representationTimeline(s, { ...QUERY, ...PERIOD })],
  representationMatrix: ["representationMatrix", (s) => representationMatrix(s, { on: ON })],
  analyseScenario: ["analyseScenario", (s) => analyseScenario(s, { on: ON })],
  findPitfalls: ["findPitfalls", (s) => findPitfalls(s, { on: ON })],
  compareScenarios: ["compareScenarios: scenarios[1]", (s) => compareScenarios([PARSED, s], { on: ON })],
  changePoints: ["changePoints", (s) => changePoints(s, PERIOD)],
  matrixTimeline: ["matrixTimeline", (s) => matrixTimeline(s, PERIOD)],
  compareOverPeriod: ["compareOverPeriod: scenarios[0]", (s) => compareOverPeriod([s, PARSED], PERIOD)],
  renderStructure: ["renderStructure", (s) => renderStructure(s)],
  displayNames: ["displayNames: scenarios[1]", (s) => displayNames(PARSED, s)],
  applyChange: ["applyChange(add-theme): scenario", (s) => applyChange(s, NEW_THEME)],
  createHistory: ["createHistory", (s) => createHistory(s, { clock })],
  replay: ["replay", (s) => replay(s, [{ change: NEW_THEME }])],
  impactOf: ["impactOf", (s) => impactOf(s, NEW_THEME, { on: ON })],
  "updateMatrix (before)": ["updateMatrix: before", (s) => updateMatrix(MATRIX, s, STEP)],
  "updateMatrix (step)": ["updateMatrix: step.scenario", (s) => updateMatrix(MATRIX, PARSED, { ...STEP, scenario: s })],
};

/** Every entry point refuses `given` as not parsed, and leaves it as it was: equal, and frozen exactly where it was. */
function refusedEverywhere(given: unknown): void {
  const before = structuredClone(given);
  const frozenBefore = frozenParts(given);
  for (const [name, [context, call]] of Object.entries(ENTRY_POINTS)) {
    const error = notParsed(() => call(given as Scenario), context);
    expect(error.issues[0]?.message, name).toMatch(/^received (null|undefined|an? \w+)/);
  }
  expect(given).toEqual(before);
  expect(frozenParts(given)).toEqual(frozenBefore);
}

type Form = "plain" | "Object.freeze" | "immer";

/** The caller's object in the given form: a copy of `doc`, left open or frozen deeply by the caller. */
function asCaller(doc: unknown, form: Form): unknown {
  const copy = structuredClone(doc);
  return form === "plain" ? copy : form === "immer" ? freeze(copy, true) : deepFreeze(copy);
}

const small = scenarioDocument({ maxRegions: 5, maxThemes: 4, maxOrganisations: 4, maxMandates: 6 });
const forms = fc.constantFrom<Form>("plain", "Object.freeze", "immer");

/** Invalid documents: small mutations of valid ones, and valid ones given a region cycle a -> b -> a. */
const invalid = fc
  .oneof(
    mutated(small),
    small.map((doc) => ({ ...doc, regions: [...doc.regions, { id: "cyc-a", name: "A", level: "region", parent: "cyc-b" }, { id: "cyc-b", name: "B", level: "region", parent: "cyc-a" }] })),
  )
  .filter((doc) => !safeParseScenario(doc).success);

/** Values no caller can turn into a scenario the library made, short of parsing them. */
const notMadeByTheLibrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  anyValue,
  fc.constant(Object.create(null)),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  small.map((doc) => structuredClone(parseScenario(doc))),
  small.map((doc) => Object.freeze({ ...parseScenario(doc) })),
  fc.tuple(small, forms).map(([doc, form]) => asCaller(doc, form)),
  fc.tuple(invalid, forms).map(([doc, form]) => asCaller(doc, form)),
);

describe("values the library did not make, at every entry point", () => {
  it("are refused with a ScenarioError (not_parsed) naming the function, and left unchanged and unfrozen", async () => {
    await fc.assert(
      fc.asyncProperty(
        notMadeByTheLibrary,
        fuzzCase(refusedEverywhere),
      ),
      budget(80),
    );
  });

  it("a valid document, open or frozen by the caller, is refused as it is and answered once parsed, parsing leaving it as it was", async () => {
    await fc.assert(
      fc.asyncProperty(
        small.chain((doc) => fc.record({ doc: fc.constant(doc), query: cellQuery(doc), form: forms })),
        fuzzCase(({ doc, query, form }) => {
          const given = asCaller(doc, form);
          refusedEverywhere(given);
          const before = structuredClone(given);
          const parsed = parseScenario(given);
          expect(resolve(parsed, query)).toEqual(resolve(parseScenario(doc), query));
          expect(given).toEqual(before);
          if (form === "plain") expect(frozenParts(given)).toEqual([]);
        }),
      ),
      budget(25),
    );
  });

  it("null, undefined, primitives, arrays and Object.create(null) are named in a word", () => {
    const cases: readonly [unknown, string][] = [
      [null, "null"],
      [undefined, "undefined"],
      ["scenario", "a string"],
      [1, "a number"],
      [1n, "a bigint"],
      [true, "a boolean"],
      [Symbol("s"), "a symbol"],
      [() => PARSED, "a function"],
      [[], "an array"],
      [Object.freeze([]), `a frozen array ${FROZEN}`],
      [Object.create(null), "an object"],
      [Object.freeze(structuredClone(PARSED)), `a frozen object ${FROZEN}`],
    ];
    for (const [value, word] of cases) {
      expect(notParsed(() => resolve(value as Scenario, QUERY), "resolve").issues[0]?.message).toBe(
        `received ${word}, not a scenario the library made; pass the document through parseScenario first (once) and give the parsed scenario`,
      );
    }
  });

  it("a revoked proxy is refused as an object that could not be read, not with a TypeError", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(notParsed(() => resolve(proxy as Scenario, QUERY), "resolve").issues[0]?.message).toMatch(/^received an object that could not be read, /);
  });
});
