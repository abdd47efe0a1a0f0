import type { ScenarioIndex } from "../model/scenario-index.js";
import { alternativeClaims } from "./alternative.js";
import type { Cell, Claim } from "./claim.js";
import { coordinationClaims } from "./coordination.js";
import { oc2Claims } from "./oc2.js";

/** Every claim the scenario's governance model makes on the cell: the only place models differ. */
export function claimsFor(index: ScenarioIndex, cell: Cell): Claim[] {
  const model = index.scenario.model;
  switch (model.kind) {
    case "coordination":
      return coordinationClaims(index, model, cell);
    case "oc2":
      return oc2Claims(index, model, cell);
    case "alternative":
      return alternativeClaims(index, model, cell);
  }
}
