import { defineConfig } from "vitest/config";

// The playground's tests need the built page (`npm run docs`), so they run apart: `npm run test:playground`.
export default defineConfig({
  test: {
    include: ["test/playground/**/*.page-test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: "reports/vitest-playground.json" },
  },
});
