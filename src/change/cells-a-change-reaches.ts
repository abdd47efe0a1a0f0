import { inInterval } from "../model/dates.js";
import { indexOf } from "../model/scenario-index.js";
import type { IsoDate, Mandate, Scenario } from "../model/types.js";
import type { ScenarioPatch } from "./scenario-patch.js";

/** The themes, regions and sectors of a matrix, or of the part of one a change can reach. */
export interface MatrixAxes {
  readonly themes: readonly string[];
  readonly regions: readonly string[];
  readonly sectors: readonly (string | null)[];
}

/**
 * The versions of the mandates a change touched, before and after, when it touched
 * nothing but mandates; undefined when it touched anything else.
 */
export function touchedMandates(before: Scenario, after: Scenario, patches: readonly ScenarioPatch[]): Mandate[] | undefined {
  const indexes = new Set<number>();
  for (const { path } of patches) {
    if (path[0] !== "mandates" || typeof path[1] !== "number") return undefined;
    indexes.add(path[1]);
  }
  const out: Mandate[] = [];
  for (const i of indexes) {
    const old = before.mandates[i];
    const now = after.mandates[i];
    if (old !== undefined) out.push(old);
    if (now !== undefined) out.push(now);
  }
  return out;
}

/**
 * The cells a set of mandate versions can touch. A mandate makes claims only on the
 * cells its scope covers, so other cells keep their answer and their basis. With a day
 * (`on`), only the mandates in force on it count: a claim out of force is set aside
 * before it can weigh, so it cannot change an answer, though a basis still lists it.
 */
export function reachOf(scenario: Scenario, mandates: readonly Mandate[], axes: MatrixAxes, on: IsoDate | undefined): MatrixAxes {
  const index = indexOf(scenario);
  const live = on === undefined ? mandates : mandates.filter((m) => inInterval(on, m.validFrom, m.validUntil));
  const covered = (within: (ancestor: string) => boolean, listed: readonly string[] | "all"): boolean => listed === "all" || listed.some(within);
  return {
    themes: axes.themes.filter((t) => live.some((m) => covered((up) => index.themeWithin(t, up), m.scope.themes))),
    regions: axes.regions.filter((r) => live.some((m) => covered((up) => index.regionWithin(r, up), m.scope.regions))),
    sectors: axes.sectors.filter((s) => live.some((m) => m.scope.sectors === "all" || (s !== null && m.scope.sectors.includes(s)))),
  };
}

/**
 * The cells of `axes` that a change from `before` to `after` (by `patches`) can alter:
 * those its mandates reach when it touched only mandates, else all. With a day, the
 * cells whose answer on that day it can alter; without, those whose basis it can alter.
 */
export function cellsAChangeReaches(before: Scenario, after: Scenario, patches: readonly ScenarioPatch[], axes: MatrixAxes, on: IsoDate | undefined): MatrixAxes {
  const mandates = touchedMandates(before, after, patches);
  return mandates === undefined ? axes : reachOf(after, mandates, axes, on);
}
