import { describe, expect, it } from "vitest";
import { BUDGET, bundleSize, ENTRIES } from "../bench/bundle.js";

// What an app pays to ship the library: bundled from src/ as an app's bundler would,
// minified and gzipped, without zod, immer and date-fns (bench/bundle.ts). The same
// figures, per area, are in `npm run bench -- bundle` and docs/performance.md.

/**
 * Both budgets are met: `resolve` alone 12.1 kB (10.6 kB code) and the main entry 36.0 kB
 * English only (29.0 kB code), measured on 2026-12-03. The second edition had taken them to
 * 16.6 kB and 43.0 kB. `resolve` came back when every function that takes a scenario began
 * to refuse one the library did not make, instead of checking it as `parseScenario` does,
 * so the parse path left every bundle that does not import `parseScenario`. The main
 * entry came back when the changes moved to `beroepsgroep/change`, as the teachers'
 * council had moved to `beroepsgroep/council`, the Dutch words to `beroepsgroep/locale/nl`
 * and the pictures to `beroepsgroep/report`. Both are held to their budgets; the main
 * entry's code and the whole library (79.4 kB, 62.3 kB code) to the measured figures plus
 * about half a kilobyte, so that neither grows unnoticed. docs/performance.md ("Bundle
 * size") gives the measured split.
 *
 * "Code without the text" is exact: bench/bundle.ts parses the bundle with TypeScript's
 * parser and empties every string and template literal (test/bench/bundle-text.test.ts).
 */
const RESOLVE_CEILING = BUDGET.resolve;
const MAIN_CEILING = BUDGET.main;
const MAIN_CODE_CEILING = 29_500;
const WHOLE_CEILING = 79_900;
const WHOLE_CODE_CEILING = 62_800;

/** Sentences only the Dutch catalogue holds: one from explanations, labels, findings, the council and the command line. */
const DUTCH = [
  "niemand heeft de leiding",
  "Wie vertegenwoordigt de beroepsgroep op",
  "Het LC werd opgeheven wegens een gebrek aan",
  "De raad stelde geen eisen aan het draagvlak.",
  "Geen valkuilen gevonden in",
];

describe("bundle size (minified and gzipped, dependencies left out)", () => {
  it(`an app importing only resolve pulls in at most ${RESOLVE_CEILING / 1000} kB`, async () => {
    const only = await bundleSize(ENTRIES.resolve);
    expect(only.code).toMatch(/as resolve\b/);
    expect(only.gzip).toBeLessThanOrEqual(RESOLVE_CEILING);
  });

  it(`the main entry, English only, ships no Dutch and is within its ${MAIN_CEILING / 1000} kB budget`, async () => {
    const main = await bundleSize(ENTRIES["main, English only"]);
    const dutch = await bundleSize(ENTRIES["Dutch locale"]);
    for (const sentence of DUTCH) {
      expect(main.code, sentence).not.toContain(sentence);
      expect(dutch.code, sentence).toContain(sentence);
    }
    expect(main.code).toContain("Who represents the profession on");
    expect(main.gzip).toBeLessThanOrEqual(MAIN_CEILING);
    expect(main.codeGzip).toBeLessThanOrEqual(MAIN_CODE_CEILING);
    expect(main.codeGzip).toBeLessThan(main.gzip);
  });

  it(`the whole library (main entry, council, pictures, changes and Dutch) stays under its ${WHOLE_CEILING / 1000} kB ceiling`, async () => {
    const whole = await bundleSize(ENTRIES["whole library"]);
    const main = await bundleSize(ENTRIES["main, English only"]);
    expect(whole.gzip).toBeGreaterThan(main.gzip);
    expect(whole.gzip).toBeLessThanOrEqual(WHOLE_CEILING);
    expect(whole.codeGzip).toBeLessThanOrEqual(WHOLE_CODE_CEILING);
  });

  it("the main entry ships no counting method and no tally renderer: they are in beroepsgroep/council", async () => {
    const main = await bundleSize(ENTRIES["main, English only"]);
    const council = await bundleSize(ENTRIES.council);
    // The counting code's own strings (its method table, its errors and their codes); the
    // English words that name the methods are in the one catalogue, and so in the main entry.
    for (const marker of ["sainte-lague", "dhondt", "TallyError", "undecidable_tie"]) {
      expect(main.code, marker).not.toContain(marker);
      expect(council.code, marker).toContain(marker);
    }
    expect(main.code).not.toMatch(/as (tally|deliberate|apportion|renderTally)\b/);
    expect(council.code).toMatch(/as renderTally\b/);
  });

  it("the main entry ships no renderer: the pictures are in beroepsgroep/report", async () => {
    const main = await bundleSize(ENTRIES["main, English only"]);
    const report = await bundleSize(ENTRIES.report);
    for (const marker of ["<svg", "beroepsgroep-matrix", "flowchart"]) {
      expect(main.code, marker).not.toContain(marker);
      expect(report.code, marker).toContain(marker);
    }
    expect(main.code).not.toMatch(/as (renderMatrix|renderComparison|renderStructure|renderTimeline|displayNames|organisationColours|OKABE_ITO)\b/);
    for (const name of ["renderMatrix", "renderComparison", "renderStructure", "renderTimeline", "displayNames"]) {
      expect(report.code, name).toMatch(new RegExp(`as ${name}\\b`));
    }
  });

  it("the main entry ships no change operation: applying, undoing, replaying and weighing changes are in beroepsgroep/change", async () => {
    const main = await bundleSize(ENTRIES["main, English only"]);
    const change = await bundleSize(ENTRIES.change);
    // The change types' own names and immer's patch functions, which only the changes use.
    for (const marker of ["revoke-mandate", "merge-organisations", "add-coalition-member", "produceWithPatches", "inversePatches"]) {
      expect(main.code, marker).not.toContain(marker);
      expect(change.code, marker).toContain(marker);
    }
    const moved = ["applyChange", "parseChange", "createHistory", "loadHistory", "replay", "impactOf", "updateMatrix"];
    expect(main.code).not.toMatch(new RegExp(`as (${moved.join("|")})\\b`));
    for (const name of moved) expect(change.code, name).toMatch(new RegExp(`as ${name}\\b`));
  });

  it("leaves zod, immer and date-fns out, and tree-shakes what an app does not import", async () => {
    const main = await bundleSize(ENTRIES["main, English only"]);
    expect(main.code).toMatch(/from\s*"zod"/);
    expect(main.code).not.toContain("class ZodError");
    const only = await bundleSize(ENTRIES.resolve);
    // The tallies and renderers are not part of resolving a cell.
    expect(only.code).not.toContain("majority-judgment");
    expect(only.code).not.toContain("<svg");
  });

  it("every area's entry bundles on its own, smaller than the whole library", async () => {
    const whole = await bundleSize(ENTRIES["whole library"]);
    for (const [name, contents] of Object.entries(ENTRIES)) {
      if (name === "whole library") continue;
      const size = await bundleSize(contents);
      expect(size.gzip, name).toBeGreaterThan(0);
      expect(size.gzip, name).toBeLessThan(whole.gzip);
    }
  });
});
