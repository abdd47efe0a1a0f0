// A Node CommonJS consumer: require() of every subpath.
const assert = require("node:assert/strict");
const { representationMatrix, parseScenario, ScenarioError } = require("beroepsgroep");
const { nl } = require("beroepsgroep/nl");
const { changeSchema } = require("beroepsgroep/internal");
const schema = require("beroepsgroep/scenario.schema.json");
const oc2Json = require("beroepsgroep/nl/oc2.json");

const matrix = representationMatrix(nl.scenarios.oc2, { on: "2026-06-01" });
assert.ok(matrix.cells.length > 0);
assert.throws(() => parseScenario(null), ScenarioError);
assert.equal(typeof schema.properties, "object");
assert.equal(changeSchema.safeParse({ type: "revoke-mandate", id: "m1", on: "2026-01-01" }).success, true);
assert.deepEqual(parseScenario(oc2Json), nl.scenarios.oc2);
console.log(`cjs ok: ${matrix.cells.length} cells`);
