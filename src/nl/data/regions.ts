import type { Region } from "../../model/types.js";

const PARTIAL =
  "The 2025 network has 50 onderwijsregio's; public sources available to this dataset name only a few of them, so this list is PARTIAL. docs/dutch-case.md shows how an app plugs in the full list.";

/** The national root alone: the tree for the years before the onderwijsregio's (2023). */
export const NATIONAL_ROOT: Region = {
  id: "nl",
  name: "Nederland",
  level: "national",
  sources: ["letter", "regions-count"],
  note: PARTIAL,
};

/**
 * The national root and the onderwijsregio's that public sources name. The
 * forerunner regions are listed under the headings the source groups them by.
 */
export const REGIONS: readonly Region[] = [
  NATIONAL_ROOT,
  {
    id: "noord-nederland",
    name: "Noord-Nederland",
    level: "landsdeel",
    parent: "nl",
    sources: ["forerunners-2023"],
    note: "A heading in the list of forerunner regions, not an administrative unit.",
  },
  {
    id: "noorderwijzer",
    name: "Noorderwijzer (Drenthe+)",
    level: "onderwijsregio",
    parent: "noord-nederland",
    sources: ["forerunners-2023"],
    note: "Forerunner region from 6 July 2023, for vo and mbo; its 2025 name and borders may differ.",
  },
  {
    id: "gfd-po",
    name: "Groningen, Friesland en Drenthe (po)",
    level: "onderwijsregio",
    parent: "noord-nederland",
    sources: ["forerunners-2023"],
    note: "Forerunner region from 6 July 2023, for po. It overlaps the vo/mbo regions of the same provinces: regions here form one tree, so the overlap is not modelled.",
  },
  {
    id: "gfd-mbo",
    name: "Groningen, Friesland, Drenthe (mbo)",
    level: "onderwijsregio",
    parent: "noord-nederland",
    sources: ["forerunners-2023"],
    note: "Forerunner region from 6 July 2023, for mbo.",
  },
  {
    id: "friesland-nop-urk",
    name: "Friesland, Noordoostpolder en Urk (vo/mbo)",
    level: "onderwijsregio",
    parent: "noord-nederland",
    sources: ["forerunners-2023"],
    note: "Forerunner region from 6 July 2023; it crosses a provincial border (Noordoostpolder and Urk lie in Flevoland).",
  },
  {
    id: "oost-nederland",
    name: "Oost-Nederland",
    level: "landsdeel",
    parent: "nl",
    sources: ["forerunners-2023"],
    note: "A heading in the list of forerunner regions, not an administrative unit. The source's list breaks off after its first entry.",
  },
  {
    id: "twente-achterhoek",
    name: "Twente, Achterhoek, Oost-Salland (vo/mbo)",
    level: "onderwijsregio",
    parent: "oost-nederland",
    sources: ["forerunners-2023"],
    note: "Forerunner region from 6 July 2023, for vo and mbo.",
  },
  {
    id: "landelijk-groen",
    name: "Landelijk groen onderwijs",
    level: "onderwijsregio (landelijk)",
    parent: "nl",
    sources: ["regions-network"],
    note: "One of four national, non-geographic onderwijsregio's in the 2025 scheme.",
  },
  {
    id: "landelijk-cr",
    name: "Landelijk christelijk-reformatorisch onderwijs",
    level: "onderwijsregio (landelijk)",
    parent: "nl",
    sources: ["regions-network"],
    note: "One of four national, non-geographic onderwijsregio's in the 2025 scheme.",
  },
  {
    id: "scope",
    name: "Scope",
    level: "onderwijsregio (landelijk)",
    parent: "nl",
    sources: ["regions-network"],
    note: "One of four national, non-geographic onderwijsregio's in the 2025 scheme.",
  },
  {
    id: "plg-plus",
    name: "PLG+",
    level: "onderwijsregio (landelijk)",
    parent: "nl",
    sources: ["regions-network"],
    note: "One of four national, non-geographic onderwijsregio's in the 2025 scheme.",
  },
];
