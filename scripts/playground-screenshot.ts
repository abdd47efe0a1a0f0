// Run by `npm run docs` after the playground is built: opens docs/api/playground/ in headless
// Chromium (Debian's /usr/bin/chromium), served as static files, clicks a cell, and saves the
// screenshot the README shows (docs/images/playground.png; never made by hand). It prints the
// page's size (gzipped JavaScript and CSS) and its time to first matrix, the figures of
// docs/performance.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const ROOT = "docs/api";
const OUT = "docs/images/playground.png";
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml" };

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
  const file = join(ROOT, path);
  if (!file.startsWith(ROOT) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/playground/index.html`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
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
  server.close();
}
