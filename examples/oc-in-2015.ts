// The Onderwijscoöperatie in 2015: its structure as far as the sources show it, who it
// represented, and what became of it. Every fact carries its sources inside the data.
import { type Dated, explain, findPitfalls, representationMatrix, resolve, valueOn } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

const oc = nl.history.oc;
const model = oc.model;
if (model.kind !== "oc2") throw new Error("expected an OC-style model");
// Board, assembly and register may be dated lists: read them as in force on a day in 2015.
const inForce = <T>(field: T | Dated<T> | undefined): T | undefined => (Array.isArray(field) ? valueOn(field as Dated<T>, "2015-06-01") : (field as T | undefined));
const board = inForce(model.board);
const assembly = inForce(model.assembly);
const safeguards = inForce(model.safeguards);
const name = (id: string): string => nl.names[id] ?? id;

console.log(oc.name);
console.log(`  board: ${board?.seats.map((s) => name(s.organisation)).join(", ") ?? "-"}; teacher seats: ${board?.teacherSeats ?? 0}`);
console.log(`  assembly: ${assembly?.delegatesPerOrganisation ?? "?"} delegate per organisation; open to unorganised teachers: ${String(assembly?.openToUnorganised)}`);
console.log(`  advisory council: ${model.advisoryCouncil?.seats ?? 0} seats by ${model.advisoryCouncil?.allocation ?? "?"}`);
console.log(`  mandatory register: ${String(safeguards?.mandatoryRegister)}`);
// The money is the scenario's funding periods: who paid, what kind, from when.
for (const period of oc.funding ?? []) console.log(`  funding ${period.id}: paid by ${period.by}, ${period.kind}, from ${period.from}${period.until === undefined ? "" : ` until ${period.until}`}`);

const on = "2015-06-01";
console.log("");
console.log(`Who led each theme for the profession as a whole on ${on}:`);
for (const cell of representationMatrix(oc, { on, sectors: [null] }).cells) console.log(`  ${cell.theme.padEnd(24)} ${cell.lead === null ? cell.status : name(cell.lead)}`);

// The letter's lessons, found in the model's fields: the register, the distance to teachers.
console.log("");
console.log(`What the analysis finds on ${on}:`);
for (const finding of findPitfalls(oc, { on })) console.log(`  [${finding.id}] ${finding.message}`);

console.log("");
console.log(explain(resolve(oc, { theme: "lerarenregister", region: "nl", on: "2019-01-01" }), { names: nl.names }));

// Every entity names its sources; the scenario lists them with their addresses.
const cited = oc.organisations.find((o) => o.id === "oc")?.sources ?? [];
console.log("");
console.log("Sources on the OC itself:");
for (const source of oc.sources ?? []) if (cited.includes(source.id)) console.log(`  ${source.id}: ${source.url ?? source.title}`);
