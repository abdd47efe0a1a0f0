import type { Population } from "../../model/types.js";

/** The teacher population: an assumed order of magnitude, since no source at hand gives it. */
export const POPULATION: Population = {
  teachers: 250_000,
  asOf: "2024-01-01",
  sources: ["assumption", "letter"],
  note: "ASSUMPTION: a round order of magnitude for teachers in po, vo, mbo and ho together; no source in this dataset gives the number, so replace it with DUO or OCW figures before drawing conclusions. The letter says the organisations represent over 150,000 teachers and support staff.",
};
