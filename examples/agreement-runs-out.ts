// An agreement runs out: give the coordination agreement an end date, and watch every cell it
// decided fall back to "unrepresented" on that day (the coordination model has no fallback here).
import { explain, parseScenario, representationMatrix, resolve, type Scenario } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

const document = nl.document("coordination");
if (document.model.kind !== "coordination") throw new Error("expected the coordination document");
const ending: Scenario = parseScenario({
  ...document,
  model: { ...document.model, agreement: { ...document.model.agreement, validUntil: "2028-08-01" } },
});

for (const on of ["2028-07-31", "2028-08-01"]) {
  const cells = representationMatrix(ending, { on }).cells;
  const represented = cells.filter((c) => c.status === "represented").length;
  console.log(`${on}: ${represented} of ${cells.length} cells represented`);
}

console.log("");
const after = resolve(ending, { theme: "curriculum", region: "nl", sector: "vo", on: "2028-08-01" });
console.log(explain(after, { names: nl.names }));

// The embedded scenario is untouched: a new value was made.
console.log("");
console.log(`The embedded agreement still has no end: ${String(!("validUntil" in nl.scenarios.coordination.model))}`);
