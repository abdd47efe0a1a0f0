import type { Mandate, Scenario, Scope } from "../model/types.js";
import { HISTORICAL_THEMES } from "./data/themes.js";
import { composeDocument } from "./documents/compose.js";
import { nationalOnly } from "./documents/history-regions.js";

/**
 * The OC's themes in the letter: competence (the register and the professional standard, left out as
 * themes of their own, count under it, as they did in the OC's spearhead 'Bekwaamheid'), curriculum and
 * the professional image; plus professional development, this dataset's reading of its
 * LerarenOntwikkelFonds (cnv-oc), marked as an assumption.
 */
const OC_THEMES = ["bekwaamheidseisen", "curriculum", "beroepsbeeld", "professionalisering"];
/** The LC's aims: professional standards and qualifications, professional development, the step from training to practice. */
const LC_THEMES = ["bekwaamheidseisen", "professionalisering", "lerarenopleiding"];
/** The themes on which the letter says today's organisations work together. */
const TODAY_THEMES = ["beroepsbeeld", "bekwaamheidseisen", "lerarenopleiding", "professionalisering", "curriculum", "onderwijsarbeidsmarkt"];

const OC_FROM = "2011-03-01";
const OC_UNTIL = "2019-01-01";
const LC_FROM = "2020-03-02";
const LC_UNTIL = "2023-06-28";
/** Today's organisations are dated from the LC's end: the letter describes the present after it. */
const TODAY_FROM = "2023-06-28";

function scope(themes: readonly string[], sectors: readonly string[]): Scope {
  return { themes, regions: ["nl"], sectors };
}

/** A seat on the OC's board, which the cooperative's member organisations filled. */
function boardSeat(holder: string, sectors: readonly string[], validUntil: string, sources: readonly string[], note?: string): Mandate {
  return {
    id: `oc-board-${holder}`,
    holder,
    role: "member",
    scope: scope(OC_THEMES, sectors),
    validFrom: OC_FROM,
    validUntil,
    grant: { by: "authority", authority: "Onderwijscoöperatie (board seat)" },
    sources: ["letter", "oc-organisation", ...sources],
    ...(note === undefined ? {} : { note }),
  };
}

/** One organisation's own claim to speak for one sector on the letter's themes, from the LC's end on. */
function todayClaim(holder: string, sector: string): Mandate {
  return {
    id: `today-${holder}-${sector}`,
    holder,
    role: "lead",
    scope: scope(TODAY_THEMES, [sector]),
    validFrom: TODAY_FROM,
    grant: { by: "statute" },
    sources: ["letter", "assumption"],
  };
}

const TODAY_NOTE =
  "The letter says AOb, CNV Onderwijs, FvOv, Platform VVVO and BVMBO have represented the profession 'for years', " +
  "'in varying combinations per theme and region', and names no lead. Each is therefore recorded as claiming every " +
  "sector it serves on the themes the letter lists, which leaves those cells contested between them: no one leads until " +
  "they agree who does, which is what the coordination model is for. The start day is an ASSUMPTION: the letter gives " +
  "none, and it describes the present after the LC's end (28 June 2023), so that day is used.";

/**
 * The history of the profession's representation in the Netherlands from 2011
 * to 2026, on the substantive (professional) themes, as one scenario document:
 * the Onderwijscoöperatie leads with its board organisations in the delegation
 * (March 2011 to 1 January 2019), then a gap, then the Lerarencollectief for
 * primary education (2 March 2020 to 28 June 2023), then today's organisations,
 * whose equal claims leave the cells contested. The model is an alternative one
 * that defers to mandates granted by statute or by an outside authority; every
 * mandate cites its sources and says where a source corrects the letter.
 *
 * @returns a fresh, unvalidated scenario document (pass it to `parseScenario`); the caller owns it
 * @example
 * ```ts
 * const history = parseScenario(representationHistoryDocument());
 * resolve(history, { theme: "curriculum", region: "nl", sector: "vo", on: "2015-06-01" }).delegation;
 * // => ["oc", "aob", "bon", "cnvo", "fvov", "pvvvo"]
 * resolve(history, { theme: "lerarenopleiding", region: "nl", sector: "po", on: "2021-06-01" }).lead; // => "lc"
 * ```
 * @category Dutch case
 */
