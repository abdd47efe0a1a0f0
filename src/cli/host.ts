import type { Io } from "./io.js";
import { run } from "./run.js";

/** The part of a Node process the command needs: its arguments, its standard output's errors and its exit. */
export interface Host {
  readonly argv: readonly string[];
  readonly stdout: { on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown };
  exitCode?: number | string | null | undefined;
  exit(code: number): void;
}

/**
 * Runs the command for a process: the arguments after the program's own two, the exit
 * code set for when the output has drained, and a reader that closes the pipe early
 * (`| head`) taken as a normal end rather than an error.
 */
export function main(host: Host, io: Io): void {
  host.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    host.exit(0);
  });
  host.exitCode = run(host.argv.slice(2), io);
}
