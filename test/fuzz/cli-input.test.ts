import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { safeParseScenario } from "../../src/index.js";
import { fixtureJson } from "../fixtures/load.js";
import { budget, fuzzCase, mutated } from "./fuzz-kit.js";

// The CLI's file input, run in-process through its entry point `run(argv, io)` (the bin is a
// thin shell over it): thousands of subprocesses would take minutes, one call per file takes
// milliseconds. The built bin itself runs in test/cli and in the smoke consumers.
const scratch = mkdtempSync(join(tmpdir(), "beroepsgroep-fuzz-cli-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the command line in-process with real file reads, captured output, no terminal and no colour. */
function cli(argv: readonly string[]): Ran {
  let out = "";
  let err = "";
  const io: Io = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: () => {
      throw new Error("the fuzz runs write no files");
    },
    readStdin: () => "",
    env: {},
    isTTY: false,
  };
  return { code: run(argv, io), out, err };
}

const FIXTURES = ["worked-coordination", "worked-oc2"] as const;
const validText = fc.constantFrom(...FIXTURES).map((name) => JSON.stringify(fixtureJson(name), null, 2));

/** Valid text broken at the character level: cut short, a character replaced, or text inserted. */
const damagedText = fc.tuple(validText, fc.nat(), fc.constantFrom("cut", "replace", "insert"), fc.string({ minLength: 1, maxLength: 3 })).map(([text, at, how, bit]) => {
  const i = at % text.length;
  return how === "cut" ? text.slice(0, i) : how === "replace" ? text.slice(0, i) + bit + text.slice(i + 1) : text.slice(0, i) + bit + text.slice(i);
});

/** What a file may hold: mutated scenarios, damaged text, any JSON, any text, or an intact scenario. */
const fileText = fc.oneof(
  { arbitrary: mutated(fc.constantFrom(...FIXTURES).map((name) => fixtureJson(name))).map((doc) => JSON.stringify(doc)), weight: 6 },
  { arbitrary: damagedText, weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 1 },
  { arbitrary: validText, weight: 1 },
);

/** Whether the library takes the text as a scenario: the answer the CLI must agree with. */
function isScenario(text: string): boolean {
  try {
    return safeParseScenario(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

let files = 0;
function write(text: string): string {
  const file = join(scratch, `case-${String((files += 1))}.json`);
  writeFileSync(file, text);
  return file;
}

/** A run that ended in a result or a reported problem, never an internal failure. */
function expectHandled(ran: Ran): void {
  expect(ran.err).not.toContain("unexpected failure");
  expect([0, 1]).toContain(ran.code);
}

const FORMATS = ["text", "md", "html", "svg", "json"] as const;

describe("fuzzing the CLI's file input (1,200 files)", () => {
  it("validates 1,000 files and draws their matrices, exiting 0 for scenarios and 1 for everything else", async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(
        fileText,
        fc.constantFrom(...FORMATS),
        fuzzCase((text, format) => {
          const file = write(text);
          const expected = isScenario(text);
          if (expected) valid += 1;
          const checked = cli(["validate", file, "--json"]);
          expectHandled(checked);
          expect(checked.code).toBe(expected ? 0 : 1);
          const report = JSON.parse(checked.out) as { valid: boolean; results: { issues: { code: string; location: string; message: string }[] }[] };
          expect(report.valid).toBe(expected);
          // An invalid file is explained: at least one issue, each with a code, a place and a sentence.
          if (!expected) expect(report.results[0]?.issues.length).toBeGreaterThan(0);
          for (const issue of report.results[0]?.issues ?? []) expect(issue.code.length * issue.location.length * issue.message.length).toBeGreaterThan(0);
          const drawn = cli(["matrix", file, "--on", "2026-03-01", "--format", format]);
          expectHandled(drawn);
          expect(drawn.code).toBe(expected ? 0 : 1);
          expect(expected ? drawn.out.length : drawn.err.length).toBeGreaterThan(0);
        }),
      ),
      budget(1_000),
    );
    // The mix holds enough intact scenarios that the matrix path itself is exercised.
    expect(valid).toBeGreaterThan(50);
  });

  it("validates 200 files in a single call, one result per file in order", () => {
    const texts = fc.sample(fileText, { numRuns: 200, seed: 20260601 });
    const paths = texts.map(write);
    const ran = cli(["validate", ...paths, "--json"]);
    expectHandled(ran);
    const report = JSON.parse(ran.out) as { valid: boolean; results: { source: string; valid: boolean }[] };
    expect(report.results.map((r) => r.source)).toEqual(paths);
    expect(report.results.map((r) => r.valid)).toEqual(texts.map(isScenario));
    expect(ran.code).toBe(report.results.every((r) => r.valid) ? 0 : 1);
  });

  it("reports a file nested 100,000 levels deep as invalid, without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const doc = JSON.stringify({ ...(fixtureJson("worked-coordination") as object), description: 0 }).replace('"description":0', `"description":${deep}`);
    for (const text of [deep, doc]) {
      const ran = cli(["validate", write(text)]);
      expectHandled(ran);
      expect(ran.code).toBe(1);
    }
  });

  it("draws a cell of a region tree 10,000 levels deep read from a file", () => {
    const regions = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? { id: "r0", name: "r0", level: "national" } : { id: `r${String(i)}`, name: `r${String(i)}`, level: "x", parent: `r${String(i - 1)}` }));
    const mandate = { id: "m1", holder: "aob", role: "lead", scope: { themes: ["curriculum"], regions: ["r0"], sectors: "all" }, validFrom: "2025-01-01", grant: { by: "agreement", agreement: "a1" } };
    const file = write(JSON.stringify({ ...(fixtureJson("worked-coordination") as object), regions, mandates: [mandate] }));
    const ran = cli(["matrix", file, "--on", "2025-06-01", "--theme", "curriculum", "--region", "r9999", "--sector", "vo", "--json"]);
    expect(ran.err).toBe("");
    const cells = (JSON.parse(ran.out) as { matrix: { cells: { lead: string | null }[] } }).matrix.cells;
    expect(cells.map((c) => c.lead)).toEqual(["aob"]);
  });
});
