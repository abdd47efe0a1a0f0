import type { CliHelp } from "../locale/cli-help.js";
import { help as en } from "../locale/en/cli-help.js";
import { help as nl } from "../locale/nl/cli-help.js";

/** The help in each language of `--locale`, by its code; the command line ships both. */
const HELP_BY_LANGUAGE: Readonly<Record<string, CliHelp>> = { en, nl };

/** The topics of `help TOPIC` and `COMMAND --help`: the command as a whole under "", and each command. */
const TOPICS: Readonly<Record<string, keyof CliHelp>> = {
  "": "main",
  validate: "validate",
  resolve: "resolve",
  matrix: "matrix",
  compare: "compare",
  pitfalls: "pitfalls",
  tally: "tally",
  structure: "structure",
};

/**
 * The help on `topic` ("" for the command as a whole) in the language `--locale` names
 * among `argv` (before any `--`); English when it names none or one the command line
 * does not know, as help should not fail. Undefined for an unknown topic.
 */
export function helpText(topic: string, argv: readonly string[]): string | undefined {
  const key = Object.hasOwn(TOPICS, topic) ? TOPICS[topic] : undefined;
  if (key === undefined) return undefined;
  const code = localeIn(argv);
  const help = code !== undefined && Object.hasOwn(HELP_BY_LANGUAGE, code) ? HELP_BY_LANGUAGE[code] : undefined;
  return (help ?? en)[key];
}

/** The value of the last `--locale CODE` or `--locale=CODE` before any `--`. */
function localeIn(argv: readonly string[]): string | undefined {
  const end = argv.indexOf("--");
  const args = end === -1 ? argv : argv.slice(0, end);
  let code: string | undefined;
  args.forEach((arg, i) => {
    if (arg === "--locale") code = args[i + 1];
    else if (arg.startsWith("--locale=")) code = arg.slice("--locale=".length);
  });
  return code;
}
