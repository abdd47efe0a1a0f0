import { defineConfig } from "tsup";

export default defineConfig([
  {
    // `locale/nl` registers Dutch when imported; the main entry never imports it, so an English-only app ships no Dutch text.
    entry: { index: "src/index.ts", council: "src/council.ts", report: "src/report-entry.ts", change: "src/change-entry.ts", nl: "src/nl/index.ts", internal: "src/internal-api.ts", "locale/nl": "src/locale/nl/index.ts" },
    format: ["esm", "cjs"],
    // One chunk per shared module in both formats (cjs splitting is experimental in tsup), so that the
    // entries share one copy of the private brand (src/model/parsed-brand.ts): a scenario parsed through
    // `beroepsgroep/nl` is one the main entry and `beroepsgroep/report` made, under require as under import.
    splitting: true,
    dts: true,
    // Keep the CLI the second build writes, whichever build finishes first.
    clean: ["!cli.js", "!cli.js.map"],
    sourcemap: true,
    target: "node20",
    treeshake: true,
    external: ["zod", "immer", "date-fns"],
  },
  {
    // The `beroepsgroep` bin: ESM only, no types; esbuild keeps the entry's #!/usr/bin/env node line and tsup makes it executable.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    treeshake: true,
    external: ["zod", "immer", "date-fns"],
  },
]);
