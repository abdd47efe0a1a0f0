// The computation every runtime does the same way: the Node reference and the
// browser page both call it, so their answers can be compared value for value.

/** The day the smoke consumers ask about. */
export const DAY = "2026-06-01";

/** The Dutch scenarios of the founding letter. */
export const NAMES = ["coordination", "oc2", "alternative"];

/** One cell as a flat row: what a reader of the matrix sees. */
export function cellRow(cell) {
  return [cell.theme, cell.region, cell.sector, cell.status, cell.lead, cell.delegation.join("+"), cell.contenders.join("+")];
}

/**
 * Resolves the three Dutch scenarios with the package `lib`, the dataset `nl` and the
 * JSON Schema `schema`, counts a small council vote on them with `council` (each loaded
 * from its own subpath), and returns plain JSON.
 */
export function answers(lib, council, nl, schema) {
  const scenarios = {};
  for (const name of NAMES) {
    const scenario = nl.scenarios[name];
    const matrix = lib.representationMatrix(scenario, { on: DAY });
    const first = matrix.cells.find((c) => c.status === "contested") ?? matrix.cells[0];
    // A scenario survives a trip through JSON and the validator unchanged.
    const again = lib.parseScenario(JSON.parse(JSON.stringify(scenario)));
    scenarios[name] = {
      id: scenario.id,
      model: scenario.model.kind,
      axes: [matrix.themes.length, matrix.regions.length, matrix.sectors.length],
      cells: matrix.cells.map(cellRow),
      roundTrip: JSON.stringify(again) === JSON.stringify(scenario),
      explained: lib.explain(first, { locale: "nl" }),
    };
  }
  const vote = {
    candidates: NAMES,
    ballots: [
      { ranking: ["oc2", "alternative", "coordination"], count: 4 },
      { ranking: ["coordination", "alternative", "oc2"], count: 3 },
      { ranking: ["alternative", "coordination", "oc2"], count: 2 },
    ],
  };
  const counted = council.tally(vote, { method: "irv" });
  const bad = lib.safeParseScenario({ schemaVersion: 2 });
  return {
    day: DAY,
    scenarios,
    council: { winners: counted.winners, rounds: counted.rounds.length, drawn: council.renderTally(counted, { format: "markdown" }).split("\n")[0] },
    invalid: bad.success ? null : { name: bad.error.name, isScenarioError: bad.error instanceof lib.ScenarioError, codes: bad.error.issues.map((i) => i.code).slice(0, 3) },
    schema: { dialect: schema.$schema, properties: Object.keys(schema.properties).length, required: schema.required },
  };
}
