import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test-prop.ts"],
    setupFiles: ["test/setup/fail-on-console.ts"],
    testTimeout: 60_000,
  },
});
