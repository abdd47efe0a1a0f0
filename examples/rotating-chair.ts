// The teachers' council proposes its own alternative: one chair for the profession that rotates
// every two years, with pay left to the unions. Rules are data, so the proposal is plain JSON that
// the library validates before it answers anything.
import { parseScenario, resolve, safeParseScenario } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

const proposal = {
  kind: "alternative",
  name: "Roulerend voorzitterschap",
  description: "The five organisations chair the profession in turn, two years each; pay stays with the unions.",
  rules: [
    { id: "arbeid", when: { themeKind: "labour" }, then: { mandates: { grants: ["statute"] } } },
    { id: "voorzitter", then: { rotate: { among: ["aob", "cnvo", "fvov", "bvmbo", "pvvvo"], every: { years: 2 }, startingOn: "2026-08-01" } } },
  ],
};

const base = nl.document("alternative");
const scenario = parseScenario({ ...base, id: "council-rotating-chair", name: proposal.name, model: proposal });

console.log(`${proposal.name}: who chairs the profession as a whole on curriculum`);
for (let year = 2026; year <= 2035; year += 1) {
  const answer = resolve(scenario, { theme: "curriculum", region: "nl", on: `${year}-09-01` });
  console.log(`  ${year}-09-01  ${nl.names[answer.lead ?? ""] ?? answer.status}`);
}
const pay = resolve(scenario, { theme: "arbeidsvoorwaarden", region: "nl", on: "2030-09-01" });
console.log(`Pay and working conditions stay with ${pay.delegation.map((id) => nl.names[id] ?? id).join(", ")}.`);

// A draft with a mistake: a rotation period of zero and an organisation that does not exist.
const draft = { ...proposal, rules: [{ id: "voorzitter", then: { rotate: { among: ["aob", "lerarenunie"], every: {}, startingOn: "2026-08-01" } } }] };
const checked = safeParseScenario({ ...base, model: draft });
if (!checked.success) {
  console.log("");
  console.log("The draft is rejected:");
  for (const issue of checked.error.issues) console.log(`  [${issue.code}] ${issue.message}`);
}
