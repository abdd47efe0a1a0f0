import { type IssuePath, ScenarioError } from "../model/scenario-error.js";
import type { ChangeType } from "./change.js";

/**
 * Refuses a change that makes no sense against the scenario (an unknown id, a date
 * before a start, the wrong model). The path points into the change.
 */
export function refuse(type: ChangeType, code: string, path: IssuePath, message: string): never {
  throw new ScenarioError([{ code, path: ["change", ...path], message: `${type}: ${message}` }], `applyChange(${type})`);
}
