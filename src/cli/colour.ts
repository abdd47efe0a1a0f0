import type { Io } from "./io.js";

/** ANSI styles, or plain text when colour is off. */
export interface Paint {
  readonly enabled: boolean;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
}

/**
 * Colour only on a terminal, never when NO_COLOR is set (https://no-color.org);
 * FORCE_COLOR (not "0") asks for it off a terminal, but NO_COLOR still wins.
 */
export function colourWanted(io: Pick<Io, "env" | "isTTY">): boolean {
  const no = io.env["NO_COLOR"];
  if (no !== undefined && no !== "") return false;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined && force !== "" && force !== "0") return true;
  return io.isTTY;
}

/** The styles, on or off. */
export function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string): string => (enabled ? `\u001B[${open}m${text}\u001B[${close}m` : text);
  return { enabled, bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}
