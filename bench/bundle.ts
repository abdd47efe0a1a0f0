/**
 * What an app pays to ship the library: an entry bundled from src/ the way an app's
 * bundler would (esbuild, minified, ES2022), gzipped, with zod, immer and date-fns
 * left out because the app installs those anyway. Shared by the bundle-size test and
 * the bundle benchmark, so both measure the same thing.
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import ts from "typescript";

/** The budgets, in bytes after minifying and gzipping. */
export const BUDGET = { resolve: 15_000, main: 40_000 } as const;

/** The entries measured: what an app writes to import a part of the library. */
export const ENTRIES = {
  resolve: 'export { resolve } from "./src/index.ts";',
  "main, English only": 'export * from "./src/index.ts";',
  "Dutch locale": 'export * from "./src/locale/nl/index.ts";',
  "whole library": 'export * from "./src/index.ts";\nexport * from "./src/council.ts";\nexport * from "./src/report-entry.ts";\nexport * from "./src/change-entry.ts";\nexport * from "./src/locale/nl/index.ts";',
  "model and resolution": 'export { parseScenario, resolve, representationMatrix, explain } from "./src/index.ts";',
  analysis: 'export * from "./src/analysis/public.ts";',
  change: 'export * from "./src/change-entry.ts";',
  council: 'export * from "./src/council.ts";',
  report: 'export * from "./src/report-entry.ts";',
  time: 'export * from "./src/time/public.ts";',
} as const;

/** One measured bundle. */
export interface BundleSize {
  /** Bytes of minified code. */
  readonly minified: number;
  /** Bytes after gzip. */
  readonly gzip: number;
  /** Bytes after gzip of the code with every string and template literal emptied ({@link withoutText}): the code without its text. */
  readonly codeGzip: number;
  /** The minified code. */
  readonly code: string;
}

const root = fileURLToPath(new URL("..", import.meta.url));

/** What a literal's text is replaced with: its delimiters only, so the code around it stays as it was. */
function emptied(node: ts.Node): string | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
      return '""';
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return "``";
    case ts.SyntaxKind.TemplateHead:
      return "`${";
    case ts.SyntaxKind.TemplateMiddle:
      return "}${";
    case ts.SyntaxKind.TemplateTail:
      return "}`";
    default:
      return undefined;
  }
}

/**
 * The code with the text of every string literal and every piece of a template literal
 * emptied (`"..."` becomes `""`, `` `a${b}c` `` becomes `` `${b}` ``), the expressions in
 * templates, regular expressions, comments and all other code kept. Exact: the code is
 * parsed by TypeScript's parser, which tells a regular expression from a division and a
 * quote in a regular expression from a string, instead of being matched by a pattern.
 * @throws Error when the code does not parse
 */
export function withoutText(code: string): string {
  const source = ts.createSourceFile("bundle.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const problems = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (problems.length > 0) throw new Error(`withoutText: the code does not parse: ${ts.flattenDiagnosticMessageText(problems[0]?.messageText, " ")}`);
  const out: string[] = [];
  let at = 0;
  // A stack instead of recursion: a bundle nests deeply enough to matter.
  const pending: ts.Node[] = [source];
  const visit = (node: ts.Node): void => {
    const replacement = emptied(node);
    if (replacement !== undefined) {
      const start = node.getStart(source);
      out.push(code.slice(at, start), replacement);
      at = node.end;
      return;
    }
    // Children in source order: pushed last first, so that they are taken first to last.
    const children = node.getChildren(source);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as ts.Node);
  };
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) visit(node);
  out.push(code.slice(at));
  return out.join("");
}

/** Bundles `contents` (an entry module at the repository root) as an app's bundler would, with esbuild's metafile. */
function bundled(contents: string) {
  return build({
    stdin: { contents, resolveDir: root, sourcefile: "app-entry.ts", loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: ["zod", "immer", "date-fns", "node:*"],
    write: false,
    logLevel: "silent",
    metafile: true,
  });
}

/** Bundles `contents` (an entry module at the repository root) and measures it. */
export async function bundleSize(contents: string): Promise<BundleSize> {
  const result = await bundled(contents);
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error("bundleSize: esbuild wrote no output");
  const code = file.text;
  return {
    minified: file.contents.length,
    gzip: gzipSync(file.contents).length,
    codeGzip: gzipSync(withoutText(code)).length,
    code,
  };
}

/** One module's share of a bundle. */
export interface BundleModule {
  /** The module's path from the repository root. */
  readonly path: string;
  /** Bytes of minified code the module adds to the bundle. */
  readonly minified: number;
}

/**
 * The modules of the bundle of `contents` (bundled as {@link bundleSize} does), largest
 * first, from esbuild's metafile: where a bundle's bytes come from.
 */
export async function bundleModules(contents: string): Promise<BundleModule[]> {
  const result = await bundled(contents);
  const output = Object.values(result.metafile.outputs)[0];
  if (output === undefined) throw new Error("bundleModules: esbuild wrote no output");
  return Object.entries(output.inputs)
    .map(([path, input]) => ({ path, minified: input.bytesInOutput }))
    .filter((module) => module.minified > 0)
    .sort((a, b) => b.minified - a.minified || (a.path < b.path ? -1 : 1));
}
