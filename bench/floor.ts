/**
 * The floor baseline: building the output alone. It makes the same number of
 * plain result objects with the same fields as a real matrix (each cell with its
 * own delegation, contenders and basis arrays and one fresh object per basis
 * step), from answers worked out beforehand, with no resolution at all.
 */
import type { BasisStep, Representation } from "../src/resolve/representation.js";

/** What the floor copies for one cell: the answer's fields, read before timing starts. */
export interface FloorCell {
  readonly cell: Representation;
  readonly steps: readonly BasisStep[];
}

/** Reads the answers of a real matrix into the floor's input. */
export function floorPlan(cells: readonly Representation[]): FloorCell[] {
  return cells.map((cell) => ({ cell, steps: cell.basis }));
}

/** Builds the output of a matrix again, field by field, without resolving anything. */
export function buildFloor(plan: readonly FloorCell[]): Representation[] {
  const out: Representation[] = [];
  for (const { cell, steps } of plan) {
    const basis: BasisStep[] = [];
    for (const step of steps) basis.push(step.via === undefined ? { claim: step.claim, outcome: step.outcome } : { claim: step.claim, outcome: step.outcome, via: step.via });
    const base = {
      theme: cell.theme,
      region: cell.region,
      sector: cell.sector,
      on: cell.on,
      model: cell.model,
      status: cell.status,
      lead: cell.lead,
      leads: cell.leads.slice(),
      delegation: cell.delegation.slice(),
      contenders: cell.contenders.slice(),
      contendingParties: cell.contendingParties.map((party) => party.slice()),
      basis,
    };
    out.push(cell.reason === undefined ? base : { ...base, reason: cell.reason });
  }
  return out;
}
