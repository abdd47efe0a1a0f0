import type { Sector } from "../../model/types.js";

/** The sectors of Dutch education that the dataset uses. */
export const SECTORS: readonly Sector[] = [
  {
    id: "po",
    name: "Primair onderwijs",
    sources: ["sectors-cbs", "teachers-eurydice"],
    note: "Primary education. Special (primary) education, so and sbo, is counted here and under vo: a simplification of this dataset.",
  },
  { id: "vo", name: "Voortgezet onderwijs", sources: ["sectors-cbs", "teachers-eurydice"], note: "Secondary education: vmbo, havo, vwo." },
  { id: "mbo", name: "Middelbaar beroepsonderwijs", sources: ["sectors-cbs"], note: "Upper secondary vocational education, levels 1 to 4." },
  {
    id: "ho",
    name: "Hoger onderwijs",
    sources: ["sectors-cbs", "teachers-eurydice"],
    note: "Higher education: hbo (universities of applied sciences) and wo (research universities) taken together.",
  },
];
