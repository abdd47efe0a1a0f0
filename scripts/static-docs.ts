// Serves the built docs (docs/api) as static files on 127.0.0.1, optionally under a
// sub-path as a docs host would, and starts Debian's headless Chromium: what the
// playground's screenshot script and its browser tests share.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const DOCS_ROOT = "docs/api";
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png" };

/** A static server over `DOCS_ROOT`: `origin` plus `prefix` is the docs folder's address. */
export interface DocsServer {
  readonly server: Server;
  readonly url: (path: string) => string;
  close(): Promise<void>;
}

/** Serves `DOCS_ROOT` under `prefix` (e.g. `/some/docs/`); a path outside it, or missing, is a 404. */
export async function serveDocs(prefix = "/"): Promise<DocsServer> {
  const server = createServer((request, response) => {
    const pathname = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = pathname.startsWith(prefix) ? join(DOCS_ROOT, pathname.slice(prefix.length)) : "";
    if (file === "" || !file.startsWith(DOCS_ROOT) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    server,
    url: (path) => `${origin}${prefix}${path}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
      }),
  };
}

/** Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
}
