// Draws the pictures in docs/images/ from the embedded Dutch dataset (run by `npm run docs`;
// never edit the SVG files by hand). With --check it writes nothing and fails when a file is stale.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { compareScenarios, representationMatrix } from "../src/index.js";
import { displayNames, organisationColours, renderComparison, renderMatrix } from "../src/report-entry.js";
import { nl } from "../src/nl/index.js";

/** The day every picture shows: after the agreement is signed and the OC 2.0 body is established. */
export const PICTURE_DAY = "2026-06-01";

/** One picture: where it goes and what it holds. */
export interface Picture {
  readonly path: string;
  readonly content: string;
}

/** Every picture of the docs, drawn from the Dutch dataset. */
export function pictures(): Picture[] {
  const { coordination, oc2, alternative } = nl.scenarios;
  const scenarios = { coordination, oc2, alternative };
  const names = displayNames(coordination, oc2, alternative);
  const matrices = Object.entries(scenarios).map(([key, scenario]) => ({ key, matrix: representationMatrix(scenario, { on: PICTURE_DAY }) }));
  // One colour per organisation across every picture, so that the pictures can be read side by side.
  // A coalition is one party with one colour, keyed by its ids joined with " + " (spokesperson first).
  const ids = matrices.flatMap(({ matrix }) => matrix.cells.flatMap((c) => [...(c.leads.length === 0 ? [] : [c.leads.join(" + ")]), ...c.contenders]));
  const colours = organisationColours(ids);
  const out: Picture[] = matrices.map(({ key, matrix }) => ({
    path: `docs/images/matrix-${key}.svg`,
    content: renderMatrix(matrix, { format: "svg", names, colours, idPrefix: `matrix-${key}` }),
  }));
  // The comparison: secondary education, nationally and in the regions that have an OC 2.0 chapter.
  const chapters = oc2.model.kind === "oc2" ? (oc2.model.chapters ?? []).map((c) => c.region) : [];
  const root = coordination.regions.find((r) => r.parent === undefined)?.id;
  const regions = [...(root === undefined ? [] : [root]), ...chapters];
  const comparison = compareScenarios([coordination, oc2, alternative], { on: PICTURE_DAY, sectors: ["vo"], regions });
  out.push({ path: "docs/images/comparison.svg", content: renderComparison(comparison, { format: "svg", names, colours, idPrefix: "comparison" }) });
  return out;
}

/** The pictures whose file differs from what the dataset draws now. */
export function stalePictures(): string[] {
  return pictures()
    .filter((p) => {
      try {
        return readFileSync(p.path, "utf8") !== p.content;
      } catch {
        return true;
      }
    })
    .map((p) => p.path);
}

function main(): void {
  if (process.argv.includes("--check")) {
    const stale = stalePictures();
    if (stale.length > 0) {
      console.error(`render-pictures: out of date: ${stale.join(", ")}; run "npm run pictures"`);
      process.exit(1);
    }
    console.log("render-pictures: every picture is up to date");
    return;
  }
  mkdirSync("docs/images", { recursive: true });
  const all = pictures();
  for (const picture of all) writeFileSync(picture.path, picture.content);
  console.log(`render-pictures: wrote ${all.length} pictures to docs/images/`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
