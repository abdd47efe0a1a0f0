// The README's quick start, kept verbatim: a test checks the two stay identical.
import { explain, parseScenario, resolve } from "beroepsgroep";
import "beroepsgroep/locale/nl"; // Dutch sentences; English needs no import

const scenario = parseScenario({
  schemaVersion: 1,
  id: "mini",
  name: "A small world",
  sectors: [{ id: "vo", name: "Voortgezet onderwijs" }],
  regions: [
    { id: "nl", name: "Nederland", level: "national" },
    { id: "noord", name: "Noord", level: "region", parent: "nl" },
  ],
  themes: [{ id: "curriculum", name: "Curriculum", kind: "professional" }],
  organisations: [
    { id: "aob", name: "Algemene Onderwijsbond", kind: "union", sectors: ["vo"] },
    { id: "cnvo", name: "CNV Onderwijs", kind: "union", sectors: ["vo"] },
  ],
  mandates: [
    {
      id: "m1", holder: "aob", role: "lead",
      scope: { themes: ["curriculum"], regions: ["nl"], sectors: "all" },
      validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" },
    },
  ],
  model: {
    kind: "coordination",
    parties: ["aob", "cnvo"],
    agreement: { id: "a1", signedOn: "2025-01-01", signatories: ["aob", "cnvo"] },
    fallback: "none",
  },
});

const answer = resolve(scenario, { theme: "curriculum", region: "noord", sector: "vo", on: "2025-06-01" });
console.log(answer.status); // represented
console.log(answer.delegation); // [ 'aob' ]
console.log(explain(answer, { locale: "nl" }));
