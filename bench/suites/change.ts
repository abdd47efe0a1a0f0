/**
 * Changing a scenario with 20,000 mandates: one named change (immer patches and
 * the incremental check) against `structuredClone` of the scenario, the issue's
 * yardstick (target: under 1/20 of the clone). Also measured: what checking the
 * whole scenario after each change would cost instead, and `impactOf`. And the
 * playground's yardstick (issue 21): a change and its updated matrix (`applyChange`, then
 * `updateMatrix`) against a whole new `representationMatrix` (target: under 1/20).
 */
import { parseScenario, representationMatrix } from "../../src/index.js";
import { applyChange, type Change, impactOf, updateMatrix } from "../../src/change-entry.js";
import { produceChange } from "../../src/change/apply-change.js";
import { fullCheck } from "../../src/change/check-changed.js";
import type { Mandate, Scenario } from "../../src/model/types.js";
import { generateSize, shiftDays, type SizeName } from "../generate.js";
import { type BenchRow, type BenchSuite, measure } from "../lib.js";

const SUITE = "change";
const TARGET = 1 / 20;

/** A mandate in the middle of the list that a revocation would really shorten. */
function revocable(scenario: Scenario): { mandate: Mandate; on: string } {
  const middle = Math.floor(scenario.mandates.length / 2);
  for (let i = middle; i < scenario.mandates.length; i++) {
    const mandate = scenario.mandates[i] as Mandate;
    const on = shiftDays(mandate.validFrom, 1);
    if (mandate.validUntil === undefined || mandate.validUntil > on) return { mandate, on };
  }
  throw new Error("bench change: no mandate to revoke");
}

function changes(scenario: Scenario): Record<string, Change> {
  const { mandate, on } = revocable(scenario);
  const holder = scenario.organisations.find((o) => o.dissolved === undefined)?.id ?? "";
  return {
    "grant-mandate": {
      type: "grant-mandate",
      mandate: { ...mandate, id: "bench-new", holder, validUntil: "2030-01-01" },
    },
    "revoke-mandate": { type: "revoke-mandate", id: mandate.id, on },
    "amend-mandate (scope)": {
      type: "amend-mandate",
      id: mandate.id,
      set: { scope: { ...mandate.scope, regions: [scenario.regions[0]?.id ?? ""] } },
    },
    "dissolve-organisation": { type: "dissolve-organisation", id: holder, on: "2029-01-01" },
    "end-agreement": { type: "end-agreement", on: "2029-01-01" },
  };
}

/** A row; with `cloneMs`, its ratio to the clone, held to the target only for what `applyChange` does. */
function row(name: string, measured: { medianMs: number; runs: number }, cloneMs?: number, note?: string, target = note === undefined): BenchRow {
  const base = { suite: SUITE, name, medianMs: measured.medianMs, runs: measured.runs };
  const value = cloneMs === undefined ? 0 : measured.medianMs / cloneMs;
  const ratio =
    cloneMs === undefined ? {}
    : target ? { ratio: { against: "structuredClone", value, target: "< 0.05 (1/20)", met: value < TARGET } }
    : { ratio: { against: "structuredClone", value } };
  return { ...base, ...ratio, ...(note === undefined ? {} : { note }) };
}

/** @see the module comment. */
export const suite: BenchSuite = {
  name: SUITE,
  run({ quick }) {
    const size: SizeName = quick ? "small" : "large";
    const scenario = parseScenario(generateSize(size, "coordination"));
    const prefix = `${size} (${scenario.mandates.length} mandates)`;
    const runs = quick ? 5 : 15;
    const rows: BenchRow[] = [];

    const clone = measure(() => structuredClone(scenario), { runs });
    rows.push(row(`${prefix} / structuredClone`, clone, undefined, "the yardstick"));
    for (const [name, change] of Object.entries(changes(scenario))) {
      const result = applyChange(scenario, change);
      if (result.scenario === scenario) throw new Error(`bench change: ${name} altered nothing`);
      rows.push(row(`${prefix} / applyChange ${name}`, measure(() => applyChange(scenario, change), { runs: runs * 4 }), clone.medianMs));
    }
    const grant = changes(scenario)["grant-mandate"] as Change;
    rows.push(
      row(`${prefix} / grant-mandate, immer only`, measure(() => produceChange(scenario, grant), { runs: runs * 4 }), clone.medianMs, "no check at all"),
    );
    rows.push(
      row(`${prefix} / whole-scenario check`, measure(() => fullCheck(scenario), { runs }), clone.medianMs, "what checking everything after each change would add"),
    );
    const revoke = changes(scenario)["revoke-mandate"] as Change;
    const on = "2026-06-01";
    const checked = impactOf(scenario, revoke, { on }).cellsChecked;
    const cells = scenario.themes.length * scenario.regions.length * scenario.sectors.length;
    rows.push(
      row(`${prefix} / impactOf revoke-mandate`, measure(() => impactOf(scenario, revoke, { on }), { runs: quick ? 3 : 5 }), undefined, `${checked} of ${cells} cells resolved again (the resolution suite times whole matrices)`),
    );
    rows.push(...editedMatrix(scenario, prefix, quick));
    return rows;
  },
};

/** A change and the updated matrix, against a whole new matrix, for each mandate change. */
function editedMatrix(scenario: Scenario, prefix: string, quick: boolean): BenchRow[] {
  const on = "2026-06-01";
  const whole = measure(() => representationMatrix(scenario, { on }), { runs: quick ? 3 : 5 });
  const matrix = representationMatrix(scenario, { on });
  const rows: BenchRow[] = [{ suite: SUITE, name: `${prefix} / whole representationMatrix`, medianMs: whole.medianMs, runs: whole.runs, note: `${matrix.cells.length} cells, the playground's yardstick` }];
  for (const [name, change] of Object.entries(changes(scenario))) {
    if (!name.includes("mandate")) continue;
    const checked = updateMatrix(matrix, scenario, applyChange(scenario, change)).cellsChecked;
    const edit = measure(() => updateMatrix(matrix, scenario, applyChange(scenario, change)), { runs: quick ? 5 : 15 });
    const value = edit.medianMs / whole.medianMs;
    rows.push({
      suite: SUITE,
      name: `${prefix} / applyChange + updateMatrix ${name}`,
      medianMs: edit.medianMs,
      runs: edit.runs,
      ratio: { against: "whole representationMatrix", value, target: "< 0.05 (1/20)", met: value < TARGET },
      note: `${checked} of ${matrix.cells.length} cells resolved again`,
    });
  }
  return rows;
}