export function representationHistoryDocument(): Scenario {
  const mandates: Mandate[] = [
    {
      id: "oc-lead",
      holder: "oc",
      role: "lead",
      scope: scope(OC_THEMES, ["po", "vo", "mbo"]),
      validFrom: OC_FROM,
      validUntil: OC_UNTIL,
      grant: { by: "authority", authority: "OCW (funding; Bestuursakkoord Beroepsgroep Leraren 2012-2015)" },
      sources: ["letter", "cnv-oc", "vls-oc", "teacher-parliament", "bestuursakkoord-2012", "oc-wind-up", "oc-end", "oc-end-vls", "assumption"],
      note:
        "Founded in March 2011 (cnv-oc; day not given, the 1st is used) with OCW funding (the letter). Sectors po, vo and mbo: the " +
        "register's Lerarenparlement had 8 elected teachers each for po, vo and mbo (teacher-parliament). The letter names its themes: " +
        "competence, the teacher register, the professional standard, curriculum development and the professional image. Professional " +
        "development is added for its LerarenOntwikkelFonds (cnv-oc): that reading is an ASSUMPTION of this dataset. The letter says the " +
        "OC was dissolved 'in 2018': the board decided to wind up in May 2018 (oc-wind-up), and the dissolution became definitive on " +
        "1 January 2019 (oc-end, oc-end-vls), the date used here.",
    },
    boardSeat("aob", ["po", "vo", "mbo"], OC_UNTIL, []),
    boardSeat("cnvo", ["po", "vo", "mbo"], OC_UNTIL, []),
    boardSeat(
      "fvov",
      ["po", "vo", "mbo"],
      OC_UNTIL,
      ["kvlo-union"],
      "The letter lists the seat as 'FO CMHF/VCP': that is the FvOv, which falls under the CMHF, itself affiliated to the VCP.",
    ),
    boardSeat("pvvvo", ["vo"], OC_UNTIL, ["pvvvo-representation"], "Platform VVVO speaks for subject associations of secondary teachers, so its seat counts for vo."),
    boardSeat(
      "bon",
      ["po", "vo", "mbo"],
      "2016-10-01",
      ["bon-leaves-oc"],
      "BON left the OC with immediate effect in October 2016 (day not given; the 1st is used), a departure the letter does not mention.",
    ),
    {
      id: "lc-lead",
      holder: "lc",
      role: "lead",
      scope: scope(LC_THEMES, ["po"]),
      validFrom: LC_FROM,
      validUntil: LC_UNTIL,
      grant: { by: "authority", authority: "OCW (start subsidy)" },
      sources: ["letter", "lc-launch", "lc-start", "lc-vo-update", "lc-mandate-back", "lc-stops"],
      note:
        "The letter says only 'LC'; the body it describes is the Lerarencollectief. Founded in 2019 (launched on 13 March 2019), it 'officially started' " +
        "as the professional body of po teachers on Monday 2 March (2020 by the calendar; the letter dates the start subsidy 2020). " +
        "Its aims: professional standards and qualifications, professional development, and the step from training to practice. " +
        "A vo department was being set up by founding organisers from 2022; it is not counted as representing vo. The members " +
        "voted to dissolve it on 28 June 2023 (the letter: 'end of June 2023').",
    },
    ...["aob", "cnvo", "fvov"].flatMap((holder) => ["po", "vo", "mbo", "ho"].map((sector) => todayClaim(holder, sector))),
    todayClaim("pvvvo", "vo"),
    todayClaim("bvmbo", "mbo"),
  ];
  return composeDocument({
    id: "nl-representation-history",
    name: "Who represented the profession, 2011-2026",
    description:
      "The history of the teaching profession's representation on the substantive themes: the Onderwijscoöperatie (2011-2019), " +
      "the gap after it, the Lerarencollectief (founded 2019) for primary education from 2 March 2020 to 28 June 2023, and today's organisations, which represent the " +
      "profession in varying combinations without an agreed lead.",
    regions: nationalOnly(
      "The history is told nationally: the OC and the LC had no regional chapters, and the onderwijsregio's started only in July 2023.",
      ["oc-organisation", "lc-start"],
    ),
    // Pay was never the professional body's remit; the register themes, abolished in 2021, count under competence.
    withoutThemes: [...HISTORICAL_THEMES, "arbeidsvoorwaarden"],
    organisations: ["aob", "cnvo", "fvov", "bvmbo", "pvvvo", "bon", "oc", "lc", "fnv", "cnv", "cmhf", "vcp"],
    mandates: mandates.map((m) => (m.id === "today-aob-po" ? { ...m, note: TODAY_NOTE } : m)),
    model: {
      kind: "alternative",
      name: "The historical record",
      description:
        "No governance model of the letter was in force: who represented the profession followed from the organisations' own " +
        "statutes and from the authority the ministry gave the OC and the LC. The one rule defers to those mandates.",
      rules: [{ id: "record", when: { themeKind: "professional" }, then: { mandates: { grants: ["statute", "authority"] } } }],
      sources: ["letter"],
    },
  });
}
