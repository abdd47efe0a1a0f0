#!/usr/bin/env node
// The `beroepsgroep` command: a thin shell over the library's public API.
import { processIo } from "./io.js";
import { run } from "./run.js";

// A reader that closes the pipe early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
process.exitCode = run(process.argv.slice(2), processIo());
