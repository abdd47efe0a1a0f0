// A browser page bundled by Vite from the installed tarball: it resolves the Dutch
// scenarios, renders their matrices (beroepsgroep/report) and a count of the council
// (beroepsgroep/council), weighs a change (beroepsgroep/change), and leaves its answers
// in <pre id="out">.
import * as lib from "beroepsgroep";
import { impactOf } from "beroepsgroep/change";
import * as council from "beroepsgroep/council";
import { displayNames, renderMatrix } from "beroepsgroep/report";
import { nl } from "beroepsgroep/nl";
import "beroepsgroep/locale/nl";
import schema from "beroepsgroep/scenario.schema.json";
import { answers, DAY, NAMES } from "../answers.mjs";

const host = document.getElementById("matrices");
for (const name of NAMES) {
  const scenario = nl.scenarios[name];
  const matrix = lib.representationMatrix(scenario, { on: DAY });
  const names = displayNames(scenario);
  const html = document.createElement("section");
  html.id = `html-${name}`;
  html.innerHTML = renderMatrix(matrix, { format: "html", locale: "nl", names, idPrefix: `h-${name}` });
  const svg = document.createElement("section");
  svg.id = `svg-${name}`;
  svg.innerHTML = renderMatrix(matrix, { format: "svg", names, idPrefix: `s-${name}` });
  host.append(html, svg);
}
const count = document.createElement("section");
count.id = "tally";
count.innerHTML = council.renderTally(council.tally({ candidates: NAMES, ballots: [{ ranking: ["oc2", "coordination"], count: 2 }, { ranking: ["alternative"] }] }, { method: "irv" }), { format: "svg", idPrefix: "t" });
host.append(count);
// A change weighed in the page: the cells that revoking the first mandate alters.
const coordination = nl.scenarios.coordination;
const impact = impactOf(coordination, { type: "revoke-mandate", id: coordination.mandates[0].id, on: DAY }, { on: DAY });
document.body.dataset.changedCells = String(impact.cells.length);
document.getElementById("out").textContent = JSON.stringify(answers(lib, council, nl, schema));
document.body.dataset.done = "true";
