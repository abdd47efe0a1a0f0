/**
 * What an app pays to ship the library: an entry bundled from src/ the way an app's
 * bundler would (esbuild, minified, ES2022), gzipped, with zod, immer and date-fns
 * left out because the app installs those anyway. Shared by the bundle-size test and
 * the bundle benchmark, so both measure the same thing.
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The budgets, in bytes after minifying and gzipping. */
export const BUDGET = { resolve: 15_000, main: 40_000 } as const;

/** The entries measured: what an app writes to import a part of the library. */
export const ENTRIES = {
  resolve: 'export { resolve } from "./src/index.ts";',
  "main, English only": 'export * from "./src/index.ts";',
  "Dutch locale": 'export * from "./src/locale/nl/index.ts";',
  "whole library": 'export * from "./src/index.ts";\nexport * from "./src/council.ts";\nexport * from "./src/report-entry.ts";\nexport * from "./src/locale/nl/index.ts";',
  "model and resolution": 'export { parseScenario, resolve, representationMatrix, explain } from "./src/index.ts";',
  analysis: 'export * from "./src/analysis/public.ts";',
  change: 'export * from "./src/change/public.ts";',
  council: 'export * from "./src/council.ts";',
  report: 'export * from "./src/report-entry.ts";',
  time: 'export * from "./src/time/public.ts";',
} as const;

/** One measured bundle. */
export interface BundleSize {
  /** Bytes of minified code. */
  readonly minified: number;
  /** Bytes after gzip. */
  readonly gzip: number;
  /** Bytes after gzip of the code with every string literal emptied: the code without its text. */
  readonly codeGzip: number;
  /** The minified code. */
  readonly code: string;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const STRINGS = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

/** Bundles `contents` (an entry module at the repository root) and measures it. */
export async function bundleSize(contents: string): Promise<BundleSize> {
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
  if (file === undefined) throw new Error("bundleSize: esbuild wrote no output");
  const code = file.text;
  return {
    minified: file.contents.length,
    gzip: gzipSync(file.contents).length,
    codeGzip: gzipSync(code.replace(STRINGS, '""')).length,
    code,
  };
}
