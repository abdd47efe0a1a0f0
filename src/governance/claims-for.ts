import type { ScenarioIndex } from "../model/scenario-index.js";
import type { Cell, Claim } from "./claim.js";
import { claimRulesOf } from "./claim-models.js";

/** Every claim the scenario's governance model makes on the cell, asked of the model's rules. */
export function claimsFor(index: ScenarioIndex, cell: Cell): Claim[] {
  const model = index.scenario.model;
  return claimRulesOf(model).claims(index, model, cell);
}
