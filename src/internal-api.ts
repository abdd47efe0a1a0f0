/**
 * `beroepsgroep/internal`: parts of the library that its own build, tools and tests
 * use, and that an app may reach for at its own risk. **No stability promise**: any
 * name here may change or go in any release, a patch release included, without a note
 * in the changelog's list of breaking changes. An app that needs one of them for good
 * should say so in an issue, so that it can move to the main entry with a contract.
 *
 * What is here, and why it is not in `beroepsgroep`:
 * - `scenarioSchema` and `changeSchema`, the raw zod objects: the contract is the
 *   document they check (`parseScenario`, `parseChange`, and the JSON Schema file),
 *   not the zod object that checks it, whose shape follows zod's releases.
 * - `scenarioJsonSchema`, the builder of the JSON Schema document: the build writes its
 *   result to `beroepsgroep/scenario.schema.json`, which is what apps and editors use.
 * - `Cell`, the resolved cell a governance model is asked about; apps ask with a
 *   `CellQuery` and read a `Representation`.
 *
 * @example
 * ```ts
 * import { scenarioSchema } from "beroepsgroep/internal";
 *
 * scenarioSchema.safeParse({ schemaVersion: 2 }).success; // => false
 * ```
 *
 * @packageDocumentation
 * @module internal
 */
export { scenarioSchema } from "./model/schema/scenario.js";
export { scenarioJsonSchema } from "./model/json-schema.js";
export { changeSchema } from "./change/change-schema.js";
export type { Cell } from "./governance/claim.js";
