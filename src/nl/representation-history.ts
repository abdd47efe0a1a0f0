import type { Mandate, ScenarioDocument, Scope } from "../model/types.js";
import { HISTORICAL_THEMES } from "./data/themes.js";
import { composeDocument } from "./documents/compose.js";
import { GROWTH_FUND, LC_FUNDING, OC_FUNDING } from "./data/funding.js";
import { REGIONS } from "./data/regions.js";

/**
 * The OC's themes in the letter: competence (the register and the professional standard, left out as
 * themes of their own, count under it, as they did in the OC's spearhead 'Bekwaamheid'), curriculum and
 * the professional image; plus professional development, this dataset's reading of its
 * LerarenOntwikkelFonds (cnv-oc), marked as an assumption.
 */
const OC_THEMES = ["bekwaamheidseisen", "curriculum", "beroepsbeeld", "professionalisering"];
/** The LC's aims: professional standards and qualifications, professional development, the step from training to practice. */
const LC_THEMES = ["bekwaamheidseisen", "professionalisering", "lerarenopleiding"];
/**
 * The themes of joint work the letter lists ("het beroepsbeeld, de bekwaamheidseisen, de bevoegdheden van leraren,
 * het opleiden van leraren, het curriculum, de onderwijsarbeidsmarkt en het onderwijsteam van het jaar"), by their
 * roots here; the qualifications and the team of the year sit under competence and the professional image.
 * Professional development is not among them: the organisations worked on it together in the growth-fund programme.
 */
const JOINT_THEMES = ["beroepsbeeld", "bekwaamheidseisen", "lerarenopleiding", "curriculum", "onderwijsarbeidsmarkt"];

const OC_FROM = "2011-03-01";
const OC_UNTIL = "2019-01-01";
const LC_FROM = "2020-03-02";
const LC_UNTIL = "2023-06-28";
/**
 * The organisations act together from the OC's founding on, next to the OC and the LC where those led: the letter
 * says 'for years', without a first day (an ASSUMPTION).
 */
const JOINT_FROM = OC_FROM;
/** The growth-fund programme for teachers' professional development was granted on 30 June 2023 (napl-granted-partners). */
const NAPL_FROM = "2023-06-30";

/**
 * Who acts together for each sector: the five organisations the letter names, each in the sectors it
 * serves. The letter says only that the compositions vary by theme and region; which organisations
 * make up the coalition of a sector is this dataset's reading (an ASSUMPTION).
 */
const JOINT_BY_SECTOR: Readonly<Record<string, readonly string[]>> = {
  po: ["aob", "cnvo", "fvov"],
  vo: ["aob", "cnvo", "fvov", "pvvvo"],
  mbo: ["aob", "cnvo", "fvov", "bvmbo"],
  ho: ["aob", "cnvo", "fvov"],
};

/** The five organisations the letter says represent the profession together. */
export const LETTER_ORGANISATIONS: readonly string[] = ["aob", "cnvo", "fvov", "pvvvo", "bvmbo"];

/**
 * The partners of the growth-fund programme 'Nationale aanpak professionalisering van leraren' on the teachers'
 * side, as both partner lists give them (napl-granted, napl-granted-partners). The letter adds CNV Onderwijs;
 * neither list names it.
 */
export const GROWTH_FUND_PARTNERS: readonly string[] = ["aob", "fvov", "pvvvo", "bvmbo", "lc"];

const JOINT_NOTE =
  "The letter: AOb, CNV Onderwijs, FvOv, Platform VVVO and BVMBO have represented the profession 'for years', " +
  "'in wisselende samenstelling op thema- en regioniveau', and the ministers call them 'in gezamenlijkheid' the " +
  "beroepsgroep. So they are recorded as coalitions that lead together, without a spokesperson, since the letter names " +
  "no penvoerder. The composition per sector (the organisations that serve it) and the first day, the OC's founding in " +
  "March 2011, are an ASSUMPTION: the letter gives neither. Where a body led, the coalition of that sector steps aside: " +
  "the OC on its themes in po, vo and mbo until 1 January 2019, the LC on its themes in po from 2 March 2020 to 28 June 2023.";

const GROWTH_FUND_NOTE =
  "The growth-fund programme 'Nationale aanpak professionalisering van leraren': a bid in the letter (and submitted by " +
  "OCW on 3 February 2023, napl-submitted), granted on 30 June 2023 (napl-granted, napl-granted-partners) as a ten-year " +
  "programme. Its partners on the teachers' side are AOb, FvOv, Platform VVVO, BVMBO and the LC, with the employers' " +
  "sector councils and the teacher-education institutions. The letter also names CNV Onderwijs among those who worked on " +
  "the bid; NEITHER PARTNER LIST NAMES CNV ONDERWIJS, so it is left out here and the discrepancy stays open. The LC was " +
  "dissolved two days before the grant, so it drops out from the start. Recorded for po, vo and mbo, the sectors of the " +
  "employers' councils among the partners, each with the partners that serve the sector (an ASSUMPTION: the programme " +
  "is one, its partners are not listed per sector).";

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

