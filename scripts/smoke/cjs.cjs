// A Node CommonJS consumer: require() of every subpath.
const assert = require("node:assert/strict");
const { representationMatrix, parseScenario, ScenarioError } = require("beroepsgroep");
const { nl } = require("beroepsgroep/nl");
const { dutch } = require("beroepsgroep/locale/nl");
const schema = require("beroepsgroep/scenario.schema.json");
const oc2Json = require("beroepsgroep/nl/oc2.json");

const matrix = representationMatrix(nl.scenarios.oc2, { on: "2026-06-01" });
assert.ok(matrix.cells.length > 0);
assert.throws(() => parseScenario(null), ScenarioError);
assert.equal(typeof schema.properties, "object");
assert.deepEqual(parseScenario(oc2Json), nl.scenarios.oc2);
// Requiring the Dutch locale registers it with the main entry: locale "nl" and the catalogue give the same text.
const { explain } = require("beroepsgroep");
assert.equal(explain(matrix.cells[0], { locale: "nl" }), explain(matrix.cells[0], { locale: dutch }));
console.log(`cjs ok: ${matrix.cells.length} cells`);
