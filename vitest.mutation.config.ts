import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// Mutation runs go one folder at a time on a busy machine: MUTATION_TESTS narrows the tests
// Stryker runs and MUTATION_EXCLUDE leaves some out (comma-separated globs). Unset, this is vitest.config.ts.
function globs(name: string): string[] {
  return (process.env[name] ?? "").split(",").filter((glob) => glob !== "");
}

const include = globs("MUTATION_TESTS");
const exclude = globs("MUTATION_EXCLUDE");

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(include.length === 0 ? {} : { include }),
    ...(exclude.length === 0 ? {} : { exclude: [...configDefaults.exclude, ...exclude] }),
  },
});