/** A coalition of organisations that lead together on some themes in one sector (or the whole profession). */
function jointly(id: string, holders: readonly string[], themes: readonly string[], sectors: readonly string[] | "all", validFrom: string, validUntil?: string): Mandate {
  return {
    id,
    holders,
    role: "lead",
    scope: { themes, regions: ["nl"], sectors },
    validFrom,
    ...(validUntil === undefined ? {} : { validUntil }),
    grant: { by: "statute" },
    sources: ["letter", "assumption"],
  };
}

/** Where a body led in a sector: on its themes, for its years; the organisations' coalition steps aside there. */
interface BodyYears {
  readonly themes: readonly string[];
  readonly sectors: readonly string[];
  readonly from: string;
  readonly until: string;
}

const BODY_YEARS: readonly BodyYears[] = [
  { themes: OC_THEMES, sectors: ["po", "vo", "mbo"], from: OC_FROM, until: OC_UNTIL },
  { themes: LC_THEMES, sectors: ["po"], from: LC_FROM, until: LC_UNTIL },
];

/** The periods from JOINT_FROM on, as [from, until?] pairs, in which no body led the theme in the sector. */
function freePeriods(theme: string, sector: string): [string, string | undefined][] {
  const taken = BODY_YEARS.filter((b) => b.themes.includes(theme) && b.sectors.includes(sector)).sort((a, b) => a.from.localeCompare(b.from));
  const out: [string, string | undefined][] = [];
  let from = JOINT_FROM;
  for (const body of taken) {
    if (from < body.from) out.push([from, body.from]);
    if (body.until > from) from = body.until;
  }
  out.push([from, undefined]);
  return out;
}

/**
 * The coalitions of the letter's organisations: one for the profession as a whole, and one per sector
 * for each stretch of years in which neither the OC nor the LC led the theme there, grouped by period.
 */
function jointMandates(): Mandate[] {
  const out: Mandate[] = [jointly("joint-profession", LETTER_ORGANISATIONS, JOINT_THEMES, "all", JOINT_FROM)];
  for (const [sector, holders] of Object.entries(JOINT_BY_SECTOR)) {
    const byPeriod = new Map<string, { from: string; until: string | undefined; themes: string[] }>();
    for (const theme of JOINT_THEMES) {
      for (const [from, until] of freePeriods(theme, sector)) {
        const key = until === undefined ? from : `${from}-${until}`;
        const group = byPeriod.get(key) ?? { from, until, themes: [] };
        group.themes.push(theme);
        byPeriod.set(key, group);
      }
    }
    for (const [key, group] of [...byPeriod].sort(([a], [b]) => a.localeCompare(b))) {
      out.push(jointly(`joint-${sector}-${key}`, holders, group.themes, [sector], group.from, group.until));
    }
  }
  return out.map((m) => (m.id === "joint-profession" ? { ...m, note: JOINT_NOTE } : m));
}

/** The day the 27 forerunner onderwijsregio's started, with the profession among their partners (forerunners-2023). */
const REGIONS_FROM = "2023-07-06";

/** The themes of the onderwijsregio's: the teacher shortage, training teachers together and their professional development. */
const REGION_THEMES = ["onderwijsarbeidsmarkt", "lerarenopleiding", "professionalisering"];

/** The organisations that wrote the letter ('werken we er samen hard aan ...'), per sector they serve. */
const SIGNATORIES_BY_SECTOR: Readonly<Record<string, readonly string[]>> = {
  po: ["aob", "cnvo", "fvov"],
  vo: ["aob", "cnvo", "fvov"],
  mbo: ["aob", "cnvo", "fvov", "bvmbo"],
  ho: ["aob", "cnvo", "fvov"],
};

const REGION_SEAT_NOTE =
  "The profession's seat in every onderwijsregio: the subsidy rules make 'de beroepsgroep' a required partner and define it " +
  "as 'vertegenwoordiger(s) van vak- en beroepsorganisaties van onderwijspersoneel' (regions-regulation-2023, " +
  "regions-regulation-2024); the forerunner regions started on 6 July 2023 with the beroepsgroep among their partners " +
  "(forerunners-2023). The letter: 'werken we er samen hard aan om de beroepsgroep in de onderwijsregio's te " +
  "vertegenwoordigen'. Who fills the seat in which region is not in the sources: recorded as the letter's four " +
  "organisations in the sectors each serves, an ASSUMPTION. The regions' themes, the shortage, training and professional " +
  "development, follow the schemes they bring together (regional approach to the shortage, Samen Opleiden en Professionaliseren).";

