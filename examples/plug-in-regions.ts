// The dataset names only the onderwijsregio's that public sources name. An app with the full
// list of 50 plugs it in: take a raw document, add (or replace) regions, and parse it again.
import { parseScenario, resolve, safeParseScenario, type Region } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

// In a real app these come from the official list; each needs a parent in the tree.
const mine: Region[] = [
  { id: "or-utrecht", name: "Onderwijsregio Utrecht (example)", level: "onderwijsregio", parent: "nl" },
  { id: "or-zwolle", name: "Onderwijsregio Zwolle (example)", level: "onderwijsregio", parent: "oost-nederland" },
];

const document = nl.document("coordination");
const scenario = parseScenario({ ...document, regions: [...document.regions, ...mine] });
console.log(`${scenario.regions.length} regions now, of which ${mine.length} plugged in.`);

for (const region of ["or-utrecht", "or-zwolle"]) {
  const answer = resolve(scenario, { theme: "onderwijsarbeidsmarkt", region, sector: "vo", on: "2026-09-01" });
  const who = answer.lead === null ? `${answer.status} (${answer.contenders.join(", ")})` : answer.lead;
  console.log(`onderwijsarbeidsmarkt in ${region}: ${who}`);
}

// A region whose parent is missing, and a duplicate id, are caught before anything is answered.
const broken = safeParseScenario({
  ...document,
  regions: [...document.regions, { id: "or-x", name: "X", level: "onderwijsregio", parent: "gelderland" }, { id: "scope", name: "Scope", level: "onderwijsregio", parent: "nl" }],
});
if (!broken.success) for (const issue of broken.error.issues) console.log(`  [${issue.code}] ${issue.message}`);
