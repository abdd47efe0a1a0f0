import type { Paint } from "./colour.js";
import { inputError } from "./errors.js";
import type { Io } from "./io.js";

/** What every command gets: the outside world, the styles and the shared options. */
export interface Context {
  readonly io: Io;
  readonly paint: Paint;
  readonly command: string;
}

/** Writes text to standard output, ending it with exactly one newline. */
export function print(ctx: Context, text: string): void {
  ctx.io.out(text.endsWith("\n") ? text : `${text}\n`);
}

/** Writes a value as indented JSON. */
export function printJson(ctx: Context, value: unknown): void {
  ctx.io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes output to `--out FILE` when given, else to standard output. */
export function emit(ctx: Context, text: string, out: string | undefined): void {
  if (out === undefined) {
    print(ctx, text);
    return;
  }
  try {
    ctx.io.writeFile(out, text.endsWith("\n") ? text : `${text}\n`);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const why = code === "ENOENT" ? "no such directory" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : error instanceof Error ? error.message : String(error);
    throw inputError(`cannot write ${out}: ${why}`);
  }
}
