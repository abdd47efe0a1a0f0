// Packs the package as npm would publish it, then runs publint and arethetypeswrong on the tarball.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The Dutch dataset as JSON for apps in other languages (scripts/emit-nl-json.ts).
const NL_JSON = ["coordination", "oc2", "alternative", "history-oc", "history-lc", "timeline", "building-blocks"].map((name) => `dist/nl/${name}.json`);

// The version in package.json is the newest one the CHANGELOG describes.
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const newest = /^## (\S+)/m.exec(readFileSync("CHANGELOG.md", "utf8"))?.[1];
if (newest !== version) throw new Error(`check-package: package.json says ${version}, the CHANGELOG's newest section is ${String(newest)}`);

const dir = mkdtempSync(join(tmpdir(), "beroepsgroep-pack-"));
try {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { encoding: "utf8" });
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  const tarball = join(dir, info.filename);
  const files = new Set(info.files.map((f) => f.path));
  for (const needed of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/council.js", "dist/council.cjs", "dist/council.d.ts", "dist/council.d.cts", "dist/report.js", "dist/report.cjs", "dist/report.d.ts", "dist/report.d.cts", "dist/change.js", "dist/change.cjs", "dist/change.d.ts", "dist/change.d.cts", "dist/nl.js", "dist/nl.cjs", "dist/locale/nl.js", "dist/locale/nl.cjs", "dist/locale/nl.d.ts", "dist/locale/nl.d.cts", "dist/internal.js", "dist/internal.cjs", "dist/internal.d.ts", "dist/internal.d.cts", "dist/scenario.schema.json", "dist/cli.js", "README.md", ...NL_JSON]) {
    if (!files.has(needed)) throw new Error(`check-package: the tarball lacks ${needed}`);
  }
  const stray = [...files].filter((f) => !f.startsWith("dist/") && !["README.md", "CHANGELOG.md", "package.json", "LICENSE"].includes(f));
  if (stray.length > 0) throw new Error(`check-package: the tarball ships files it should not: ${stray.join(", ")}`);
  execFileSync("npx", ["publint", "--strict", tarball], { stdio: "inherit" });
  execFileSync("npx", ["attw", tarball, "--profile", "node16"], { stdio: "inherit" });
  console.log(`check-package: ${info.filename} with ${files.size} files passes publint and attw`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
