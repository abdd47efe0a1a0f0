// Who represents the curriculum in one onderwijsregio? Ask each of the letter's three models,
// per sector, then let the library explain one answer.
import { explain, resolve } from "beroepsgroep";
import { nl } from "beroepsgroep/nl";

const on = "2026-09-01";
const region = "friesland-nop-urk";
const name = nl.regions.find((r) => r.id === region)?.name ?? region;

console.log(`Curriculum in ${name} on ${on}:`);
for (const scenario of [nl.scenarios.coordination, nl.scenarios.oc2, nl.scenarios.alternative]) {
  const answers = ["po", "vo", "mbo"].map((sector) => {
    const answer = resolve(scenario, { theme: "curriculum", region, sector, on });
    const who = answer.lead === null ? answer.status : (nl.names[answer.lead] ?? answer.lead);
    return `${sector} ${who}`;
  });
  console.log(`- ${scenario.name}: ${answers.join("; ")}`);
}

// Under OC 2.0 the region lies in Noord-Nederland, where a learning community runs the chapter.
console.log("");
console.log(explain(resolve(nl.scenarios.oc2, { theme: "curriculum", region, sector: "mbo", on }), { names: nl.names }));
