// Load a scenario from a JSON file, validate it, and see what a broken copy reports.
import { readFileSync } from "node:fs";
import { explain, resolve, safeParseScenario, ScenarioError, parseScenario } from "beroepsgroep";

const text = readFileSync(new URL("./data/small-world.json", import.meta.url), "utf8");
const scenario = parseScenario(JSON.parse(text));
console.log(`Loaded "${scenario.name}": ${scenario.organisations.length} organisations, ${scenario.mandates.length} mandates, model ${scenario.model.kind}.`);

const answer = resolve(scenario, { theme: "curriculum", region: "west", sector: "mbo", on: "2025-06-01" });
console.log(explain(answer));

// A copy with a typo in a key, a mandate held by an unknown organisation and an impossible date.
const broken = JSON.parse(text) as { mandates: Record<string, unknown>[]; organisations: Record<string, unknown>[] };
broken.organisations[0] = { ...broken.organisations[0], shortname: "AOb" };
broken.mandates[0] = { ...broken.mandates[0], validFrom: "2025-02-30" };
const result = safeParseScenario(broken);
if (!result.success) {
  console.log(`\nThe broken copy has ${result.error.issues.length} problems:`);
  for (const issue of result.error.issues) console.log(`  [${issue.code}] ${issue.message}`);
}

try {
  parseScenario({ ...scenario, schemaVersion: 2 });
} catch (error) {
  if (error instanceof ScenarioError) console.log(`\nVersion check: ${error.issues[0]?.message ?? ""}`);
}
