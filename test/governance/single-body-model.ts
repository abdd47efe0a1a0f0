import { z } from "zod";
import { EVERY_CELL } from "../../src/governance/area.js";
import type { Claim } from "../../src/governance/claim.js";
import type { GovernanceModelRules } from "../../src/governance/model-rules.js";
import { idSchema, isoDateSchema } from "../../src/model/schema/common.js";

/**
 * A fourth governance model, for tests only: one named organisation leads every cell
 * once it is established. It exists to show that a model is one module behind
 * `GovernanceModelRules` plus one line in the table; it is not exported and not in
 * the public schema.
 */
export interface SingleBodyModel {
  readonly kind: "single-body";
  readonly body: string;
  readonly established: string;
}

export const singleBodyRules: GovernanceModelRules<SingleBodyModel> = {
  kind: "single-body",
  schema: z.strictObject({ kind: z.literal("single-body"), body: idSchema, established: isoDateSchema }),
  defers: false,
  agreements: () => undefined,
  checkMeaning(model, c) {
    c.ref("organisation", model.body, ["model", "body"], "single body");
  },
  claims(_index, model, cell) {
    const claim: Claim = {
      id: "body",
      role: "lead",
      holder: model.body,
      members: [],
      tier: 1,
      source: { kind: "body", body: model.body },
      specificity: { theme: -2, region: 0, sectors: "all" },
    };
    if (cell.on < model.established) return [{ ...claim, excluded: { kind: "model-inactive", reason: "body-not-established", since: model.established } }];
    return [claim];
  },
  timeline: (model) => ({
    mandateAreas: () => [],
    organisationAreas: (organisation) => (organisation.id === model.body ? [EVERY_CELL] : []),
    events: (from, until) =>
      from <= model.established && model.established < until ? [{ on: model.established, event: { kind: "body-established", body: model.body }, areas: [EVERY_CELL] }] : [],
  }),
  facts: (model) => ({ body: { body: model.body, established: model.established, dated: [] }, voice: "organs", funded: { organisation: model.body, required: true, periods: [] } }),
  mergeOrganisations() {
    // The body is one organisation; a merger leaves it as it was.
  },
};
