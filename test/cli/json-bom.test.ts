import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, FIXTURE } from "./run-cli.js";

// Some editors start a UTF-8 file with a byte-order mark; the CLI drops one before reading the JSON.

const scratch = mkdtempSync(join(tmpdir(), "beroepsgroep-bom-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const BOM = "\uFEFF";

function withBom(fixture: string, marks = BOM): string {
  const file = join(scratch, `${String(marks.length)}-${fixture.split("/").at(-1) ?? "file.json"}`);
  writeFileSync(file, marks + readFileSync(fixture, "utf8"));
  return file;
}

describe("JSON with a byte-order mark", () => {
  it("validates a scenario file that starts with one", () => {
    const ran = cli(["validate", withBom(FIXTURE.coordination)]);
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
  });

  it("reads a scenario with one from standard input", () => {
    const ran = cli(["matrix", "-", "--on", "2026-03-01"], { input: BOM + readFileSync(FIXTURE.coordination, "utf8") });
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
  });

  it("counts an election file that starts with one", () => {
    const ran = cli(["tally", withBom(FIXTURE.election), "--method", "schulze"]);
    expect([ran.code, ran.stderr]).toEqual([0, ""]);
  });

  it("drops one mark only: a second is not JSON", () => {
    const ran = cli(["validate", withBom(FIXTURE.coordination, BOM + BOM)]);
    expect(ran.code).toBe(1);
    expect(ran.stdout + ran.stderr).toContain("is not valid JSON");
  });
});
