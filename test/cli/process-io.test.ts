// processIo is the real process: its streams, files, environment and terminal flag.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { processIo } from "../../src/cli/io.js";

const scratch = mkdtempSync(join(tmpdir(), "beroepsgroep-cli-process-io-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("processIo", () => {
  it("is the real process: its streams, files, environment and terminal flag", () => {
    const io = processIo();
    expect(io.env).toBe(process.env);
    expect(io.isTTY).toBe(process.stdout.isTTY);
    const file = join(scratch, "io.txt");
    io.writeFile(file, "één\n");
    expect(io.readFile(file)).toBe("één\n");
    expect(readFileSync(file, "utf8")).toBe("één\n");
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      io.out("to out");
      io.err("to err");
      expect(out).toHaveBeenCalledWith("to out");
      expect(err).toHaveBeenCalledWith("to err");
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
