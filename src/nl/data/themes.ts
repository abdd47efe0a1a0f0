import type { Theme } from "../../model/types.js";

/** Themes that no longer have a policy table: the register was abolished by law in 2021. */
export const HISTORICAL_THEMES: readonly string[] = ["lerarenregister", "professionele-standaard"];

/**
 * The themes the letter names as those the organisations worked on together,
 * the two historical themes of the register era, and working conditions as the
 * one labour theme. The letter lists the themes without calling them
 * substantive: which are `professional` and which `labour` is this dataset's
 * reading. The parent links are this dataset's grouping, following the OC's
 * spearheads where the sources give them. Each note says which source states
 * which detail.
 */
export const THEMES: readonly Theme[] = [
  {
    id: "beroepsbeeld",
    name: "Beroepsbeeld",
    kind: "professional",
    sources: ["letter", "bvmbo-interview", "vls-oc"],
    note: "The professional image of the teacher. Named by the letter among the themes of joint work; the OC's spearhead 'Status en imago' (vls-oc); the BVMBO's 'beroepsbeeld mbo-docent' (bvmbo-interview).",
  },
  {
    id: "team-van-het-jaar",
    name: "Onderwijsteam van het jaar",
    parent: "beroepsbeeld",
    sources: ["letter", "oc-end"],
    note: "The annual election the letter names ('het onderwijsteam van het jaar'). Placing it under the professional image is this dataset's choice; the OC ran the 'Leraar van het Jaar' election (oc-end).",
  },
  {
    id: "bekwaamheidseisen",
    name: "Bekwaamheidseisen",
    kind: "professional",
    sources: ["letter", "competence-decree"],
    note: "Competence requirements, named by the letter. The three competences, subject knowledge, subject didactics and pedagogy, are those of the Besluit bekwaamheidseisen onderwijspersoneel of 2005 (competence-decree).",
  },
  {
    id: "bevoegdheden",
    name: "Bevoegdheden",
    parent: "bekwaamheidseisen",
    sources: ["letter", "qualifications"],
    note: "Teaching qualifications, named by the letter ('de bevoegdheden van leraren'); the kinds (pabo, second and first degree) come from the qualifications source.",
  },
  {
    id: "lerarenregister",
    name: "Lerarenregister",
    parent: "bekwaamheidseisen",
    sources: ["letter", "vls-oc", "register-voluntary", "register-act", "register-in-force", "register-abolished"],
    note: "HISTORICAL. The letter names it among the OC's themes. Voluntary from 2012 (register-voluntary); made mandatory by the act Staatsblad 2017, 85 (register-act), in force from 1 August 2017 by the decree Staatsblad 2017, 293 (register-in-force); abolished by law 35145 (register-abolished; Senate vote 16 November 2021). The OC counted it under its spearhead 'Bekwaamheid' (vls-oc).",
  },
  {
    id: "professionele-standaard",
    name: "Professionele standaard",
    parent: "bekwaamheidseisen",
    sources: ["letter", "register-standard"],
    note: "HISTORICAL. The letter names it among the OC's themes. Under the register law, the standard for registration set by teachers themselves (register-standard); it went with the register.",
  },
  {
    id: "lerarenopleiding",
    name: "Opleiden van leraren",
    kind: "professional",
    sources: ["letter", "teachers-eurydice"],
    note: "Teacher education ('het opleiden van leraren' in the letter): pabo and teacher-education programmes in hbo and wo (teachers-eurydice).",
  },
  {
    id: "professionalisering",
    name: "Professionalisering",
    kind: "professional",
    sources: ["letter", "napl-granted"],
    note: "Professional development. The letter names training, coaching and guidance for members, and the growth-fund bid for a national approach (a bid, in the letter); the grant of that bid is in napl-granted. The letter does not list it among the themes of joint work: it is a theme of its own here by this dataset's choice.",
  },
  {
    id: "curriculum",
    name: "Curriculum",
    kind: "professional",
    sources: ["letter", "pvvvo-start", "fvov-chair"],
    note: "Named by the letter. Subject associations act on exam programmes and curriculum revision (pvvvo-start); the FvOv chair takes part in curriculum talks with OCW (fvov-chair).",
  },
  {
    id: "onderwijsarbeidsmarkt",
    name: "Onderwijsarbeidsmarkt",
    kind: "professional",
    sources: ["letter", "regions-regulation-2023", "assumption"],
    note: "The education labour market (teacher shortage, regional cooperation). The letter lists it among the themes of joint work, next to the professional image and the curriculum, without calling any of them substantive; making it `professional` here, not `labour`, is this dataset's choice (an ASSUMPTION). The regional cooperation follows regions-regulation-2023.",
  },
  {
    id: "arbeidsvoorwaarden",
    name: "Arbeidsvoorwaarden",
    kind: "labour",
    sources: ["nvo-caos", "pvvvo-start"],
    note: "Pay and working conditions, negotiated per sector in collective agreements (cao's; nvo-caos); Platform VVVO leaves them to the unions (pvvvo-start). Not a theme the letter names: the one labour theme, by this dataset's choice.",
  },
];
