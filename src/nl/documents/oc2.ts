import type { ScenarioDocument } from "../../model/types.js";
import { REGIONS } from "../data/regions.js";
import { STATUTORY_MANDATES } from "../data/statutory-mandates.js";
import { EXPLORATION_REQUEST, GROWTH_FUND, proposalFunding } from "../data/funding.js";
import { composeDocument } from "./compose.js";
import { CURRENT_ORGANISATIONS, CURRENT_WITHOUT_THEMES, PROPOSED_START } from "./current.js";

const HYPOTHETICAL = ["letter", "illustration"];

/** The raw document of model 2, a new body (OC 2.0) for the substantive representation. */
export function oc2Document(): ScenarioDocument {
  return composeDocument({
    id: "nl-oc2",
    name: "OC 2.0",
    description:
      "Model 2 of the letter: a new organisation holds the substantive representation of the profession, learning from the pitfalls of the OC and the LC. Its structure here is an illustration.",
    regions: REGIONS,
    withoutThemes: CURRENT_WITHOUT_THEMES,
    organisations: CURRENT_ORGANISATIONS,
    extraOrganisations: [
      {
        id: "oc2",
        name: "Onderwijscoöperatie 2.0",
        shortName: "OC 2.0",
        kind: "umbrella",
        sectors: ["po", "vo", "mbo", "ho"],
        founded: PROPOSED_START,
        sources: HYPOTHETICAL,
        note: "HYPOTHETICAL: the body the letter's model 2 proposes; it does not exist.",
      },
      {
        id: "lg-noord",
        name: "Leergemeenschap Noord-Nederland",
        shortName: "LG Noord",
        kind: "learning-community",
        sectors: ["po", "vo", "mbo", "ho"],
        founded: PROPOSED_START,
        sources: HYPOTHETICAL,
        note: "HYPOTHETICAL: a regional learning community of the kind the letter wants to connect to the national associations.",
      },
      {
        id: "lg-oost",
        name: "Leergemeenschap Oost-Nederland",
        shortName: "LG Oost",
        kind: "learning-community",
        sectors: ["po", "vo", "mbo", "ho"],
        founded: PROPOSED_START,
        sources: HYPOTHETICAL,
        note: "HYPOTHETICAL: a regional learning community of the kind the letter wants to connect to the national associations.",
      },
    ],
    mandates: [
      {
        id: "d-pvvvo-curriculum",
        holder: "pvvvo",
        role: "lead",
        scope: { themes: ["curriculum"], regions: ["nl"], sectors: ["vo"] },
        validFrom: PROPOSED_START,
        grant: { by: "delegation", from: "oc2" },
        sources: ["pvvvo-start", "illustration"],
        note: "The body hands the vo curriculum to the subject associations, which already speak for the school subjects: an illustration.",
      },
      ...STATUTORY_MANDATES,
    ],
    funding: [proposalFunding("model 2, the OC 2.0 body"), EXPLORATION_REQUEST, GROWTH_FUND],
    model: {
      kind: "oc2",
      body: "oc2",
      established: PROPOSED_START,
      board: {
        seats: [
          { organisation: "aob", seats: 1 },
          { organisation: "cnvo", seats: 1 },
          { organisation: "fvov", seats: 1 },
          { organisation: "bvmbo", seats: 1 },
          { organisation: "pvvvo", seats: 1 },
        ],
        teacherSeats: 5,
      },
      assembly: { openToUnorganised: true },
      advisoryCouncil: { seats: 50, allocation: "membership" },
      chapters: [
        { region: "noord-nederland", organisation: "lg-noord" },
        { region: "oost-nederland", organisation: "lg-oost" },
      ],
      safeguards: { mandatoryRegister: false },
      sources: ["letter", "illustration", "oc-organisation", "lc-stops"],
      note: "An illustration of model 2 that answers the lessons the letter draws: no mandatory register, teachers elected to the board and an assembly open to unorganised teachers (against the OC's distance to teachers), regional chapters run by learning communities, and structural funding from OCW as the letter asks ('bijpassende financiering'; against the LC's fragile start subsidy), recorded as the scenario's funding period letter-request. The letter asks OCW for a work budget and FTEs but names no figures, so none are given.",
    },
  });
}
