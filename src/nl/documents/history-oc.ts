import type { ScenarioDocument } from "../../model/types.js";
import { OC_FUNDING } from "../data/funding.js";
import { STATUTORY_MANDATES } from "../data/statutory-mandates.js";
import { composeDocument } from "./compose.js";
import { nationalOnly } from "./history-regions.js";

/** The board seats of the four organisations that stayed on the OC's board to its end. */
const FOUR_SEATS = [
  { organisation: "aob", seats: 1 },
  { organisation: "cnvo", seats: 1 },
  { organisation: "fvov", seats: 1 },
  { organisation: "pvvvo", seats: 1 },
];

/** The raw document of the Onderwijscoöperatie (2011 to 2019) as far as the sources show its structure. */
export function historyOcDocument(): ScenarioDocument {
  return composeDocument({
    id: "nl-history-oc",
    name: "Onderwijscoöperatie (2011-2019)",
    description:
      "The first attempt: a cooperative of the teacher organisations, founded in 2011 with OCW funding, that foundered on the mandatory teacher register and its distance from teachers, and was dissolved as of 1 January 2019.",
    regions: nationalOnly(
      "The OC worked nationally, without regional chapters; the onderwijsregio's did not exist before 2023.",
      ["oc-organisation"],
    ),
    organisations: ["aob", "cnvo", "fvov", "pvvvo", "bon", "bvmbo", "oc", "fnv", "cnv", "cmhf", "vcp"],
    // The cooperative's member organisations; the tie cannot be dated, so BON counts throughout.
    addMemberOf: { aob: ["oc"], cnvo: ["oc"], fvov: ["oc"], pvvvo: ["oc"], bon: ["oc"] },
    mandates: STATUTORY_MANDATES,
    // Paid by the ministry throughout its life: recurring money from one funder, never one-off.
    funding: OC_FUNDING,
    model: {
      kind: "oc2",
      body: "oc",
      established: "2011-03-01",
      // The letter's five seats, until BON left in October 2016 (the day is not given; the 1st is used).
      board: [
        { from: "2011-03-01", until: "2016-10-01", value: { seats: [...FOUR_SEATS, { organisation: "bon", seats: 1 }], teacherSeats: 0 } },
        { from: "2016-10-01", value: { seats: FOUR_SEATS, teacherSeats: 0 } },
      ],
      assembly: { openToUnorganised: false, delegatesPerOrganisation: 1 },
      advisoryCouncil: { seats: 50, allocation: "membership" },
      chapters: [],
      // Voluntary (so not mandatory) until the act came into force on 1 August 2017, mandatory from then on.
      safeguards: [
        { from: "2011-03-01", until: "2017-08-01", value: { mandatoryRegister: false } },
        { from: "2017-08-01", value: { mandatoryRegister: true } },
      ],
      sources: [
        "letter",
        "cnv-oc",
        "vls-oc",
        "oc-organisation",
        "oc-agenda-2014",
        "oc-statutes-board",
        "bon-leaves-oc",
        "bvmbo-leaves-oc",
        "bestuursakkoord-2012",
        "register-voluntary",
        "register-act",
        "register-in-force",
        "oc-register-back",
        "teacher-parliament",
        "oc-wind-up",
        "oc-end",
      ],
      note: [
        "Board: the letter gives seats to AOb, CNV Onderwijs, 'FO CMHF/VCP' (that is the FvOv), PVVVO and BON, each filled by the organisation's chair; for a time there was also an independent chair. The seats are dated: BON left in October 2016 (the day is not given; the 1st is used), so from then the board has four seats; one source counts four founders (AOb, CNV Onderwijs, FvOv, PVVVO) with BON until 2016.",
        "Members: AOb, CNV Onderwijs, FvOv, PVVVO and BON are recorded as members of the cooperative (memberOf), so its reach is theirs. The BVMBO was only an associated member, never on the board, and left in 2017/2018, so it is not recorded as a member.",
        "Teachers: the board was formed by the member organisations, and under the statutes a board of teachers was 'legally not possible', hence no teacher seats. The general assembly (ALV) had one delegate per member organisation, so unorganised teachers had no say. The register's Lerarenparlement of 24 elected teachers (8 each for po, vo and mbo) came only in October 2017, outside the OC's own organs.",
        "Advisory council: the LerarenAdviesRaad of 50 seats, shared among the member organisations in proportion to their membership.",
        "Register: voluntary from 2012 (register-voluntary) and made mandatory by the act Staatsblad 2017, 85 (register-act), in force from 1 August 2017 by the decree Staatsblad 2017, 293 (register-in-force); the OC handed its register role back in March 2018 (oc-register-back). The letter names the mandatory register as a main cause of discontent. The model dates it: not mandatory from the body's founding (no register until 2012, then a voluntary one) and mandatory from 1 August 2017 to the body's end; the OC's handing back of its register role in March 2018 did not end the legal duty, which the act abolishing the register ended in 2021.",
        "Funding: paid by the ministry throughout its life (the letter: 'met behulp van bekostiging door OCW'; the Bestuursakkoord Beroepsgroep Leraren 2012-2015, bestuursakkoord-2012) and wholly dependent on it (BON's reason to leave, bon-leaves-oc). Recurring money from one funder, not one-off money: recorded as one structural funding period from OCW (oc-ocw) that ends with the body. Its dependence on that one funder is not a field of the model.",
        "End: the letter says 2018 (the board decided to wind up in May 2018); the dissolution became definitive on 1 January 2019.",
      ].join(" "),
    },
  });
}
