/**
 * The playground page (docs/api/playground/, built by `npm run docs`) in headless Chromium,
 * served as static files under a sub-path. Run by `npm run test:playground`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCS_ROOT, type DocsServer, launchChromium, serveDocs } from "../../scripts/static-docs.js";

let docs: DocsServer;
let browser: Browser;
let base = "";
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DOCS_ROOT, "playground", "index.html"))) throw new Error("the playground is not built: run `npm run docs` first");
  // Static files under a sub-path, as a docs host would serve them.
  docs = await serveDocs("/some/docs/");
  base = docs.url("playground/index.html");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await docs.close();
});

/** Opens the page (with a hash) and waits for the first matrix; console errors and page errors are collected. */
async function open(hash = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  await page.goto(`${base}${hash}`);
  await page.waitForSelector("[data-cell]", { timeout: 30_000 });
  return page;
}

/** Applies a coalition change (add or remove a member, name a spokesperson) from the what-if form and waits for it to be logged. */
async function coalitionChange(page: Page, type: string, mandate: string, organisation: string): Promise<void> {
  const logged = await page.locator("#log li").count();
  await page.locator("#change-type").selectOption(type);
  await page.locator('#what-if [name="mandate"]').selectOption(mandate);
  await page.locator('#what-if [name="organisation"]').selectOption(organisation);
  await page.locator("#apply").click();
  await expect.poll(() => page.locator("#log li").count()).toBe(logged + 1);
}

/** Every cell's status, lead and (a coalition's) leads, by its key. */
function answers(page: Page): Promise<Record<string, string>> {
  return page.$$eval("[data-cell]", (cells) => Object.fromEntries(cells.map((c) => [c.getAttribute("data-cell"), `${c.getAttribute("data-status")}:${c.getAttribute("data-lead") ?? ""}:${c.getAttribute("data-leads") ?? ""}`])));
}

