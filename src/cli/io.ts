import { readFileSync, writeFileSync } from "node:fs";

/** What the command touches outside itself; tests and the bin pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  readStdin(): string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
}

/** The real process: standard streams, files and environment. */
export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => {
      writeFileSync(path, text);
    },
    readStdin: () => readFileSync(0, "utf8"),
    env: process.env,
    isTTY: process.stdout.isTTY,
  };
}
