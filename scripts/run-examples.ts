// Runs every example in examples/ against the built package (dist/, reached through the
// package's own name) and compares what it prints with examples/expected/NAME.txt.
// Run with --update to rewrite the expected output after a deliberate change.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

const update = process.argv.includes("--update");
const examples = readdirSync("examples").filter((f) => f.endsWith(".ts")).sort();
if (examples.length === 0) throw new Error("run-examples: no examples found");
if (!existsSync("dist/index.js")) throw new Error("run-examples: dist/ is missing; run `npm run build` first");
let failed = 0;
for (const file of examples) {
  const name = file.replace(/\.ts$/, "");
  const output = execFileSync("npx", ["tsx", "--tsconfig", "scripts/tsconfig.dist.json", `examples/${file}`], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const expectedFile = `examples/expected/${name}.txt`;
  if (update || !existsSync(expectedFile)) {
    if (!update) {
      console.error(`run-examples: ${expectedFile} is missing (run with --update to create it)`);
      failed++;
      continue;
    }
    writeFileSync(expectedFile, output);
    console.log(`updated ${expectedFile}`);
  } else if (readFileSync(expectedFile, "utf8") !== output) {
    console.error(`run-examples: ${file} printed something else than ${expectedFile}:\n${output}`);
    failed++;
  } else {
    console.log(`ok ${file}`);
  }
}
if (failed > 0) process.exit(1);
console.log(`run-examples: ${examples.length} examples match their expected output`);
