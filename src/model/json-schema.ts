import { z } from "zod";
import { scenarioSchema } from "./schema/scenario.js";

/**
 * The JSON Schema (draft 2020-12) of the scenario document, generated from the
 * library's zod schemas; the same schema ships as `beroepsgroep/scenario.schema.json`.
 * It checks shape only: references, trees and date order are checked by `parseScenario`.
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * const schema = scenarioJsonSchema();
 * schema.$schema; // => "https://json-schema.org/draft/2020-12/schema"
 * ```
 * @category Validation
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://www.npmjs.com/package/beroepsgroep/scenario.schema.json",
    title: "beroepsgroep scenario, schemaVersion 1",
    description: "One world of a teachers' professional body: organisations, themes, regions, sectors, mandates and the governance model in force.",
  };
}
