import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    setupFiles: ["test/setup/fail-on-console.ts", "test/setup/fast-check-seed.ts", "test/setup/dutch-locale.ts"],
    testTimeout: 60_000,
    // The JSON report feeds the one closing line of `npm test` (scripts/test-summary.ts).
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest-last.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The CLI is tested in test/cli, mostly as the built bin in a subprocess, outside this coverage run.
      exclude: ["src/cli/**"],
      reporter: ["text-summary", "json-summary"],
      reportsDirectory: "reports/coverage",
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
