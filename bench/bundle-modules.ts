/**
 * Prints where the bytes of one measured bundle come from: its size, then its modules,
 * largest first.
 *
 *   npx tsx bench/bundle-modules.ts resolve
 *   npx tsx bench/bundle-modules.ts "main, English only"
 */
import { bundleModules, bundleSize, ENTRIES } from "./bundle.js";

const name = process.argv[2] ?? "";
if (!Object.hasOwn(ENTRIES, name)) {
  process.stderr.write(`bundle-modules: name one of ${Object.keys(ENTRIES).map((n) => JSON.stringify(n)).join(", ")}\n`);
  process.exit(2);
}
const contents = ENTRIES[name as keyof typeof ENTRIES];
const size = await bundleSize(contents);
const lines = [`${name}: ${(size.gzip / 1000).toFixed(1)} kB gzipped, ${(size.minified / 1000).toFixed(1)} kB minified`];
for (const module of await bundleModules(contents)) lines.push(`${String(module.minified).padStart(7)}  ${module.path}`);
process.stdout.write(`${lines.join("\n")}\n`);