describe("the playground page", () => {
  it("loads the Dutch coordination scenario and shows at least 100 cells", async () => {
    const page = await open();
    try {
      expect(await page.locator("#source").inputValue()).toBe("coordination");
      expect(await page.locator("[data-cell]").count()).toBeGreaterThanOrEqual(100);
    } finally {
      await page.close();
    }
  });

  it("shows a cell's explanation and the claims of its basis when the cell is clicked", async () => {
    const page = await open();
    try {
      const cell = page.locator('[data-cell][data-status="represented"]').first();
      await cell.click();
      const text = await page.locator("[data-explanation] pre").textContent();
      expect(text?.length ?? 0).toBeGreaterThan(20);
      expect(await page.locator("[data-explanation] tbody tr").count()).toBeGreaterThan(0);
      expect(page.url()).toContain(`cell=${encodeURIComponent((await cell.getAttribute("data-cell")) ?? "")}`);
    } finally {
      await page.close();
    }
  });

  it("moves between cells with the arrow keys and explains the cell with Enter", async () => {
    const page = await open();
    try {
      const first = page.locator("[data-cell]").first();
      await first.focus();
      await page.keyboard.press("ArrowRight");
      const focused = await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute("data-cell"));
      expect(focused).toBe(await page.locator("[data-cell]").nth(1).getAttribute("data-cell"));
      await page.keyboard.press("Enter");
      expect(await page.locator("[data-explanation] pre").count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it("shows an alert naming the problem when broken JSON is typed, and keeps the matrix", async () => {
    const page = await open();
    try {
      const before = await answers(page);
      await page.locator("summary").first().click();
      await page.locator("#json").fill('{ "schemaVersion": 1, "organisations": 3 }');
      await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/organisations/);
      await page.locator("#json").fill("{ not json");
      await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/JSON/);
      expect(await answers(page)).toEqual(before);
    } finally {
      await page.close();
    }
  });

  it("updates the matrix after a named change, outlines the changed cells, and undo restores it", async () => {
    const page = await open();
    try {
      const before = await answers(page);
      const lead = await page.locator('[data-cell][data-status="represented"]').first().getAttribute("data-lead");
      await page.locator("#change-type").selectOption("dissolve-organisation");
      await page.locator('#what-if [name="organisation"]').selectOption(lead ?? "");
      await page.locator('#what-if [name="on"]').fill("2025-01-01");
      await page.locator("#apply").click();
      await expect.poll(async () => JSON.stringify(await answers(page))).not.toBe(JSON.stringify(before));
      expect(await page.locator("[data-marked]").count()).toBeGreaterThan(0);
      expect(await page.locator("#log li").count()).toBe(1);
      await page.locator("#undo").click();
      await expect.poll(() => answers(page)).toEqual(before);
      await page.locator("#redo").click();
      await expect.poll(async () => JSON.stringify(await answers(page))).not.toBe(JSON.stringify(before));
    } finally {
      await page.close();
    }
  });

  it("opens a link with state in the same state: scenario, day, cell and language", async () => {
    const first = await open();
    let key: string;
    try {
      key = (await first.locator("[data-cell]").nth(5).getAttribute("data-cell")) ?? "";
    } finally {
      await first.close();
    }
    const page = await open(`#scenario=oc2&on=2027-03-01&sector=vo&cell=${encodeURIComponent(key.replace(/\|[^|]*$/, "|vo"))}&lang=nl`);
    try {
      expect(await page.locator("#source").inputValue()).toBe("oc2");
      expect(await page.locator("#day").inputValue()).toBe("2027-03-01");
      expect(await page.locator("#sector").inputValue()).toBe("vo");
      expect(await page.locator("html").getAttribute("lang")).toBe("nl");
      expect(await page.locator('[aria-selected="true"]').getAttribute("data-cell")).toBe(key.replace(/\|[^|]*$/, "|vo"));
      expect(await page.locator("[data-explanation] pre").textContent()).toMatch(/vertegenwoordigd|betwist|niemand|geen/i);
      expect(await page.locator("[data-cell]").evaluateAll((cells) => cells.every((c) => c.getAttribute("data-sector") === "vo"))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("shows a coalition cell with one label, one legend entry, and explains it as jointly represented", async () => {
    const page = await open("#scenario=alternative&on=2026-06-01&sector=ho");
    try {
      const cell = page.locator("[data-cell][data-leads]").first();
      const leads = JSON.parse((await cell.getAttribute("data-leads")) ?? "[]") as string[];
      expect(leads.length).toBeGreaterThan(1);
      // One label naming every member, and one legend entry keyed by the coalition.
      const label = (await cell.textContent()) ?? "";
      expect(label.split(" + ")).toHaveLength(leads.length);
      expect(await page.locator(`#matrix li[data-organisation="${leads.join(" + ")}"]`).count()).toBe(1);
      await cell.click();
      expect(await page.locator("[data-explanation] pre").textContent()).toMatch(/jointly represented/);
      const claimants = await page.locator("[data-explanation] tbody tr td:nth-child(2)").allTextContents();
      expect(claimants.some((text) => leads.every((id) => text.includes(id)) && /jointly/.test(text))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("makes a coalition with a coalition change, and undo restores the matrix", async () => {
    const page = await open("#scenario=coordination&on=2026-06-01&sector=po");
    try {
      const before = await answers(page);
      const target = '[data-cell="beroepsbeeld|nl|po"]';
      await coalitionChange(page, "add-coalition-member", "a-beroepsbeeld", "aob");
      await expect.poll(() => page.locator(target).getAttribute("data-leads")).toBe(JSON.stringify(["aob", "cnvo"]));
      expect(await page.locator(`${target}[data-marked]`).count()).toBe(1);
      expect(await page.locator("#log li").textContent()).toContain("add-coalition-member");
      // Naming a spokesperson, then none again: the coalition leads with its spokesperson first, then by id.
      await coalitionChange(page, "set-spokesperson", "a-beroepsbeeld", "cnvo");
      await expect.poll(() => page.locator(target).getAttribute("data-leads")).toBe(JSON.stringify(["cnvo", "aob"]));
      await coalitionChange(page, "set-spokesperson", "a-beroepsbeeld", "");
      await expect.poll(() => page.locator(target).getAttribute("data-leads")).toBe(JSON.stringify(["aob", "cnvo"]));
      expect(await page.locator("#log li").last().textContent()).toBe(JSON.stringify({ type: "set-spokesperson", mandate: "a-beroepsbeeld" }));
      await page.locator("#undo").click();
      await page.locator("#undo").click();
      await page.locator("#undo").click();
      await expect.poll(() => answers(page)).toEqual(before);
      expect(await page.locator(target).getAttribute("data-leads")).toBeNull();
    } finally {
      await page.close();
    }
  });

  it("grants a mandate to several holders from the what-if form, as one coalition with the chosen organisation as spokesperson", async () => {
    const page = await open("#scenario=coordination&on=2026-06-01&sector=po");
    try {
      const before = await answers(page);
      await page.locator("#change-type").selectOption("grant-mandate");
      await page.locator('#what-if [name="organisation"]').selectOption("cnvo");
      await page.locator('#what-if [name="partners"]').selectOption(["aob", "fvov"]);
      await page.locator('#what-if [name="theme"]').selectOption("team-van-het-jaar");
      await page.locator('#what-if [name="region"]').selectOption("nl");
      await page.locator('#what-if [name="sector"]').selectOption("po");
      await page.locator('#what-if [name="on"]').fill("2026-01-01");
      await page.locator("#apply").click();
      await expect.poll(() => page.locator("#log li").count()).toBe(1);
      const change = JSON.parse((await page.locator("#log li").textContent()) ?? "{}") as { mandate?: { holders?: string[]; spokesperson?: string; holder?: string } };
      expect(change.mandate?.holders).toEqual(["cnvo", "aob", "fvov"]);
      expect(change.mandate?.spokesperson).toBe("cnvo");
      expect(change.mandate?.holder).toBeUndefined();
      const after = await answers(page);
      expect(after).not.toEqual(before);
      expect(await page.locator('[data-cell="team-van-het-jaar|nl|po"]').getAttribute("data-leads")).toBe(JSON.stringify(["cnvo", "aob", "fvov"]));
    } finally {
      await page.close();
    }
  });

  it("keeps a coalition's colour when cells joining it are drawn again one by one", async () => {
    const page = await open("#scenario=coordination&on=2026-06-01&sector=po");
    try {
      // Two coalitions whose colours would clash if each render chose the missing keys' colours among themselves.
      await coalitionChange(page, "add-coalition-member", "a-opleiding", "bvmbo");
      await coalitionChange(page, "add-coalition-member", "a-beroepsbeeld", "aob");
      await coalitionChange(page, "set-spokesperson", "a-beroepsbeeld", "cnvo");
      await coalitionChange(page, "add-coalition-member", "a-arbeidsmarkt-noord", "aob");
      // The coalition is in the legend already: only the changed cells are drawn again.
      await coalitionChange(page, "set-spokesperson", "a-arbeidsmarkt-noord", "cnvo");
      await expect.poll(() => page.locator("#log li").count()).toBe(5);
      const joint = page.locator(`[data-cell][data-leads='${JSON.stringify(["cnvo", "aob"])}']`);
      const colours = await joint.evaluateAll((cells) => cells.map((c) => ({ key: c.getAttribute("data-cell") ?? "", fill: (c as unknown as { style: { backgroundColor: string } }).style.backgroundColor })));
      expect(colours.some((c) => c.key.startsWith("beroepsbeeld|"))).toBe(true);
      expect(colours.some((c) => c.key.startsWith("onderwijsarbeidsmarkt|"))).toBe(true);
      const legend = await page.locator('#matrix li[data-organisation="cnvo + aob"] span').first().evaluate((span) => (span as unknown as { style: { backgroundColor: string } }).style.backgroundColor);
      expect(new Set(colours.map((c) => c.fill))).toEqual(new Set([legend]));
    } finally {
      await page.close();
    }
  });

  it("writes no errors to the page's console", () => {
    expect(consoleErrors).toEqual([]);
  });
});
