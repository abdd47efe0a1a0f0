import type { Theme } from "../../model/types.js";

/** Themes that no longer have a policy table: the register was abolished by law in 2021. */
export const HISTORICAL_THEMES: readonly string[] = ["lerarenregister", "professionele-standaard"];

/**
 * The themes the letter names, the two historical themes of the register era,
 * and working conditions as the one labour theme. The parent links are this
 * dataset's grouping, following the OC's spearheads where the sources give them.
 */
export const THEMES: readonly Theme[] = [
  {
    id: "beroepsbeeld",
    name: "Beroepsbeeld",
    kind: "professional",
    sources: ["letter", "bvmbo-interview", "vls-oc"],
    note: "The professional image of the teacher; the OC's spearhead 'Status en imago'.",
  },
  {
    id: "team-van-het-jaar",
    name: "Onderwijsteam van het jaar",
    parent: "beroepsbeeld",
    sources: ["letter", "oc-end"],
    note: "The annual election the letter names; placed under the professional image by this dataset (the OC ran 'Leraar van het Jaar').",
  },
  {
    id: "bekwaamheidseisen",
    name: "Bekwaamheidseisen",
    kind: "professional",
    sources: ["letter", "competence-decree"],
    note: "Competence requirements: subject knowledge, subject didactics and pedagogy (Besluit bekwaamheidseisen, 2005; recalibrated 2017).",
  },
  {
    id: "bevoegdheden",
    name: "Bevoegdheden",
    parent: "bekwaamheidseisen",
    sources: ["letter", "qualifications"],
    note: "Teaching qualifications (pabo, second and first degree).",
  },
  {
    id: "lerarenregister",
    name: "Lerarenregister",
    parent: "bekwaamheidseisen",
    sources: ["letter", "vls-oc", "register-law", "register-abolished"],
    note: "HISTORICAL. Voluntary from 2012, made mandatory by the register law of 2017, abolished by law 35145 (Senate vote 16 November 2021). The OC counted it under its spearhead 'Bekwaamheid'.",
  },
  {
    id: "professionele-standaard",
    name: "Professionele standaard",
    parent: "bekwaamheidseisen",
    sources: ["letter", "register-standard"],
    note: "HISTORICAL. Under the register law, the standard for registration set by teachers themselves; it went with the register.",
  },
  {
    id: "lerarenopleiding",
    name: "Opleiden van leraren",
    kind: "professional",
    sources: ["letter", "teachers-eurydice"],
    note: "Teacher education: pabo and teacher-education programmes in hbo and wo.",
  },
  {
    id: "professionalisering",
    name: "Professionalisering",
    kind: "professional",
    sources: ["letter", "napl-granted"],
    note: "Professional development; the letter names training, coaching and the growth-fund bid for a national approach.",
  },
  {
    id: "curriculum",
    name: "Curriculum",
    kind: "professional",
    sources: ["letter", "pvvvo-start", "fvov-chair"],
  },
  {
    id: "onderwijsarbeidsmarkt",
    name: "Onderwijsarbeidsmarkt",
    kind: "professional",
    sources: ["letter", "regions-regulation-2023"],
    note: "The education labour market (teacher shortage, regional cooperation). The letter counts it among the substantive themes, so it is `professional` here, not `labour`: a choice of this dataset.",
  },
  {
    id: "arbeidsvoorwaarden",
    name: "Arbeidsvoorwaarden",
    kind: "labour",
    sources: ["nvo-caos", "pvvvo-start"],
    note: "Pay and working conditions, negotiated per sector in collective agreements (cao's).",
  },
];
