import type { ScenarioDocument } from "../../model/types.js";
import { LC_FUNDING } from "../data/funding.js";
import { composeDocument } from "./compose.js";
import { nationalOnly } from "./history-regions.js";

/** The raw document of the Lerarencollectief (2019 to 2023) as far as the sources show its structure. */
export function historyLcDocument(): ScenarioDocument {
  return composeDocument({
    id: "nl-history-lc",
    name: "Lerarencollectief (2019-2023)",
    description:
      "The second attempt: an association of individual teachers, started with a government start subsidy and founding organisers (kwartiermakers), dissolved by its members in June 2023 for lack of (active) members and of financial strength.",
    regions: nationalOnly(
      "The LC worked nationally, without regional chapters; the first onderwijsregio's started a week after its end.",
      ["lc-start"],
    ),
    // The LC's remit was the substantive representation; pay stayed with the unions, whose
    // cao delegations would otherwise credit the LC era with their members.
    withoutThemes: ["arbeidsvoorwaarden"],
    organisations: ["aob", "cnvo", "fvov", "bvmbo", "pvvvo", "bon", "lc", "fnv", "cnv", "cmhf", "vcp"],
    mandates: [],
    funding: LC_FUNDING,
    model: {
      kind: "oc2",
      body: "lc",
      established: "2020-03-02",
      assembly: { openToUnorganised: true },
      chapters: [],
      safeguards: { mandatoryRegister: false },
      sources: ["letter", "lc-launch", "lc-start", "lc-vo-subsidy", "lc-vo-update", "lc-mandate-back", "lc-stops", "assumption"],
      note: [
        "The letter calls it 'LC'; the sources identify it as the Lerarencollectief.",
        "Start: founded in 2019 (launched on 13 March 2019, lc-launch); it 'officially started' as the professional body on Monday 2 March, a year the source leaves out (2020 by the calendar, lc-start), the day the model is established.",
        "Scope: the labour theme is left out, since the LC was a professional association and not a union; no mandates of other organisations are recorded.", "Structure: an association of individual teachers, open to any teacher; its board, the Lerarenraad, consisted of teachers, but its size is not in the sources, so no board is recorded. No regional chapters.",
        "Members: unknown. The only published figure is a target, 15,000 po teachers by 1 August 2020 (lc-start), not a count; the actual number was not published, and the letter says members were lacking. The organisation has no member figure, so the analysis reports its reach as unknown.",
        "Funding: a one-off start subsidy from OCW for po (the letter: 2020; lc-start-subsidy), and from December 2021 support for vo founding organisers (lc-vo-subsidy). When the subsidies ran out is not in the sources: this dataset ends them with the association (ASSUMPTION).",
        "End: on 7 June 2023 the Lerarenraad handed its mandate back to the members after talks with OCW on a scaled-up organisation failed; on 28 June 2023 the members voted to dissolve the association (the letter: 'end of June 2023').",
      ].join(" "),
    },
  });
}
