import { z } from "zod";
import { idSchema, isoDateSchema, nameSchema, textSchema } from "./common.js";

/** What kind of money a funding period is: `structural` (recurring, no planned end), `one-off` (start money) or `project` (for a programme). */
export const fundingKindSchema = z.enum(["structural", "one-off", "project"]);

/** The largest amount a year a period may record: a trillion euros, far above any education budget, so that sums stay finite. */
export const MAX_AMOUNT_EUR_PER_YEAR = 1e12;

/** The largest number of FTEs a period may record. */
export const MAX_FTE = 1e7;

/** The word in `for` that names the exploration process itself, apart from any model. */
export const EXPLORATION = "exploration";

export const fundingPeriodSchema = z.strictObject({
  /** Unique among the scenario's funding periods. */
  id: idSchema,
  /** Who pays: a funder's name (`OCW`, `members' dues`) or an organisation id. */
  by: nameSchema,
  kind: fundingKindSchema,
  /** First day the money is in force. */
  from: isoDateSchema,
  /** First day the money is no longer in force; absent means open-ended. */
  until: isoDateSchema.optional(),
  /** Euros a year; absent means unknown (never zero). */
  amountEurPerYear: z.number().nonnegative().max(MAX_AMOUNT_EUR_PER_YEAR).optional(),
  /** Full-time equivalents paid for; absent means unknown. */
  fte: z.number().nonnegative().max(MAX_FTE).optional(),
  /**
   * What it pays for: absent, the governance model's own work (the body under OC 2.0, the
   * parties' joint work otherwise); an organisation id; `"exploration"`, the exploration
   * process itself; or a named programme (free text that is not written like an id).
   */
  for: nameSchema.optional(),
  /** The id of the source (in the scenario's `sources`) that records the money. */
  source: idSchema.optional(),
  note: textSchema.optional(),
});
