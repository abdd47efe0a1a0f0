/**
 * Every public function that takes a scenario, fed scenarios that parseScenario did not
 * make: plain objects, objects frozen by Object.freeze or by immer, valid and invalid.
 * A valid one is answered exactly as its parsed form; the caller's object is never
 * frozen or changed; an invalid one gets a ScenarioError; and an object edited between
 * two calls is answered as it is at the second call.
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
import { budget, fuzzCase, mutated } from "./fuzz-kit.js";

const ON = "2026-01-01";
const PERIOD = { from: "2025-01-01", until: "2027-01-01" };
const NEW_THEME: Change = { type: "add-theme", theme: { id: "t-fuzz", name: "Fuzz", kind: "professional" } };
const clock = (): string => "2026-01-01T09:00:00.000Z";

/** Every public entry point that takes a scenario, each called with one (or two, for the comparisons). */
const ENTRY_POINTS: Readonly<Record<string, (s: Scenario) => unknown>> = {
  representationMatrix: (s) => representationMatrix(s, { on: ON }),
  analyseScenario: (s) => analyseScenario(s, { on: ON }),
  findPitfalls: (s) => findPitfalls(s, { on: ON }),
  compareScenarios: (s) => compareScenarios([s, s], { on: ON }),
  changePoints: (s) => changePoints(s, PERIOD),
  matrixTimeline: (s) => matrixTimeline(s, PERIOD),
  compareOverPeriod: (s) => compareOverPeriod([s, s], PERIOD),
  renderStructure: (s) => renderStructure(s),
  displayNames: (s) => displayNames(s),
  applyChange: (s) => applyChange(s, NEW_THEME),
  createHistory: (s) => createHistory(s, { clock }).apply(NEW_THEME).toJSON(),
  replay: (s) => replay(s, [{ change: NEW_THEME }]),
  impactOf: (s) => impactOf(s, NEW_THEME, { on: ON }),
};

/** What a call gave: its value, or the error's class and message. */
function outcome(work: () => unknown): unknown {
  try {
    return { value: work() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

/** The calls of every entry point (resolve and representationTimeline on `query`) on `s`. */
function answers(s: Scenario, query: { theme: string; region: string; sector?: string | null; on: string }): Record<string, unknown> {
  const out: Record<string, unknown> = {
    resolve: outcome(() => resolve(s, query)),
    representationTimeline: outcome(() => representationTimeline(s, { ...query, ...PERIOD })),
  };
  for (const [name, call] of Object.entries(ENTRY_POINTS)) out[name] = outcome(() => call(s));
  return out;
}

type Form = "plain" | "Object.freeze" | "immer";

/** The caller's object in the given form: a copy of `doc`, left open or frozen deeply by the caller. */
function asCaller(doc: Scenario, form: Form): Scenario {
  const copy = structuredClone(doc);
  return form === "plain" ? copy : form === "immer" ? freeze(copy, true) : deepFreeze(copy);
}

const small = scenarioDocument({ maxRegions: 5, maxThemes: 4, maxOrganisations: 4, maxMandates: 6 });
const forms = fc.constantFrom<Form>("plain", "Object.freeze", "immer");
const world = small.chain((doc) => fc.record({ doc: fc.constant(doc), query: cellQuery(doc), form: forms }));

/** Invalid documents: small mutations of valid ones, and valid ones given a region cycle a -> b -> a. */
const invalid = fc
  .oneof(
    mutated(small),
    small.map((doc) => ({ ...doc, regions: [...doc.regions, { id: "cyc-a", name: "A", level: "region", parent: "cyc-b" }, { id: "cyc-b", name: "B", level: "region", parent: "cyc-a" }] })),
  )
  .filter((doc) => !safeParseScenario(doc).success);

describe("hand-built and frozen-but-unparsed scenarios at every entry point", () => {
  it("a valid one is answered as its parsed form, and the caller's object is neither frozen nor changed", async () => {
    await fc.assert(
      fc.asyncProperty(
        world,
        fuzzCase(({ doc, query, form }) => {
          const given = asCaller(doc, form);
          const before = structuredClone(given);
          expect(answers(given, query)).toEqual(answers(parseScenario(doc), query));
          expect(given).toEqual(before);
          if (form === "plain") expect(frozenParts(given)).toEqual([]);
        }),
      ),
      budget(25),
    );
  });

  it("a plain one edited between two calls is answered as it is at the second call", async () => {
    await fc.assert(
      fc.asyncProperty(
        world,
        fuzzCase(({ doc, query }) => {
          const given = structuredClone(doc) as { -readonly [K in keyof Scenario]: Scenario[K] };
          answers(given, query);
          // The edit: every mandate ends before the first day asked about, so nothing is held through it.
          given.mandates = given.mandates.map((m) => ({ ...m, validFrom: "2023-01-01", validUntil: "2024-06-01" }));
          fc.pre(safeParseScenario(given).success);
          expect(answers(given, query)).toEqual(answers(parseScenario(given), query));
        }),
      ),
      budget(15),
    );
  });

  it("an invalid one, open or frozen, gets a ScenarioError naming the function", async () => {
    await fc.assert(
      fc.asyncProperty(
        invalid,
        forms,
        fuzzCase((doc, form) => {
          const copy = structuredClone(doc);
          const given = form === "plain" ? copy : form === "immer" ? freeze(copy, true) : deepFreeze(copy);
          const calls: Record<string, () => unknown> = {
            resolve: () => resolve(given as Scenario, { theme: "t", region: "r", on: ON }),
            representationTimeline: () => representationTimeline(given as Scenario, { theme: "t", region: "r", ...PERIOD }),
          };
          for (const [name, call] of Object.entries(ENTRY_POINTS)) calls[name] = () => call(given as Scenario);
          for (const [name, call] of Object.entries(calls)) {
            const got = outcome(call) as { error?: string; message?: string };
            expect(got.error, name).toBe("ScenarioError");
            // applyChange names the change it was given; the lists name the scenario's place.
            expect(got.message?.startsWith(name), name).toBe(true);
          }
        }),
      ),
      budget(60),
    );
  });
});
