import { z } from "zod";
import type { BallotForm } from "./tally-options.js";

const id = z.string();
const count = z.number().min(0).optional();

/** The shape of a ballot of each form; the form is told by which of the four keys a ballot has. */
export const ballotSchemas = {
  ranking: z.strictObject({ ranking: z.array(z.union([id, z.array(id).min(1)])), count }),
  approvals: z.strictObject({ approvals: z.array(id), count }),
  scores: z.strictObject({ scores: z.record(z.string(), z.number()), count }),
  grades: z.strictObject({ grades: z.record(z.string(), z.int()), count }),
} as const satisfies Record<BallotForm, z.ZodType>;

/** The shape of an election, with ballots checked one by one afterwards. */
export const electionSchema = z.strictObject({
  candidates: z.array(z.string().min(1)),
  // Only "an array" here: each ballot is checked once per distinct content afterwards.
  ballots: z.custom<unknown[]>((value) => Array.isArray(value), "expected array"),
});
