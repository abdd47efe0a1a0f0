import type { Mandate, ScenarioDocument } from "../../model/types.js";
import { REGIONS } from "../data/regions.js";
import { STATUTORY_MANDATES } from "../data/statutory-mandates.js";
import { EXPLORATION_REQUEST, GROWTH_FUND, proposalFunding } from "../data/funding.js";
import { composeDocument } from "./compose.js";
import { CURRENT_ORGANISATIONS, CURRENT_WITHOUT_THEMES, PROFESSIONAL_ROOTS, PROPOSED_START } from "./current.js";

const AGREEMENT = "convenant-beroepsgroep";

/** One mandate granted by the (illustrative) agreement. */
function agreed(
  id: string,
  holder: string,
  role: Mandate["role"],
  themes: readonly string[],
  regions: readonly string[],
  sectors: readonly string[] | "all",
  extra: { sources?: readonly string[]; note?: string } = {},
): Mandate {
  return {
    id,
    holder,
    role,
    scope: { themes, regions, sectors },
    validFrom: PROPOSED_START,
    grant: { by: "agreement", agreement: AGREEMENT },
    sources: ["letter", "illustration", ...(extra.sources ?? [])],
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

/** The raw document of model 1, coordination among the four organisations of the letter. */
export function coordinationDocument(): ScenarioDocument {
  return composeDocument({
    id: "nl-coordination",
    name: "Intensieve afstemming (coordination)",
    description:
      "Model 1 of the letter: AOb, CNV Onderwijs, FvOv and BVMBO agree among themselves who represents the profession on which theme in which region. Who leads where is an illustration.",
    regions: REGIONS,
    withoutThemes: CURRENT_WITHOUT_THEMES,
    organisations: CURRENT_ORGANISATIONS,
    mandates: [
      agreed("a-beroepsbeeld", "cnvo", "lead", ["beroepsbeeld"], ["nl"], "all"),
      agreed("a-beroepsbeeld-mbo", "bvmbo", "lead", ["beroepsbeeld"], ["nl"], ["mbo"], { sources: ["bvmbo-interview"] }),
      agreed("a-bekwaamheid", "fvov", "lead", ["bekwaamheidseisen"], ["nl"], "all"),
      agreed("a-bekwaamheid-mbo", "bvmbo", "lead", ["bekwaamheidseisen"], ["nl"], ["mbo"]),
      agreed("a-opleiding", "aob", "lead", ["lerarenopleiding"], ["nl"], "all"),
      agreed("a-opleiding-cnvo", "cnvo", "member", ["lerarenopleiding"], ["nl"], "all"),
      agreed("a-professionalisering", "aob", "lead", ["professionalisering"], ["nl"], "all"),
      agreed("a-professionalisering-mbo", "bvmbo", "lead", ["professionalisering"], ["nl"], ["mbo"]),
      agreed("a-curriculum", "fvov", "lead", ["curriculum"], ["nl"], "all", { sources: ["fvov-chair"] }),
      agreed("a-curriculum-aob", "aob", "member", ["curriculum"], ["nl"], "all"),
      agreed("a-curriculum-mbo", "bvmbo", "lead", ["curriculum"], ["nl"], ["mbo"]),
      agreed("a-arbeidsmarkt", "aob", "lead", ["onderwijsarbeidsmarkt"], ["nl"], "all"),
      agreed("a-arbeidsmarkt-noord", "cnvo", "lead", ["onderwijsarbeidsmarkt"], ["noord-nederland"], "all"),
      agreed("a-arbeidsmarkt-oost-aob", "aob", "lead", ["onderwijsarbeidsmarkt"], ["oost-nederland"], "all", {
        note: "Left unsettled on purpose: AOb and FvOv both claim the lead in Oost-Nederland, to show a contested cell.",
      }),
      agreed("a-arbeidsmarkt-oost-fvov", "fvov", "lead", ["onderwijsarbeidsmarkt"], ["oost-nederland"], "all", {
        note: "Left unsettled on purpose: AOb and FvOv both claim the lead in Oost-Nederland, to show a contested cell.",
      }),
      agreed("a-mbo", "bvmbo", "member", PROFESSIONAL_ROOTS, ["nl"], ["mbo"], {
        note: "The BVMBO sits in every mbo delegation on the substantive themes.",
      }),
      agreed("a-arbeid", "aob", "lead", ["arbeidsvoorwaarden"], ["nl"], "all", { sources: ["nvo-caos"] }),
      agreed("a-arbeid-cnvo", "cnvo", "member", ["arbeidsvoorwaarden"], ["nl"], "all"),
      agreed("a-arbeid-fvov", "fvov", "member", ["arbeidsvoorwaarden"], ["nl"], "all"),
      ...STATUTORY_MANDATES,
    ],
    funding: [proposalFunding("model 1, the parties' joint work under intensive coordination"), EXPLORATION_REQUEST, GROWTH_FUND],
    model: {
      kind: "coordination",
      parties: ["aob", "cnvo", "fvov", "bvmbo"],
      agreement: { id: AGREEMENT, signedOn: PROPOSED_START, signatories: ["aob", "cnvo", "fvov", "bvmbo"] },
      fallback: "none",
      sources: ["letter", "illustration", "assumption"],
      note: "Model 1 of the letter. The parties are the four organisations that wrote it; Platform VVVO works with them in practice but is not a party, so its own mandates do not count here. The agreement, its date and its mandates are an illustration.",
    },
  });
}
