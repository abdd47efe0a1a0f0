import { spawnSync } from "node:child_process";
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { main, type Host } from "../../src/cli/host.js";
import type { Io } from "../../src/cli/io.js";
import { BIN } from "./run-cli.js";

/** A process to hand to main: its own argv, a standard output that can fail, and a record of exits. */
function host(argv: readonly string[]): Host & { stdout: EventEmitter; exits: number[] } {
  const exits: number[] = [];
  return {
    argv,
    stdout: new EventEmitter(),
    exitCode: undefined,
    exits,
    exit: (code) => {
      exits.push(code);
    },
  };
}

function memoryIo(): Io & { printed: () => string } {
  let out = "";
  return {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      out += text;
    },
    readFile: () => {
      throw new Error("no files here");
    },
    writeFile: () => {
      throw new Error("no files here");
    },
    readStdin: () => "",
    env: {},
    isTTY: false,
    printed: () => out,
  };
}

describe("main: the command for a process", () => {
  it("passes the arguments after node and the script, and sets the exit code the command returns", () => {
    const ok = host(["/usr/bin/node", "/usr/lib/beroepsgroep/cli.js", "--version"]);
    const io = memoryIo();
    main(ok, io);
    expect(ok.exitCode).toBe(0);
    expect(io.printed()).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bad = host(["node", "cli.js", "frobnicate"]);
    main(bad, memoryIo());
    expect(bad.exitCode).toBe(2);
    expect(bad.exits).toEqual([]);
  });

  it("ends quietly with 0 when the reader closes the pipe early", () => {
    const closed = host(["node", "cli.js", "--version"]);
    main(closed, memoryIo());
    closed.stdout.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(closed.exits).toEqual([0]);
  });

  it("lets any other error on standard output through", () => {
    const full = host(["node", "cli.js", "--version"]);
    main(full, memoryIo());
    const error = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    expect(() => full.stdout.emit("error", error)).toThrow(error);
    expect(full.exits).toEqual([]);
  });

  // Mutation runs (CLI_IN_PROCESS=1) test the source; the bin is built from it, so this one is skipped there.
  it.skipIf(process.env["CLI_IN_PROCESS"] === "1")("is what the built bin runs: a reader that stops after one line of a 600 kB matrix ends the command with 0 and no error", () => {
    const ran = spawnSync("bash", ["-o", "pipefail", "-c", `'${process.execPath}' '${BIN}' matrix --scenario oc2 --on 2026-09-01 --format json | head -n 1`], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toBe("{\n");
    expect(ran.status).toBe(0);
  });
});
