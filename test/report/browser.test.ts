import { mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareScenarios } from "../../src/index.js";
import { displayNames, renderMatrix } from "../../src/report-entry.js";
import { nl } from "../../src/nl/index.js";
import { PICTURE_DAY } from "../../scripts/render-pictures.js";
import { workedMatrix } from "./fixtures.js";

// Debian's chromium package; .ci/run installs it when it is missing.
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SHOTS = "reports/screenshots";

/** The little of the DOM the pages are asked about; the test's tsconfig has no DOM types. */
interface Box {
  readonly width: number;
  readonly height: number;
}
interface Node {
  getBoundingClientRect(): Box;
  getBBox(): Box;
  querySelectorAll(selector: string): ArrayLike<Node>;
}
interface Page {
  readonly documentElement: Node;
  readonly title: string;
  querySelectorAll(selector: string): ArrayLike<Node>;
}

let server: Server;
let base = "";
let browser: Browser;
const { scenario: worked, matrix: workedCells } = workedMatrix();
const matrixPage = renderMatrix(workedCells, { format: "html", standalone: true, names: displayNames(worked) });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // A loopback server: the committed SVGs from docs/images, and an HTML page rendered here.
  server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (url === "/matrix.html") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(matrixPage);
    } else if (/^\/images\/[a-z0-9-]+\.svg$/.test(url)) {
      response.writeHead(200, { "content-type": "image/svg+xml" }).end(readFileSync(`docs${url}`));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
});

afterAll(async () => {
  await browser.close();
  await new Promise<void>((done) => {
    server.close(() => {
      done();
    });
  });
});

/** Opens an SVG, measures it, screenshots it at its own size, and counts the cells drawn with a size. */
async function openSvg(name: string): Promise<{ width: number; height: number; cells: number; drawn: number }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/images/${name}.svg`);
    const size = await page.evaluate(() => {
      const svg = (globalThis as unknown as { document: Page }).document.documentElement;
      const box = svg.getBoundingClientRect();
      const cells = Array.from(svg.querySelectorAll("g.cell"));
      return { width: box.width, height: box.height, cells: cells.length, drawn: cells.filter((c) => c.getBBox().width > 0 && c.getBBox().height > 0).length };
    });
    // A full-page screenshot of a bare SVG document hangs in Chromium; a viewport of its size does not.
    await page.setViewportSize({ width: Math.ceil(size.width), height: Math.ceil(size.height) });
    await page.screenshot({ path: `${SHOTS}/${name}.png` });
    return size;
  } finally {
    await page.close();
  }
}

describe("the pictures in headless Chromium", () => {
  it.each(["coordination", "oc2", "alternative"] as const)("draws the matrix of the Dutch %s scenario, every cell with a size", async (key) => {
    const s = nl.scenarios[key];
    const cells = s.themes.length * s.regions.length * s.sectors.length;
    const shown = await openSvg(`matrix-${key}`);
    expect(shown.width).toBeGreaterThan(300);
    expect(shown.height).toBeGreaterThan(300);
    expect(shown.cells).toBe(cells);
    expect(shown.drawn).toBe(cells);
  });

  it("draws the comparison, one box per scenario on each differing cell", async () => {
    const { coordination, oc2, alternative } = nl.scenarios;
    const root = coordination.regions.find((r) => r.parent === undefined)?.id ?? "";
    const chapters = oc2.model.kind === "oc2" ? (oc2.model.chapters ?? []).map((c) => c.region) : [];
    const comparison = compareScenarios([coordination, oc2, alternative], { on: PICTURE_DAY, sectors: ["vo"], regions: [root, ...chapters] });
    const shown = await openSvg("comparison");
    expect(shown.width).toBeGreaterThan(300);
    expect(shown.cells).toBe(comparison.differences.length * 3);
    expect(shown.drawn).toBe(shown.cells);
  });

  it("lays out the HTML matrix as tables with one visible cell per matrix cell", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    try {
      await page.goto(`${base}/matrix.html`);
      const seen = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: Page }).document;
        const tds = Array.from(doc.querySelectorAll("td"));
        return { tds: tds.length, visible: tds.filter((td) => td.getBoundingClientRect().width > 0).length, tables: doc.querySelectorAll("table").length, title: doc.title };
      });
      expect(seen).toEqual({ tds: workedCells.cells.length, visible: workedCells.cells.length, tables: 3, title: "Who represents the profession on 2025-06-01" });
      await page.screenshot({ path: `${SHOTS}/matrix-html.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });
});
