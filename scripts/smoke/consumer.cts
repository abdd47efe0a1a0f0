// A TypeScript CommonJS consumer (node16): typechecked against the shipped .d.cts declarations.
import { representationMatrix, type RepresentationMatrix } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";
import { changeSchema } from "beroepsgroep/internal";
import schema = require("beroepsgroep/scenario.schema.json");

const matrix: RepresentationMatrix = representationMatrix(nl.scenarios.oc2, { on: "2026-06-01" });
const cells: number = matrix.cells.length;
// @ts-expect-error `on` is required
representationMatrix(nl.scenarios.oc2, {});
const dialect: string = schema.$schema;
const valid: boolean = changeSchema.safeParse({ type: "remove-rule", id: "r1" }).success;
export { cells, dialect, valid };
