// Writes the Dutch dataset to dist/nl/*.json for apps in other languages (run by `npm run build`;
// never edit the files by hand). Each scenario document is validated first, so a broken one never ships.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseScenario } from "../src/governance/parse-scenario.js";
import { nl } from "../src/nl/index.js";

function write(name: string, value: unknown): void {
  writeFileSync(`dist/nl/${name}.json`, `${JSON.stringify(value, null, 2)}\n`);
}

mkdirSync("dist/nl", { recursive: true });
for (const name of nl.documentNames) {
  const document = nl.document(name);
  parseScenario(document);
  write(name, document);
}
write("timeline", { sources: nl.sources, events: nl.timeline });
write("building-blocks", {
  sources: nl.sources,
  sectors: nl.sectors,
  regions: nl.regions,
  themes: nl.themes,
  organisations: nl.organisations,
  population: nl.population,
});
console.log(`emit-nl-json: wrote ${nl.documentNames.length + 2} files to dist/nl/`);
