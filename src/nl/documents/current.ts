import { HISTORICAL_THEMES } from "../data/themes.js";

/** The real organisations in the three scenarios of the letter: the parties, Platform VVVO and the confederations above them. */
export const CURRENT_ORGANISATIONS: readonly string[] = ["aob", "cnvo", "fvov", "bvmbo", "pvvvo", "fnv", "cnv", "cmhf", "vcp"];

/** The historical register themes have no policy table any more, so the proposals leave them out. */
export const CURRENT_WITHOUT_THEMES: readonly string[] = HISTORICAL_THEMES;

/** The day the proposed models start in this dataset: an assumption, since the letter gives none. */
export const PROPOSED_START = "2026-01-01";

/** The professional theme roots, for mandates that span all substantive themes. */
export const PROFESSIONAL_ROOTS: readonly string[] = [
  "beroepsbeeld",
  "bekwaamheidseisen",
  "lerarenopleiding",
  "professionalisering",
  "curriculum",
  "onderwijsarbeidsmarkt",
];
