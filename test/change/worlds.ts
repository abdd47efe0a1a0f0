/** Scenarios for the change tests: the worked examples, one per governance model. */
import { expect } from "vitest";
import { ScenarioError } from "../../src/index.js";
import { parseScenario } from "../../src/governance/parse-scenario.js";
import type { Scenario } from "../../src/model/types.js";
import { fixtureJson } from "../fixtures/load.js";

export type WorldName = "coordination" | "oc2" | "alternative";

/** The alternative model used in the tests: an assignment, a deferral to mandates and a rotating chair. */
export const alternativeModel = {
  kind: "alternative",
  name: "Rotating chair",
  rules: [
    { id: "r1", when: { themes: ["curriculum"], sectors: ["mbo"] }, then: { assign: { lead: "bvmbo", members: ["aob"] } } },
    { id: "r2", when: { themeKind: "labour" }, then: { mandates: { grants: ["statute"] } } },
    { id: "r3", then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: "2026-01-01" } } },
  ],
} as const;

/** The raw JSON of a test world. */
export function worldJson(name: WorldName): Record<string, any> {
  if (name === "oc2") return structuredClone(fixtureJson("worked-oc2")) as Record<string, any>;
  const doc = structuredClone(fixtureJson("worked-coordination")) as Record<string, any>;
  if (name === "alternative") doc["model"] = structuredClone(alternativeModel);
  return doc;
}

/** A parsed (deeply frozen) test world. */
export function world(name: WorldName): Scenario {
  return parseScenario(worldJson(name));
}

/** Runs `fn`, expects a ScenarioError, and returns it. */
export function refusal(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return error as ScenarioError;
  }
  throw new Error("expected a ScenarioError, but nothing was thrown");
}
