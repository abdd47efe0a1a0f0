// Draws the Dutch history of representation (2011-2026) as a Gantt-like SVG, one block per
// professional theme, and writes it to docs/images/representation-history.svg.
// Run with `npx tsx scripts/render-timeline.ts`; a test checks the file is up to date.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseScenario } from "../src/governance/parse-scenario.js";
import { representationHistoryDocument } from "../src/nl/representation-history.js";
import { matrixTimeline } from "../src/time/matrix-timeline.js";
import { displayNames, renderTimeline } from "../src/report-entry.js";

/** The picture's file, relative to the repository root. */
export const HISTORY_SVG = "docs/images/representation-history.svg";

/** The SVG of the history: the root themes by sector, from 2011 to the end of 2026. */
export function representationHistorySvg(): string {
  const history = parseScenario(representationHistoryDocument());
  const timeline = matrixTimeline(history, {
    from: "2011-01-01",
    until: "2027-01-01",
    // Subthemes follow their parents here, so the picture shows the roots.
    themes: history.themes.filter((t) => t.parent === undefined).map((t) => t.id),
    sectors: history.sectors.map((s) => s.id),
  });
  return renderTimeline(timeline, { names: displayNames(history), title: "Who represented the teaching profession, 2011-2026 (professional themes)", width: 1000 });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(HISTORY_SVG, representationHistorySvg());
  console.log(`render-timeline: wrote ${HISTORY_SVG}`);
}
