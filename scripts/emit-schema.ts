// Writes dist/scenario.schema.json from the zod schemas (run by `npm run build`; never edit the file by hand).
import { mkdirSync, writeFileSync } from "node:fs";
import { scenarioJsonSchema } from "../src/model/json-schema.js";

mkdirSync("dist", { recursive: true });
writeFileSync("dist/scenario.schema.json", `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
