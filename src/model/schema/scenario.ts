import { z } from "zod";
import { idSchema, nameSchema, textSchema } from "./common.js";
import { fundingPeriodSchema } from "./funding.js";
import { governanceModelSchema } from "./governance-model.js";
import { mandateSchema } from "./mandate.js";
import { organisationSchema, populationSchema } from "./organisation.js";
import { overlapSchema } from "./overlap.js";
import { regionSchema, sectorSchema, sourceSchema, themeSchema } from "./structure.js";

/** The versions of the scenario document this release reads. */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

/**
 * The zod schema of the scenario document's shape. It checks shape only; references,
 * trees and date order are checked by `parseScenario`, which is what apps call. Exported
 * from `beroepsgroep/internal`, without a stability promise.
 *
 * @example
 * ```ts
 * scenarioSchema.safeParse({ schemaVersion: 2 }).success; // => false
 * ```
 * @category Validation
 */
export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema,
  name: nameSchema,
  description: textSchema.optional(),
  /** The sources that entities refer to by id. */
  sources: z.array(sourceSchema).optional(),
  sectors: z.array(sectorSchema),
  regions: z.array(regionSchema).min(1),
  themes: z.array(themeSchema),
  organisations: z.array(organisationSchema),
  mandates: z.array(mandateSchema),
  population: populationSchema.optional(),
  /** Members shared by two organisations, as far as sources count them; the reach counts them once. */
  overlaps: z.array(overlapSchema).optional(),
  /** Money for the model's work, for organisations, for the exploration or for a programme, period by period. */
  funding: z.array(fundingPeriodSchema).optional(),
  model: governanceModelSchema,
});
