import type { Mandate } from "../../model/types.js";

/**
 * Mandates that rest on the organisations' own statutes, whatever model is in
 * force. Models decide whether they count: the coordination model sets them
 * aside, OC 2.0 keeps them for labour themes, the alternative defers to them.
 */
export const STATUTORY_MANDATES: readonly Mandate[] = [
  {
    id: "s-aob-arbeid",
    holder: "aob",
    role: "lead",
    scope: { themes: ["arbeidsvoorwaarden"], regions: ["nl"], sectors: "all" },
    validFrom: "1997-01-01",
    grant: { by: "statute" },
    sources: ["nvo-caos", "aob-about", "illustration"],
    note: "The unions negotiate the cao's side by side. A cell has one lead, so this dataset gives it to the largest union and seats the others as members: an illustration, not a fact.",
  },
  {
    id: "s-cnvo-arbeid",
    holder: "cnvo",
    role: "member",
    scope: { themes: ["arbeidsvoorwaarden"], regions: ["nl"], sectors: "all" },
    validFrom: "2000-01-01",
    grant: { by: "statute" },
    sources: ["cnvo-english", "illustration"],
  },
  {
    id: "s-fvov-arbeid",
    holder: "fvov",
    role: "member",
    scope: { themes: ["arbeidsvoorwaarden"], regions: ["nl"], sectors: "all" },
    validFrom: "1997-01-01",
    grant: { by: "statute" },
    sources: ["fvov-about", "nvo-caos", "assumption"],
    note: "The FvOv negotiates at the cao tables of po, vo, mbo and hbo. Its founding date was not found; the start of this mandate is an assumption.",
  },
  {
    id: "s-pvvvo-curriculum",
    holder: "pvvvo",
    role: "lead",
    scope: { themes: ["curriculum"], regions: ["nl"], sectors: ["vo"] },
    validFrom: "1991-01-01",
    grant: { by: "statute" },
    sources: ["pvvvo-start", "illustration"],
    note: "Subject associations speak for the school subjects on exam programmes and curriculum revision; as a lead mandate this is an illustration.",
  },
  {
    id: "s-bvmbo-beroepsbeeld",
    holder: "bvmbo",
    role: "lead",
    scope: { themes: ["beroepsbeeld"], regions: ["nl"], sectors: ["mbo"] },
    validFrom: "2011-03-01",
    grant: { by: "statute" },
    sources: ["bvmbo-interview", "illustration"],
    note: "The BVMBO developed the professional profile of the mbo teacher with the MBO Raad; as a lead mandate this is an illustration.",
  },
];
