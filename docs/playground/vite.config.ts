// Builds the playground (docs/playground/) into docs/api/playground/ against the library's
// own source: the package's entries are aliased to src/, as tsconfig.json's paths do.
// Run by `npm run docs` after typedoc, which empties docs/api/.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const src = (path: string): string => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset paths: the page works from static files on any sub-path, or from disk.
  base: "./",
  logLevel: "warn",
  resolve: {
    alias: [
      { find: /^beroepsgroep\/locale\/nl$/, replacement: src("locale/nl/index.ts") },
      { find: /^beroepsgroep\/report$/, replacement: src("report-entry.ts") },
      { find: /^beroepsgroep\/change$/, replacement: src("change-entry.ts") },
      { find: /^beroepsgroep\/nl$/, replacement: src("nl/index.ts") },
      { find: /^beroepsgroep$/, replacement: src("index.ts") },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL("../api/playground", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
  },
});
