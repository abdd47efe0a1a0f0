import type { ScenarioDocument } from "../../model/types.js";
import { REGIONS } from "../data/regions.js";
import { STATUTORY_MANDATES } from "../data/statutory-mandates.js";
import { EXPLORATION_REQUEST, GROWTH_FUND, proposalFunding } from "../data/funding.js";
import { composeDocument } from "./compose.js";
import { CURRENT_ORGANISATIONS, CURRENT_WITHOUT_THEMES, PROPOSED_START } from "./current.js";

/** The raw document of model 3: an alternative of sector chambers with a rotating chair. */
export function alternativeDocument(): ScenarioDocument {
  return composeDocument({
    id: "nl-alternative",
    name: "Sectorkamers met roulerend voorzitterschap",
    description:
      "Model 3 of the letter, as a teachers' council might write it: a chamber per sector, a chair that rotates every year, and pay left to the unions' statutes. The whole proposal is an illustration.",
    regions: REGIONS,
    withoutThemes: CURRENT_WITHOUT_THEMES,
    organisations: CURRENT_ORGANISATIONS,
    mandates: STATUTORY_MANDATES,
    funding: [proposalFunding("model 3, the sector chambers' joint work"), EXPLORATION_REQUEST, GROWTH_FUND],
    model: {
      kind: "alternative",
      name: "Sectorkamers met roulerend voorzitterschap",
      description:
        "Sector chambers with a rotating chair: pay stays with the unions' statutes; the mbo chamber is led by the BVMBO; the vo curriculum by the subject associations' own mandate; po and vo chambers are chaired in turn, a year each; in ho the largest organisation leads jointly; for the profession as a whole the four letter organisations take turns.",
      rules: [
        { id: "arbeid", when: { themeKind: "labour" }, then: { mandates: { grants: ["statute"] } } },
        { id: "mbo-kamer", when: { sectors: ["mbo"] }, then: { assign: { lead: "bvmbo", members: ["aob", "cnvo", "fvov"] } } },
        { id: "vo-curriculum", when: { themes: ["curriculum"], sectors: ["vo"] }, then: { mandates: { grants: ["statute"] } } },
        {
          id: "po-kamer",
          when: { sectors: ["po"] },
          then: { rotate: { among: ["aob", "cnvo", "fvov"], every: { years: 1 }, startingOn: PROPOSED_START } },
        },
        {
          id: "vo-kamer",
          when: { sectors: ["vo"] },
          then: { rotate: { among: ["fvov", "pvvvo", "aob", "cnvo"], every: { years: 1 }, startingOn: PROPOSED_START } },
        },
        { id: "ho-kamer", when: { sectors: ["ho"] }, then: { largestMembership: { among: ["aob", "cnvo", "fvov"], joint: true } } },
        {
          id: "voorzitter",
          then: { rotate: { among: ["aob", "cnvo", "fvov", "bvmbo"], every: { years: 1 }, startingOn: PROPOSED_START } },
        },
      ],
      sources: ["letter", "illustration", "aob-about"],
      note: "The letter leaves model 3 open for the teachers' council. This one borrows the AOb's sector councils as a precedent for sector chambers; every rule is an illustration.",
    },
  });
}
