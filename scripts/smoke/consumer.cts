// A TypeScript CommonJS consumer (node16): typechecked against the shipped .d.cts declarations.
import { representationMatrix, type RepresentationMatrix } from "beroepsgroep";
import { applyChange, type Change, type ChangeResult } from "beroepsgroep/change";
import { tally, type TallyResult } from "beroepsgroep/council";
import { nl } from "beroepsgroep/nl";
import { renderStructure, type StructureOptions } from "beroepsgroep/report";
import { changeSchema } from "beroepsgroep/internal";
import schema = require("beroepsgroep/scenario.schema.json");

const matrix: RepresentationMatrix = representationMatrix(nl.scenarios.oc2, { on: "2026-06-01" });
const cells: number = matrix.cells.length;
// @ts-expect-error `on` is required
representationMatrix(nl.scenarios.oc2, {});
const dialect: string = schema.$schema;
const valid: boolean = changeSchema.safeParse({ type: "remove-rule", id: "r1" }).success;
const counted: TallyResult = tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "b"] }] }, { method: "schulze" });
// @ts-expect-error there is no method "lottery"
tally({ candidates: ["a"], ballots: [] }, { method: "lottery" });
const structureOptions: StructureOptions = { direction: "LR" };
const structure: string = renderStructure(nl.scenarios.oc2, structureOptions);
const revoke: Change = { type: "revoke-mandate", id: "m1", on: "2026-01-01" };
const changed: ChangeResult = applyChange(nl.scenarios.oc2, revoke);
// @ts-expect-error there is no change "abolish-profession"
applyChange(nl.scenarios.oc2, { type: "abolish-profession" });
export { cells, changed, counted, dialect, structure, valid };
