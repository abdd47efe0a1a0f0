// A Node CommonJS consumer: require() of every subpath.
const assert = require("node:assert/strict");
const { representationMatrix, parseScenario, ScenarioError } = require("beroepsgroep");
const { apportion, tally } = require("beroepsgroep/council");
const { applyChange, parseChange } = require("beroepsgroep/change");
const { nl } = require("beroepsgroep/nl");
const { displayNames, renderMatrix, renderStructure } = require("beroepsgroep/report");
const { changeSchema } = require("beroepsgroep/internal");
const { dutch } = require("beroepsgroep/locale/nl");
const schema = require("beroepsgroep/scenario.schema.json");
const oc2Json = require("beroepsgroep/nl/oc2.json");

const matrix = representationMatrix(nl.scenarios.oc2, { on: "2026-06-01" });
assert.ok(matrix.cells.length > 0);
// The entries share one record of the scenarios the library made: the dataset's scenario is
// trusted by the main entry and the pictures, a copy of it is refused by both.
assert.equal(displayNames(nl.scenarios.oc2).organisations.oc2, "OC 2.0");
assert.ok(renderStructure(nl.scenarios.oc2).startsWith("flowchart"));
const notParsed = (error) => error instanceof ScenarioError && error.issues[0].code === "not_parsed";
assert.throws(() => representationMatrix(structuredClone(nl.scenarios.oc2), { on: "2026-06-01" }), notParsed);
assert.throws(() => displayNames(structuredClone(nl.scenarios.oc2)), notParsed);
assert.throws(() => parseScenario(null), ScenarioError);
assert.equal(typeof schema.properties, "object");
assert.equal(changeSchema.safeParse({ type: "revoke-mandate", id: "m1", on: "2026-01-01" }).success, true);
assert.deepEqual(parseScenario(oc2Json), nl.scenarios.oc2);
const revoke = parseChange({ type: "revoke-mandate", id: nl.scenarios.oc2.mandates[0].id, on: "2026-06-01" });
assert.notEqual(applyChange(nl.scenarios.oc2, revoke).scenario, nl.scenarios.oc2);
assert.deepEqual(apportion(8, { A: 100000, B: 80000, C: 30000, D: 20000 }, { method: "dhondt" }).allocation, { A: 4, B: 3, C: 1, D: 0 });
assert.deepEqual(tally({ candidates: ["a", "b"], ballots: [{ approvals: ["b"], count: 2 }, { approvals: ["a"] }] }, { method: "approval" }).winners, ["b"]);
// Requiring the Dutch locale registers it with the main entry: locale "nl" and the catalogue give the same text.
const { explain } = require("beroepsgroep");
assert.equal(explain(matrix.cells[0], { locale: "nl" }), explain(matrix.cells[0], { locale: dutch }));
assert.ok(renderMatrix(matrix, { format: "markdown", locale: "nl" }).startsWith("## "));
console.log(`cjs ok: ${matrix.cells.length} cells`);
