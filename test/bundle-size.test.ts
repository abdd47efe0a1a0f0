import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

// What an app pays to ship the library: bundled from src/ as the app's bundler would,
// minified and gzipped, without zod, immer and date-fns (the app has those anyway).
const root = fileURLToPath(new URL("..", import.meta.url));

/** The targets, in bytes. */
const TARGET = { resolve: 15_000, whole: 40_000 };
/**
 * The whole library misses its 40 kB target (about 57 kB at the time of writing; the
 * reports, deliberation, analysis, change and time areas weigh 10 to 15 kB each, see
 * docs/performance.md). Until the lead decides how to meet it, this ceiling keeps it
 * from growing unnoticed.
 */
const WHOLE_CEILING = 64_000;

async function bundle(contents: string): Promise<{ gzip: number; code: string }> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: "app-entry.ts", loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: ["zod", "immer", "date-fns", "node:*"],
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error("esbuild wrote no output");
  return { gzip: gzipSync(file.contents).length, code: file.text };
}

describe("bundle size (minified and gzipped, dependencies left out)", () => {
  it(`an app importing only resolve pulls in at most ${TARGET.resolve / 1000} kB`, async () => {
    const only = await bundle('export { resolve } from "./src/index.ts";');
    expect(only.code).toMatch(/as resolve\b/);
    expect(only.gzip).toBeLessThanOrEqual(TARGET.resolve);
  });

  it(`the whole library stays under its ${WHOLE_CEILING / 1000} kB ceiling (its ${TARGET.whole / 1000} kB target is not met yet)`, async () => {
    const whole = await bundle('export * from "./src/index.ts";');
    const only = await bundle('export { resolve } from "./src/index.ts";');
    expect(whole.gzip).toBeGreaterThan(only.gzip);
    expect(whole.gzip).toBeLessThanOrEqual(WHOLE_CEILING);
  });

  it("leaves zod, immer and date-fns out, and tree-shakes what an app does not import", async () => {
    const whole = await bundle('export * from "./src/index.ts";');
    expect(whole.code).toMatch(/from\s*"zod"/);
    expect(whole.code).not.toContain("class ZodError");
    const only = await bundle('export { resolve } from "./src/index.ts";');
    // The tallies and renderers are not part of resolving a cell.
    expect(only.code).not.toContain("majority-judgment");
    expect(only.code).not.toContain("<svg");
  });
});
