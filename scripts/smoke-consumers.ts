// Installs the packed tarball into throw-away consumer projects and runs them:
// Node ESM, Node CommonJS, the installed bin, TypeScript with moduleResolution node16
// (ESM and CommonJS files) and bundler, and a browser page bundled by Vite and run in
// headless Chromium. Every consumer uses every subpath: ".", "./council", "./report", "./change",
// "./nl" and the JSON Schema; the Node and TypeScript consumers also use "./internal".
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { deepStrictEqual, equal, ok } from "node:assert/strict";
import { chromium } from "playwright-core";
import { build, createLogger } from "vite";

const repo = resolve(import.meta.dirname, "..");
const here = join(repo, "scripts", "smoke");
// Debian's chromium package; .ci/run installs it when it is missing.
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const NAMES = ["coordination", "oc2", "alternative"] as const;

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end and returns its exit code and output; it never rejects on a non-zero exit. */
function spawn(cmd: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((done, fail) => {
    execFile(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== "number") {
        fail(new Error(`${cmd} ${args.join(" ")}: ${error.message}\n${stderr}`));
        return;
      }
      done({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

/** Runs a command that must succeed and returns its standard output. */
async function run(cmd: string, args: readonly string[], cwd: string): Promise<string> {
  const ran = await spawn(cmd, args, cwd);
  if (ran.code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${ran.code} in ${cwd}\n${ran.stdout}${ran.stderr}`);
  return ran.stdout;
}

/** Times one consumer and labels its report line. */
async function timed(name: string, work: () => Promise<string>): Promise<string> {
  const start = performance.now();
  const line = await work();
  return `${name} ok (${((performance.now() - start) / 1000).toFixed(1)} s): ${line}`;
}

type Row = readonly (string | number | null)[];
interface Answers {
  readonly scenarios: Readonly<Record<(typeof NAMES)[number], { readonly cells: readonly Row[] }>>;
}

/** The answers the Node reference prints, from the installed package. */
async function reference(root: string): Promise<Answers> {
  return JSON.parse(await run(process.execPath, ["reference.mjs"], root)) as Answers;
}

async function nodeConsumers(root: string): Promise<string[]> {
  cpSync(join(here, "esm.mjs"), join(root, "esm.mjs"));
  mkdirSync(join(root, "cjs"));
  writeFileSync(join(root, "cjs", "package.json"), JSON.stringify({ type: "commonjs" }));
  cpSync(join(here, "cjs.cjs"), join(root, "cjs", "index.cjs"));
  return Promise.all([
    timed("esm", async () => (await run(process.execPath, ["esm.mjs"], root)).trim()),
    timed("cjs", async () => (await run(process.execPath, ["index.cjs"], join(root, "cjs"))).trim()),
  ]);
}

/** The bin as installed: valid and invalid files, and a matrix that matches the library's. */
async function binConsumer(root: string, expected: Promise<Answers>): Promise<string> {
  const bin = join(root, "node_modules", ".bin", "beroepsgroep");
  writeFileSync(join(root, "not-json.json"), "{ nope");
  writeFileSync(join(root, "bad.json"), JSON.stringify({ schemaVersion: 1, id: "" }));
  const [valid, notJson, bad, matrix] = await Promise.all([
    spawn(bin, ["validate", "--scenario", "oc2"], root),
    spawn(bin, ["validate", "not-json.json"], root),
    spawn(bin, ["validate", "bad.json", "--json"], root),
    spawn(bin, ["matrix", "--scenario", "alternative", "--on", "2026-06-01", "--json"], root),
  ]);
  equal(valid.code, 0, valid.stderr);
  equal(notJson.code, 1, notJson.stderr);
  equal(bad.code, 1, bad.stderr);
  ok(((JSON.parse(bad.stdout) as { results: { issues: unknown[] }[] }).results[0]?.issues.length ?? 0) > 1, bad.stdout);
  equal(matrix.code, 0, matrix.stderr);
  const cells = (JSON.parse(matrix.stdout) as { matrix: { cells: unknown[] } }).matrix.cells.length;
  equal(cells, (await expected).scenarios.alternative.cells.length);
  return `validate exits 0 and 1 as documented; matrix --json gives the library's ${cells} cells`;
}

/** TypeScript projects typechecked against the shipped declarations (.d.ts and .d.cts). */
function typescriptConsumers(root: string): Promise<string[]> {
  const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");
  const projects = [
    { name: "ts-node16", module: "node16", moduleResolution: "node16", files: ["consumer.ts", "consumer.cts"] },
    { name: "ts-bundler", module: "esnext", moduleResolution: "bundler", files: ["consumer.ts"] },
  ];
  return Promise.all(
    projects.map(({ name, module, moduleResolution, files }) =>
      timed(name, async () => {
        const dir = join(root, name);
        mkdirSync(dir);
        for (const file of files) cpSync(join(here, file), join(dir, file));
        const compilerOptions = { module, moduleResolution, target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [], resolveJsonModule: true, esModuleInterop: true, exactOptionalPropertyTypes: true };
        writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files }));
        await run(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
        return `${files.join(" and ")} typechecked against the shipped declarations`;
      }),
    ),
  );
}

/** Bundles the browser page with Vite from the installed package; returns the output folder and its size. */
async function bundle(root: string): Promise<{ out: string; bytes: number }> {
  const dir = join(root, "browser");
  cpSync(join(here, "browser"), dir, { recursive: true });
  const out = join(dir, "dist");
  const warnings: string[] = [];
  const logger = createLogger("warn");
  const keep = (message: string): void => {
    warnings.push(message);
  };
  logger.warn = keep;
  logger.warnOnce = keep;
  const result = await build({ root: dir, base: "./", configFile: false, logLevel: "warn", customLogger: logger, build: { outDir: out, emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 10_000 } });
  if (warnings.length > 0) throw new Error(`vite warned:\n${warnings.join("\n")}`);
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ("output" in r ? r.output : []));
  const bytes = outputs.reduce((sum, file) => sum + (file.type === "chunk" ? Buffer.byteLength(file.code) : 0), 0);
  return { out, bytes };
}

/** A loopback server for the bundled page, on a random port. */
async function serve(folder: string): Promise<{ server: Server; base: string }> {
  const types: Readonly<Record<string, string>> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css" };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = resolve(folder, `.${path === "/" ? "/index.html" : path}`);
    let body: Buffer | undefined;
    try {
      if (file.startsWith(folder + sep) && statSync(file).isFile()) body = readFileSync(file);
    } catch {
      body = undefined;
    }
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, base: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/` };
}

// Read from the DOM by the harness, not by the page: what the rendered matrices show.
const READ_HTML_CELLS = (name: string): string =>
  `Array.from(document.querySelectorAll("#html-${name} td[data-status]"), (td) => [td.dataset.theme, td.dataset.region, td.dataset.sector, td.dataset.status, td.dataset.lead ?? null])`;

/** Opens the bundled page in headless Chromium and checks its answers and pictures against Node's. */
async function browserConsumer(root: string, expected: Promise<Answers>): Promise<string> {
  const { out, bytes } = await bundle(root);
  const { server, base } = await serve(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(base);
    await page.waitForSelector("body[data-done]", { state: "attached", timeout: 60_000 }).catch((error: unknown) => {
      throw new Error(`the page did not finish: ${problems.join("; ") || String(error)}`);
    });
    equal(problems.length, 0, problems.join("\n"));
    const answered = JSON.parse((await page.textContent("#out")) ?? "") as Answers;
    const want = await expected;
    // The page's computation and Node's agree value for value.
    deepStrictEqual(answered, want);
    let html = 0;
    let svg = 0;
    for (const name of NAMES) {
      const cells = want.scenarios[name].cells;
      // What the HTML tables show is each cell's status and lead; panels are sector-major, so compare sorted.
      const shown = (await page.evaluate<Row[]>(READ_HTML_CELLS(name))).map((r) => JSON.stringify(r)).sort();
      const computed = cells.map((c) => JSON.stringify([c[0], c[1], c[2] ?? "", c[3], c[4]])).sort();
      deepStrictEqual(shown, computed, `${name}: the rendered HTML cells differ from the computed ones`);
      const drawn = await page.locator(`#svg-${name} svg g.cell`).count();
      equal(drawn, cells.length, `${name}: ${String(drawn)} SVG cells drawn for ${String(cells.length)} computed`);
      html += shown.length;
      svg += drawn;
    }
    // The council's count, drawn by beroepsgroep/council's renderTally.
    equal(await page.locator("#tally svg").count(), 1, "the page drew no tally");
    // The change weighed by beroepsgroep/change's impactOf.
    ok(Number(await page.evaluate("document.body.dataset.changedCells")) > 0, "the page weighed no change");
    return `${(bytes / 1024).toFixed(0)} KiB bundle; the page's answers equal Node's; ${String(html)} HTML and ${String(svg)} SVG cells rendered for ${NAMES.join(", ")}; a council count drawn; a change weighed`;
  } finally {
    await browser.close();
    await new Promise<void>((done) => {
      server.close(() => {
        done();
      });
    });
  }
}

async function main(): Promise<void> {
  const start = performance.now();
  const root = mkdtempSync(join(tmpdir(), "beroepsgroep-consumers-"));
  try {
    const packed = JSON.parse(await run("npm", ["pack", "--json", "--pack-destination", root], repo)) as [{ filename: string }];
    const tarball = join(root, packed[0].filename);
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // One install for every consumer; the browser page and the TypeScript projects sit below it.
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball], root);
    const installed = `packed and installed ${packed[0].filename} (${((performance.now() - start) / 1000).toFixed(1)} s)`;
    for (const file of ["answers.mjs", "reference.mjs"]) cpSync(join(here, file), join(root, file));
    const expected = reference(root);
    // Keep the rejection handled until a consumer awaits it.
    expected.catch(() => undefined);
    // Settle every consumer before the folder goes, so that none runs on in a deleted tree.
    const settled = await Promise.allSettled([
      nodeConsumers(root),
      timed("bin", () => binConsumer(root, expected)),
      typescriptConsumers(root),
      timed("browser", () => browserConsumer(root, expected)),
    ]);
    const failed = settled.flatMap((s): unknown[] => (s.status === "rejected" ? [s.reason] : []));
    if (failed.length > 0) throw new AggregateError(failed, `smoke-consumers: ${String(failed.length)} consumer group(s) failed:\n${failed.map(String).join("\n")}`);
    const lines = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value].flat() : []));
    console.log([installed, ...lines].join("\n"));
    console.log(`smoke-consumers: all consumer projects pass (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
