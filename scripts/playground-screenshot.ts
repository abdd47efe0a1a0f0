// Run by `npm run docs` after the playground is built: opens docs/api/playground/ in headless
// Chromium (Debian's /usr/bin/chromium), served as static files, clicks a cell, and saves the
// screenshot the README shows (docs/images/playground.png; never made by hand). It prints the
// page's size (gzipped JavaScript and CSS) and its time to first matrix, the figures of
// docs/performance.md.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DOCS_ROOT as ROOT, launchChromium, serveDocs } from "./static-docs.js";

const OUT = "docs/images/playground.png";

const docs = await serveDocs();
const url = docs.url("playground/index.html");
const browser = await launchChromium();
try {
  const firsts: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(url);
    await page.waitForSelector("[data-cell]");
    firsts.push(Number(await page.locator("html").getAttribute("data-first-matrix-ms")));
    if (run === 0) {
      await page.locator('[data-cell][data-status="represented"]').first().click();
      await page.screenshot({ path: OUT, fullPage: false });
    }
    await page.close();
  }
  const assets = join(ROOT, "playground", "assets");
  const gz = (names: string[]): number => names.reduce((sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
  const html = readFileSync(join(ROOT, "playground", "index.html"), "utf8");
  const all = readdirSync(assets);
  const first = all.filter((name) => html.includes(name));
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
  const median = [...firsts].sort((a, b) => a - b)[Math.floor(firsts.length / 2)] ?? Number.NaN;
  console.log(`playground: screenshot ${OUT}`);
  console.log(`playground: first load ${kb(gz(first.filter((n) => n.endsWith(".js"))))} JS + ${kb(gz(first.filter((n) => n.endsWith(".css"))))} CSS gzipped; loaded on demand ${all.filter((n) => !first.includes(n)).map((n) => `${n} ${kb(gz([n]))}`).join(", ")}`);
  console.log(`playground: time to first matrix ${median} ms (median of ${firsts.length} loads: ${firsts.join(", ")})`);
} finally {
  await browser.close();
  await docs.close();
}
