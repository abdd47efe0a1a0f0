// A Node ESM consumer: every subpath, through the package's exports map.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { parseScenario, representationMatrix, resolve, ScenarioError } from "beroepsgroep";
import { applyChange, createHistory, impactOf } from "beroepsgroep/change";
import { renderTally, tally, TallyError } from "beroepsgroep/council";
import { nl } from "beroepsgroep/nl";
import { displayNames, renderMatrix, renderStructure, renderTimeline } from "beroepsgroep/report";
import { scenarioSchema } from "beroepsgroep/internal";
import schema from "beroepsgroep/scenario.schema.json" with { type: "json" };
import coordinationJson from "beroepsgroep/nl/coordination.json" with { type: "json" };

const require = createRequire(import.meta.url);
const scenario = nl.scenarios.coordination;
const matrix = representationMatrix(scenario, { on: "2026-06-01" });
assert.ok(matrix.cells.length > 0);
assert.ok(["represented", "contested", "unrepresented"].includes(resolve(scenario, { theme: matrix.themes[0], region: matrix.regions[0], on: "2026-06-01" }).status));
assert.throws(() => parseScenario({ schemaVersion: 2 }), ScenarioError);
// The entries share one record of the scenarios the library made: the dataset's scenario is
// trusted by the main entry and the pictures, a copy of it is refused by both.
assert.ok(renderStructure(scenario).startsWith("flowchart"));
const notParsed = (error) => error instanceof ScenarioError && error.issues[0].code === "not_parsed";
assert.throws(() => resolve(structuredClone(scenario), { theme: matrix.themes[0], region: matrix.regions[0], on: "2026-06-01" }), notParsed);
assert.throws(() => renderStructure(structuredClone(scenario)), notParsed);
assert.equal(scenarioSchema.safeParse(JSON.parse(JSON.stringify(scenario))).success, true);
assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
assert.equal(require.resolve("beroepsgroep").endsWith("index.cjs"), true);
assert.equal(require.resolve("beroepsgroep/council").endsWith("council.cjs"), true);
assert.equal(require.resolve("beroepsgroep/report").endsWith("report.cjs"), true);
assert.equal(require.resolve("beroepsgroep/change").endsWith("change.cjs"), true);
// The changes are their own entry: applied, undone and weighed there, absent from the main entry.
const revoke = { type: "revoke-mandate", id: scenario.mandates[0].id, on: "2026-03-01" };
assert.equal(applyChange(scenario, revoke).scenario.mandates[0].validUntil, "2026-03-01");
assert.equal(createHistory(scenario).apply(revoke).undo().current, scenario);
assert.ok(impactOf(scenario, revoke, { on: "2026-06-01" }).cells.length > 0);
assert.equal("applyChange" in (await import("beroepsgroep")), false);
// The pictures are their own entry: drawn there, absent from the main entry.
assert.ok(renderMatrix(matrix, { format: "svg", names: displayNames(scenario) }).startsWith("<svg"));
assert.ok(renderTimeline((await import("beroepsgroep")).matrixTimeline(scenario, { from: "2026-01-01", until: "2026-06-01" })).startsWith("<svg"));
assert.equal("renderMatrix" in (await import("beroepsgroep")), false);
// The teachers' council is its own entry: counted there, drawn there, absent from the main entry.
const count = tally({ candidates: ["oc2", "coordination"], ballots: [{ ranking: ["oc2"], count: 3 }, { ranking: ["coordination"] }] }, { method: "irv" });
assert.deepEqual(count.winners, ["oc2"]);
assert.ok(renderTally(count, { format: "svg" }).startsWith("<svg"));
assert.throws(() => tally({ candidates: ["a"], ballots: [{ ranking: ["b"] }] }, { method: "irv" }), TallyError);
assert.equal("tally" in (await import("beroepsgroep")), false);
// The shipped JSON document parses to the same scenario as the embedded one.
assert.deepEqual(parseScenario(coordinationJson), scenario);
console.log(`esm ok: ${matrix.cells.length} cells`);
