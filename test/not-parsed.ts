import { expect } from "vitest";
import { ScenarioError } from "../src/index.js";

/**
 * Runs `fn`, which must refuse a scenario the library did not make: a ScenarioError whose
 * message starts with `context` and carries one issue, code `not_parsed`, path `[]`, whose
 * message says to parse first. Returns the error for further checks.
 */
export function notParsed(fn: () => unknown, context: string): ScenarioError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${context} should refuse`).toBeInstanceOf(ScenarioError);
  const error = caught as ScenarioError;
  expect(error.message.startsWith(`${context}: 1 problem found\n`), error.message).toBe(true);
  expect(error.issues).toHaveLength(1);
  expect(error.issues[0]?.code).toBe("not_parsed");
  expect(error.issues[0]?.path).toEqual([]);
  expect(error.issues[0]?.message).toMatch(/not a scenario the library made; pass the document through parseScenario first/);
  return error;
}
