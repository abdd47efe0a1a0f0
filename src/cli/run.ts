import pkg from "../../package.json" with { type: "json" };
import { colourWanted, paint } from "./colour.js";
import { compare } from "./commands/compare.js";
import { matrix } from "./commands/matrix.js";
import { pitfalls } from "./commands/pitfalls.js";
import { resolve } from "./commands/resolve.js";
import { structure } from "./commands/structure.js";
import { tally } from "./commands/tally.js";
import { validate } from "./commands/validate.js";
import type { Context } from "./context.js";
import { CliError } from "./errors.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { helpText } from "./help.js";
import type { Io } from "./io.js";

const COMMANDS: Readonly<Record<string, (ctx: Context, argv: readonly string[]) => ExitCode>> = {
  validate,
  resolve,
  matrix,
  compare,
  pitfalls,
  tally,
  structure,
};

/** True when `flag` comes before any `--` that ends the options. */
function hasFlag(argv: readonly string[], ...flags: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => flags.includes(arg));
}

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export function run(argv: readonly string[], io: Io): ExitCode {
  const p = paint(colourWanted(io));
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(`${helpText("", []) ?? ""}\n`);
    return EXIT.usage;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    // `help --locale nl` asks for the whole command's help, in Dutch.
    const topic = first === "help" && rest[0] !== undefined && !rest[0].startsWith("--locale") ? rest[0] : "";
    const text = helpText(topic, rest);
    if (text === undefined) {
      io.err(`beroepsgroep: unknown command ${JSON.stringify(topic)}\nRun "beroepsgroep --help" for the commands.\n`);
      return EXIT.usage;
    }
    io.out(`${text}\n`);
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    io.out(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (command === undefined) {
    io.err(`beroepsgroep: unknown command ${JSON.stringify(first)}\nRun "beroepsgroep --help" for the commands.\n`);
    return EXIT.usage;
  }
  if (hasFlag(rest, "--help", "-h")) {
    io.out(`${helpText(first, rest) ?? ""}\n`);
    return EXIT.ok;
  }
  try {
    return command({ io, paint: p, command: first }, rest);
  } catch (error) {
    if (error instanceof CliError) {
      const hint = error.helpFor === undefined ? "" : `\nRun "beroepsgroep ${error.helpFor === "" ? first : error.helpFor} --help" for usage.`;
      io.err(`${p.red(`beroepsgroep ${first}:`)} ${error.message}${hint}\n`);
      return error.code;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`beroepsgroep ${first}: unexpected failure, please report it:\n${detail}\n`);
    return EXIT.internal;
  }
}
