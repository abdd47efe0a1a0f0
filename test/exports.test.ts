import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "src");

const seen = new Map<string, string[]>();

/** Every name an entry exports, types included, as the compiler sees it: `value name` or `type name`. */
function namesOf(entry: string): string[] {
  const known = seen.get(entry);
  if (known !== undefined) return known;
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry);
  const module = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  if (module === undefined) throw new Error(`no module at ${entry}`);
  const names = checker
    .getExportsOfModule(module)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? "value" : "type"} ${symbol.name}`;
    })
    .sort();
  seen.set(entry, names);
  return names;
}

// The public surface is a contract: adding or removing an export must show up in review.
// docs/api-surface.md says why each name is where it is.
// The names are kept in test/golden/, one a line; after a deliberate change,
// `npx vitest run test/exports.test.ts -u` writes them again.
const names = async (entry: Promise<Record<string, unknown>>): Promise<string> => `${Object.keys(await entry).sort().join("\n")}\n`;

describe("the public surface", () => {
  it("exports exactly these values from the package root", async () => {
    await expect(await names(import("../src/index.js"))).toMatchFileSnapshot("golden/exports-root.txt");
  });

  it("exports exactly these names, types included, from the package root", async () => {
    await expect(`${namesOf(join(src, "index.ts")).join("\n")}\n`).toMatchFileSnapshot("golden/exports-root-typed.txt");
  });

  it("exports exactly these values from beroepsgroep/council", async () => {
    await expect(await names(import("../src/council.js"))).toMatchFileSnapshot("golden/exports-council.txt");
  });

  it("exports exactly these names, types included, from beroepsgroep/council", async () => {
    await expect(`${namesOf(join(src, "council.ts")).join("\n")}\n`).toMatchFileSnapshot("golden/exports-council-typed.txt");
  });

  it("exports exactly these values from beroepsgroep/report", async () => {
    await expect(await names(import("../src/report-entry.js"))).toMatchFileSnapshot("golden/exports-report.txt");
  });

  it("exports exactly these names, types included, from beroepsgroep/report", async () => {
    await expect(`${namesOf(join(src, "report-entry.ts")).join("\n")}\n`).toMatchFileSnapshot("golden/exports-report-typed.txt");
  });

  it("exports exactly these values from beroepsgroep/change", async () => {
    await expect(await names(import("../src/change-entry.js"))).toMatchFileSnapshot("golden/exports-change.txt");
  });

  it("exports exactly these names, types included, from beroepsgroep/change", async () => {
    await expect(`${namesOf(join(src, "change-entry.ts")).join("\n")}\n`).toMatchFileSnapshot("golden/exports-change-typed.txt");
  });

  it("exports exactly these values from beroepsgroep/nl", async () => {
    await expect(await names(import("../src/nl/index.js"))).toMatchFileSnapshot("golden/exports-nl.txt");
  });

  it("exports exactly these values from beroepsgroep/internal, which has no stability promise", async () => {
    await expect(await names(import("../src/internal-api.js"))).toMatchFileSnapshot("golden/exports-internal.txt");
  });

  it("moved the raw zod schemas, the JSON Schema builder and Cell from the package root to beroepsgroep/internal", async () => {
    const root: Record<string, unknown> = await import("../src/index.js");
    const internal: Record<string, unknown> = await import("../src/internal-api.js");
    for (const name of ["scenarioSchema", "changeSchema", "scenarioJsonSchema"]) {
      expect(root, name).not.toHaveProperty(name);
      expect(internal, name).toHaveProperty(name);
    }
    expect(namesOf(join(src, "index.ts"))).not.toContain("type Cell");
    expect(namesOf(join(src, "internal-api.ts"))).toContain("type Cell");
  });

  it("moved the teachers' council and its renderer from the package root to beroepsgroep/council, leaving no name in both", () => {
    const root = namesOf(join(src, "index.ts"));
    const council = namesOf(join(src, "council.ts"));
    for (const name of ["value tally", "value deliberate", "value apportion", "value lotOrder", "value tallyMethods", "value TallyError", "value renderTally", "type TallyResult", "type Election", "type Council"]) {
      expect(council, name).toContain(name);
      expect(root, name).not.toContain(name);
    }
    expect(council.filter((name) => root.includes(name))).toEqual([]);
  });

  it("moved the pictures from the package root to beroepsgroep/report, leaving no name in both and the tally's picture in beroepsgroep/council", () => {
    const root = namesOf(join(src, "index.ts"));
    const report = namesOf(join(src, "report-entry.ts"));
    const council = namesOf(join(src, "council.ts"));
    const moved = ["value renderMatrix", "value renderComparison", "value renderStructure", "value renderTimeline", "value displayNames", "value organisationColours", "value OKABE_ITO", "type DisplayNames", "type RenderFormat", "type RenderOptions", "type StructureOptions", "type ComparisonRenderOptions", "type RenderTimelineOptions"];
    expect(report).toEqual([...moved].sort());
    for (const name of moved) expect(root, name).not.toContain(name);
    expect(report.filter((name) => root.includes(name) || council.includes(name))).toEqual([]);
    expect(council).toContain("value renderTally");
  });

  it("beroepsgroep/change holds the change functions and types, and no other entry does", () => {
    const root = namesOf(join(src, "index.ts"));
    const change = namesOf(join(src, "change-entry.ts"));
    const others = [...root, ...namesOf(join(src, "council.ts")), ...namesOf(join(src, "report-entry.ts"))];
    for (const name of ["value applyChange", "value parseChange", "value createHistory", "value loadHistory", "value replay", "value impactOf", "value updateMatrix", "type Change", "type ChangeType", "type History", "type HistoryEntry", "type HistoryJson", "type Impact", "type MatrixUpdate", "type ScenarioPatch"]) {
      expect(change, name).toContain(name);
      expect(root, name).not.toContain(name);
    }
    expect(change.filter((name) => others.includes(name))).toEqual([]);
  });
});
