// The OC 2.0 body delegates the mbo to the BVMBO: add one mandate granted by delegation and
// compare the mbo cells before and after. A delegation by the body outranks its chapters.
import { explain, parseScenario, representationMatrix, type Mandate, type Scenario } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

const on = "2027-03-01";
const delegation: Mandate = {
  id: "d-bvmbo-mbo",
  holder: "bvmbo",
  role: "lead",
  scope: { themes: ["beroepsbeeld", "bekwaamheidseisen", "lerarenopleiding", "professionalisering", "curriculum"], regions: ["nl"], sectors: ["mbo"] },
  validFrom: "2027-01-01",
  grant: { by: "delegation", from: "oc2" },
};
// The labour market is left out of the delegation, so it stays with the body (or its chapter).
const document = nl.document("oc2");
const delegated: Scenario = parseScenario({ ...document, mandates: [...document.mandates, delegation] });

function leads(scenario: Scenario, region: string): Map<string, string> {
  const matrix = representationMatrix(scenario, { on, regions: [region], sectors: ["mbo"] });
  return new Map(matrix.cells.map((c) => [c.theme, c.lead ?? c.status]));
}

for (const region of ["nl", "gfd-mbo"]) {
  const before = leads(nl.scenarios.oc2, region);
  const after = leads(delegated, region);
  console.log(`mbo in ${region} on ${on}: theme, lead before, lead after`);
  for (const [theme, lead] of before) console.log(`  ${theme.padEnd(22)} ${lead.padEnd(9)} ${after.get(theme) ?? ""}`);
}

console.log("");
const [cell] = representationMatrix(delegated, { on, themes: ["curriculum"], regions: ["gfd-mbo"], sectors: ["mbo"] }).cells;
if (cell !== undefined) console.log(explain(cell, { names: nl.names }));
