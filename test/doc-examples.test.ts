import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..");
const src = join(repo, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Every ```ts block inside an @example tag of a doc comment, with where it stands. */
function examplesIn(file: string): { where: string; code: string }[] {
  const text = readFileSync(file, "utf8");
  const out: { where: string; code: string }[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const body = comment[0].split("\n").map((line) => line.replace(/^\s*\/?\*+\/?\s?/, "")).join("\n");
    for (const example of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
      const line = text.slice(0, comment.index).split("\n").length;
      out.push({ where: `${relative(repo, file)}:${line}`, code: example[1] ?? "" });
    }
  }
  return out;
}

/** The names a doc example may use without defining them: every entry point, `beroepsgroep/council`, `beroepsgroep/report`, `beroepsgroep/change` and `beroepsgroep/internal` included. */
function prelude(): string {
  const entries = [join(src, "index.ts"), join(src, "council.ts"), join(src, "report-entry.ts"), join(src, "change-entry.ts"), join(src, "nl", "index.ts"), join(src, "internal-api.ts")];
  const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true });
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  return entries
    .map((entry) => {
      const file = program.getSourceFile(entry);
      const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
      const names = (symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name)).filter((n) => !seen.has(n));
      for (const name of names) seen.add(name);
      return `import { ${names.join(", ")} } from "${entry.replace(/\.ts$/, ".js")}";`;
    })
    .join("\n");
}

describe("the @example blocks in the source", () => {
  it("compile against the public API", () => {
    const examples = sourceFiles(src).flatMap(examplesIn);
    expect(examples.length).toBeGreaterThan(10);
    const head = `${prelude()}\ndeclare const scenario: Scenario;\ndeclare const other: Scenario;\ndeclare const text: string;\n`;
    // An example with its own imports stands alone; the others get the whole public API in scope.
    const files = new Map(
      examples.map((e, i) => [
        join(repo, ".tmp", `example-${i}.ts`),
        { ...e, text: /^import /m.test(e.code) ? `export {};\n${e.code}` : `${head}\nexport {};\n${e.code}` },
      ]),
    );
    const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: ["node"], lib: ["lib.es2023.d.ts"],
      // Examples may import the package by name, as users do; it resolves to the source, not to a build.
      paths: { beroepsgroep: [join(src, "index.ts")], "beroepsgroep/council": [join(src, "council.ts")], "beroepsgroep/report": [join(src, "report-entry.ts")], "beroepsgroep/change": [join(src, "change-entry.ts")], "beroepsgroep/nl": [join(src, "nl", "index.ts")], "beroepsgroep/internal": [join(src, "internal-api.ts")], "beroepsgroep/locale/nl": [join(src, "locale", "nl", "index.ts")] } };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    host.readFile = (name) => files.get(name)?.text ?? read(name);
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => files.has(name) || exists(name);
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts.getPreEmitDiagnostics(program).flatMap((d) => {
      const example = d.file === undefined ? undefined : files.get(d.file.fileName);
      return example === undefined ? [] : [`${example.where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`];
    });
    expect(problems).toEqual([]);
  });
});
