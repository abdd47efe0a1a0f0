import { z } from "zod";
import {
  countSchema,
  eitherOneOrSeveral,
  idListSchema,
  idSchema,
  isoDateSchema,
  nameSchema,
  sourcedShape,
  textSchema,
} from "./common.js";
import { valueOrDatedSchema } from "./dated.js";
import { grantKindSchema } from "./mandate.js";
import { themeKindSchema } from "./structure.js";

export const agreementSchema = z.strictObject({
  id: idSchema,
  signedOn: isoDateSchema,
  signatories: idListSchema,
  /** First day the agreement is no longer in force; absent means open-ended. */
  validUntil: isoDateSchema.optional(),
});

export const fallbackSchema = z.enum(["none", "largest-membership", "joint"]);

export const coordinationModelSchema = z.strictObject({
  kind: z.literal("coordination"),
  parties: idListSchema,
  agreement: agreementSchema,
  /** Where cells no agreement mandate covers go. */
  fallback: fallbackSchema,
  ...sourcedShape,
});

export const fundingSchema = z.strictObject({
  /** True for structural funding, false for one-off (start) funding. */
  structural: z.boolean(),
  annualBudgetEur: z.number().nonnegative().optional(),
  fte: z.number().nonnegative().optional(),
  /** First day the funding stops; absent means open-ended. */
  until: isoDateSchema.optional(),
  /** Who pays, e.g. `government` or `members`. */
  source: nameSchema.optional(),
});

export const boardSeatSchema = z.strictObject({ organisation: idSchema, seats: countSchema });

export const chapterSchema = z.strictObject({ region: idSchema, organisation: idSchema });

export const boardSchema = z.strictObject({
  seats: z.array(boardSeatSchema),
  teacherSeats: countSchema.optional(),
});

export const assemblySchema = z.strictObject({
  openToUnorganised: z.boolean(),
  /** Delegates each member organisation sends, when the assembly is one of organisations. */
  delegatesPerOrganisation: countSchema.optional(),
});

export const safeguardsSchema = z.strictObject({ mandatoryRegister: z.boolean() });

export const oc2ModelSchema = z.strictObject({
  kind: z.literal("oc2"),
  body: idSchema,
  established: isoDateSchema,
  /** The board's seats: as they are, or dated where they changed. */
  board: valueOrDatedSchema(boardSchema).optional(),
  /** The assembly and its openness: as it is, or dated where it changed. */
  assembly: valueOrDatedSchema(assemblySchema).optional(),
  advisoryCouncil: z
    .strictObject({
      seats: countSchema,
      /** How seats are shared out, e.g. `membership`. */
      allocation: nameSchema.optional(),
    })
    .optional(),
  chapters: z.array(chapterSchema).optional(),
  /** The safeguards (a mandatory register): as they are, or dated where they changed. */
  safeguards: valueOrDatedSchema(safeguardsSchema).optional(),
  funding: fundingSchema.optional(),
  ...sourcedShape,
});

const periodPart = z.number().int().nonnegative().optional();

export const periodSchema = z.strictObject({
  years: periodPart,
  months: periodPart,
  weeks: periodPart,
  days: periodPart,
});

export const ruleConditionSchema = z.strictObject({
  themes: idListSchema.optional(),
  regions: idListSchema.optional(),
  sectors: idListSchema.optional(),
  themeKind: themeKindSchema.optional(),
});

export const ruleActionSchema = z.union([
  z.strictObject({
    assign: z.strictObject({
      /** The one organisation that leads; give either this or `leads`. */
      lead: idSchema.optional(),
      /** A coalition that leads together: two or more distinct organisations; give either this or `lead`. */
      leads: idListSchema.min(2).optional(),
      /** The coalition's spokesperson (penvoerder), one of `leads`. */
      spokesperson: idSchema.optional(),
      /** Organisations that join the delegation when the rule decides the cell. */
      members: idListSchema.optional(),
    }).meta(eitherOneOrSeveral("lead", "leads")),
  }),
  z.strictObject({
    largestMembership: z.strictObject({
      among: z.union([z.literal("all"), idListSchema]),
      joint: z.boolean().optional(),
    }),
  }),
  z.strictObject({
    rotate: z.strictObject({
      among: idListSchema.min(1),
      every: periodSchema,
      startingOn: isoDateSchema,
    }),
  }),
  z.strictObject({
    mandates: z.strictObject({ grants: z.array(grantKindSchema).optional() }),
  }),
  z.strictObject({
    unrepresented: z.strictObject({ reason: textSchema }),
  }),
]);

export const ruleSchema = z.strictObject({
  id: idSchema,
  /** The cells the rule applies to; left out, every cell. */
  when: ruleConditionSchema.optional(),
  then: ruleActionSchema,
});

export const alternativeModelSchema = z.strictObject({
  kind: z.literal("alternative"),
  name: nameSchema,
  description: textSchema.optional(),
  rules: z.array(ruleSchema),
  ...sourcedShape,
});

export const governanceModelSchema = z.discriminatedUnion("kind", [
  coordinationModelSchema,
  oc2ModelSchema,
  alternativeModelSchema,
]);
