import type { Cell } from "../governance/claim.js";
import { claimsFor } from "../governance/claims-for.js";
import { trustedScenario } from "../model/trusted-scenario.js";
import { indexOf, type ScenarioIndex } from "../model/scenario-index.js";
import type { Scenario } from "../model/types.js";
import { cellOf, type CellQuery } from "./query.js";
import type { Representation } from "./representation.js";
import { resolveClaims } from "./resolve-claims.js";

/** Resolves a checked cell: the model makes claims, the one algorithm judges them. */
export function resolveCell(index: ScenarioIndex, cell: Cell): Representation {
  const d = resolveClaims(index, cell, claimsFor(index, cell));
  // Written out rather than spread: this runs once per cell of every matrix.
  const answer: Representation = {
    theme: cell.theme,
    region: cell.region,
    sector: cell.sector,
    on: cell.on,
    model: index.scenario.model.kind,
    status: d.status,
    lead: d.lead,
    leads: d.leads,
    delegation: d.delegation,
    contenders: d.contenders,
    contendingParties: d.contendingParties,
    basis: d.basis,
  };
  return d.reason === undefined ? answer : { ...answer, reason: d.reason };
}

/**
 * Works out who represents the profession on one theme, in one region, for one
 * sector (or the profession as a whole), on one day, and why.
 *
 * @param scenario - a scenario made by the library
 *   ({@link parseScenario}, {@link safeParseScenario}, `applyChange` or a history)
 * @param query - `{ theme, region, sector?, on }`; `on` is `YYYY-MM-DD` or a `Date`
 * @returns the {@link Representation}, with its basis
 * @throws {@link ScenarioError} (context `resolve`, one issue with code `not_parsed`) when `scenario` was not
 *   made by the library; it is refused, never checked, copied, frozen or kept
 * @throws Error starting `resolve:` for an unknown theme, region or sector, or a malformed date
 * @example
 * ```ts
 * const answer = resolve(scenario, { theme: "curriculum", region: "west", sector: "vo", on: "2025-06-01" });
 * answer.status; // => "represented"
 * answer.delegation; // => ["aob", "fvov"]
 * ```
 * @category Resolution
 */
export function resolve(scenario: Scenario, query: CellQuery): Representation {
  const index = indexOf(trustedScenario(scenario, "resolve"));
  return resolveCell(index, cellOf(index, query, "resolve"));
}