/** The onderwijsregio's of the dataset: the regions below the landsdelen, and the national non-geographic ones. */
function educationRegions(): string[] {
  return REGIONS.filter((r) => r.level.startsWith("onderwijsregio")).map((r) => r.id);
}

/** The profession's seat in the onderwijsregio's, held together by the letter's organisations, per sector and for the whole. */
function regionSeats(): Mandate[] {
  const seat = (id: string, holders: readonly string[], sectors: readonly string[] | "all"): Mandate => ({
    id,
    holders,
    role: "lead",
    scope: { themes: REGION_THEMES, regions: educationRegions(), sectors },
    validFrom: REGIONS_FROM,
    grant: { by: "authority", authority: "Subsidieregeling Onderwijsregio's" },
    sources: ["letter", "forerunners-2023", "regions-regulation-2023", "regions-regulation-2024", "assumption"],
  });
  return [
    { ...seat("region-seat", ["aob", "cnvo", "fvov", "bvmbo"], "all"), note: REGION_SEAT_NOTE },
    ...Object.entries(SIGNATORIES_BY_SECTOR).map(([sector, holders]) => seat(`region-seat-${sector}`, holders, [sector])),
  ];
}

/** The growth-fund programme's partners, leading professional development together, each sector with the partners that serve it. */
function growthFundMandates(): Mandate[] {
  const serving: Readonly<Record<string, readonly string[]>> = { po: ["aob", "fvov", "lc"], vo: ["aob", "fvov", "pvvvo", "lc"], mbo: ["aob", "fvov", "bvmbo"] };
  return Object.entries(serving).map(([sector, holders]) => ({
    id: `growth-fund-${sector}`,
    holders,
    role: "lead",
    scope: scope(["professionalisering"], [sector]),
    validFrom: NAPL_FROM,
    grant: { by: "authority", authority: "Nationaal Groeifonds (NAPL programme)" },
    sources: ["letter", "napl-submitted", "napl-granted", "napl-granted-partners"],
    ...(sector === "po" ? { note: GROWTH_FUND_NOTE } : {}),
  }));
}

/**
 * The history of the profession's representation in the Netherlands from 2011
 * to 2026, on the substantive (professional) themes, as one scenario document:
 * the Onderwijscoöperatie leads with its board organisations in the delegation
 * (March 2011 to 1 January 2019); from its end the organisations of the letter
 * lead together, as coalitions whose composition varies by sector, next to the
 * Lerarencollectief for primary education (2 March 2020 to 28 June 2023); and
 * from 30 June 2023 the partners of the growth-fund programme lead professional
 * development together. The model is an alternative one
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
 * resolve(history, { theme: "curriculum", region: "nl", sector: "vo", on: "2024-06-01" }).leads;
 * // => ["aob", "cnvo", "fvov", "pvvvo"]
 * ```
 * @category Dutch case
 */
export function representationHistoryDocument(): ScenarioDocument {
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
    ...jointMandates(),
    ...growthFundMandates(),
    ...regionSeats(),
  ];
  return composeDocument({
    id: "nl-representation-history",
    name: "Who represented the profession, 2011-2026",
    description:
      "The history of the teaching profession's representation on the substantive themes: the Onderwijscoöperatie (2011-2019), " +
      "the Lerarencollectief (founded 2019) for primary education from 2 March 2020 to 28 June 2023, and from the OC's end the organisations " +
      "of the letter, which represent the profession together in compositions that vary by sector and theme, among them the partners of " +
      "the growth-fund programme for teachers' professional development.",
    // The OC and the LC had no regional chapters; the onderwijsregio's, with the profession's seat, started in July 2023.
    regions: REGIONS,
    // Pay was never the professional body's remit; the register themes, abolished in 2021, count under competence.
    withoutThemes: [...HISTORICAL_THEMES, "arbeidsvoorwaarden"],
    organisations: ["aob", "cnvo", "fvov", "bvmbo", "pvvvo", "bon", "oc", "lc", "fnv", "cnv", "cmhf", "vcp"],
    mandates,
    // Who paid: the ministry for the OC and the LC, the growth fund for the programme; the organisations' own work rests on their members.
    funding: [...OC_FUNDING, ...LC_FUNDING, GROWTH_FUND],
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
