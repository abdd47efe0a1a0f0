import { z } from "zod";
import { zodIssuesAt } from "./rebase-issues.js";
import { TallyError } from "./tally-error.js";

/**
 * The counting methods {@link tally} knows.
 * @category Deliberation
 */
export type TallyMethod =
  | "plurality"
  | "two-round"
  | "irv"
  | "borda"
  | "copeland"
  | "schulze"
  | "ranked-pairs"
  | "approval"
  | "score"
  | "majority-judgment"
  | "stv";

/**
 * A seed for drawing lots: a whole number from 0 to 2^32 - 1, or any string (hashed, see {@link lotOrder}).
 * @category Deliberation
 */
export type Seed = number | string;

/**
 * How {@link tally} counts.
 * @category Deliberation
 */
export interface TallyOptions {
  readonly method: TallyMethod;
  /** Seats to fill: `approval` and `stv` only; 1 by default. */
  readonly seats?: number;
  /** STV quota: `droop` (default) is floor(valid / (seats + 1)) + 1, `hare` is valid / seats. */
  readonly quota?: "droop" | "hare";
  /** Strength of a pairwise defeat for `schulze` and `ranked-pairs`: `winning` votes (default), `margin` or `ratio`. */
  readonly strength?: "winning" | "margin" | "ratio";
  /** Break every tie the method itself cannot break by one seeded lot; without it such ties are reported. */
  readonly tieBreak?: { readonly seed: Seed };
  /** Allowed scores for `score` ballots; 0 to 10 by default (the range must include 0, the score of a candidate left out). */
  readonly scoreRange?: { readonly min: number; readonly max: number };
  /** Number of grades for `majority-judgment` (grades 0 .. gradeScale - 1, higher is better); 6 by default. */
  readonly gradeScale?: number;
}

/**
 * Every counting method, in the order the documentation lists them.
 * @category Deliberation
 */
export const tallyMethods: readonly TallyMethod[] = Object.freeze([
  "plurality",
  "two-round",
  "irv",
  "borda",
  "copeland",
  "schulze",
  "ranked-pairs",
  "approval",
  "score",
  "majority-judgment",
  "stv",
]);

/** The ballot form each method counts. */
export type BallotForm = "ranking" | "approvals" | "scores" | "grades";

/** The ballot form a method needs. */
export function formOf(method: TallyMethod): BallotForm {
  if (method === "approval") return "approvals";
  if (method === "score") return "scores";
  if (method === "majority-judgment") return "grades";
  return "ranking";
}

/** Options with every default filled in. */
export interface Settings {
  readonly method: TallyMethod;
  readonly form: BallotForm;
  readonly seats: number;
  readonly quota: "droop" | "hare";
  readonly strength: "winning" | "margin" | "ratio";
  readonly seed: Seed | undefined;
  readonly scoreRange: { readonly min: number; readonly max: number };
  readonly gradeScale: number;
}

const seedSchema = z.union([z.int().min(0).max(0xffffffff), z.string()]);

/** The shape of {@link TallyOptions}. */
export const tallyOptionsSchema = z.strictObject({
  method: z.enum(tallyMethods as [TallyMethod, ...TallyMethod[]]),
  seats: z.int().min(1).optional(),
  quota: z.enum(["droop", "hare"]).optional(),
  strength: z.enum(["winning", "margin", "ratio"]).optional(),
  tieBreak: z.strictObject({ seed: seedSchema }).optional(),
  scoreRange: z.strictObject({ min: z.number(), max: z.number() }).optional(),
  gradeScale: z.int().min(2).max(1000).optional(),
});

// Which option only makes sense for which methods: a misplaced option is more likely a mistake than a wish.
const onlyFor: Readonly<Record<string, readonly TallyMethod[]>> = {
  seats: ["approval", "stv"],
  quota: ["stv"],
  strength: ["schulze", "ranked-pairs"],
  scoreRange: ["score"],
  gradeScale: ["majority-judgment"],
};

/** Judges well-formed options as a whole: each option a method does not take, then the score range. */
function judgeWhole(o: z.output<typeof tallyOptionsSchema>, ctx: z.RefinementCtx<z.output<typeof tallyOptionsSchema>>): void {
  for (const [key, methods] of Object.entries(onlyFor)) {
    if (o[key as keyof typeof o] !== undefined && !methods.includes(o.method)) {
      ctx.addIssue({
        code: "custom",
        params: { code: "option_not_applicable" },
        path: [key],
        message: `the option "${key}" applies to ${methods.join(" and ")} only, not to ${o.method}`,
        input: o,
      });
    }
  }
  const range = o.scoreRange ?? { min: 0, max: 10 };
  if (!(range.min <= 0 && 0 <= range.max && range.min < range.max)) {
    ctx.addIssue({
      code: "custom",
      params: { code: "invalid_score_range" },
      path: ["scoreRange"],
      message: `the score range ${range.min}..${range.max} must run from low to high and include 0, the score of a candidate left out`,
      input: o,
    });
  }
}

/**
 * {@link TallyOptions} checked whole and read as {@link Settings}: the shape, then (once
 * the shape is right, so that a shape error is reported alone) each option given to a
 * method it does not apply to (`option_not_applicable`) and a score range that does not
 * run from low to high through 0 (`invalid_score_range`), then the defaults filled in.
 * The codes of the two checks ride on their issues as `params.code`.
 */
export const tallySettingsSchema = tallyOptionsSchema.superRefine(judgeWhole, { when: (payload) => payload.issues.length === 0 }).transform(
  (o): Settings => ({
    method: o.method,
    form: formOf(o.method),
    seats: o.seats ?? 1,
    quota: o.quota ?? "droop",
    strength: o.strength ?? "winning",
    seed: o.tieBreak?.seed,
    scoreRange: o.scoreRange ?? { min: 0, max: 10 },
    gradeScale: o.gradeScale ?? 6,
  }),
);

/** Validates tally options and fills in the defaults with {@link tallySettingsSchema}; throws {@link TallyError} naming every bad option. */
export function readSettings(options: unknown, context: string, prefix: readonly (string | number)[] = ["options"]): Settings {
  const parsed = tallySettingsSchema.safeParse(options);
  if (!parsed.success) throw new TallyError(zodIssuesAt(parsed.error, options, prefix), context);
  return parsed.data;
}
