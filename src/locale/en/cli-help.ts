import type { CliHelp } from "../cli-help.js";

const DATASET = "Without FILE it works on the embedded Dutch dataset: --scenario coordination (default),\noc2, alternative, history-oc, history-lc or history-representation.";

const COMMON = `Options for every command:
  -h, --help         show this help
  --locale en|nl     the language of explanations and pictures (default en)
  --json             machine-readable JSON on standard output`;

const EXITS = "Exit codes: 0 ok; 1 invalid input or problems found; 2 bad usage; 70 unexpected failure.";

/** The command line's help in English: of the command as a whole, and of each command. */
export const help: CliHelp = {
  main: `beroepsgroep: who represents the teaching profession, on which theme, where, when and why

Usage: beroepsgroep <command> [FILE...] [options]

Commands:
  validate [FILE...]      check scenario files: every problem with its path
  resolve [FILE]          who represents one cell, explained (--theme --region [--sector] --on)
  matrix [FILE]           every cell on a day (--on [--format text|md|html|svg|json] [--out FILE])
  compare [FILE FILE...]  scenarios side by side on the same cells (--on)
  pitfalls [FILE]         the lessons of earlier attempts a scenario repeats (--on)
  tally [FILE]            count the ballots of a teachers' council (--method)
  structure [FILE]        the organs and parties of the governance model, as Mermaid

${DATASET}
Run "beroepsgroep <command> --help" for a command's options.

${COMMON}
  -v, --version      print the version

${EXITS}
Colour is used only on a terminal, and never when NO_COLOR is set.`,

  validate: `Usage: beroepsgroep validate [FILE...] [options]

Checks scenario documents (JSON; "-" reads standard input) and prints every problem
with its path, e.g. mandates[0].holder. Without FILE it checks every embedded Dutch
scenario, or the one named by --scenario.

Options:
  --scenario NAME    check one embedded scenario

${COMMON}

Exit codes: 0 all valid; 1 a problem found or a file unreadable; 2 bad usage.`,

  resolve: `Usage: beroepsgroep resolve [FILE] --theme ID --region ID [--sector ID] --on YYYY-MM-DD [options]

Works out who represents the profession on one theme, in one region, for one sector
(or the profession as a whole without --sector), on one day, and explains why.
${DATASET}

Options:
  --theme ID         the theme (required)
  --region ID        the region (required)
  --sector ID        the sector; leave out for the profession as a whole
  --on YYYY-MM-DD    the day (required)
  --scenario NAME    an embedded scenario instead of FILE

${COMMON}

${EXITS}`,

  matrix: `Usage: beroepsgroep matrix [FILE] --on YYYY-MM-DD [--format text|md|html|svg|json] [--out FILE] [options]

Resolves every cell (themes by regions by sectors) on one day and prints it as a text
table, or as Markdown, an HTML page, an SVG picture or JSON.
${DATASET}

Options:
  --on YYYY-MM-DD    the day (required)
  --format FORMAT    text (default), md, html, svg or json
  --out FILE         write to FILE instead of standard output
  --theme ID         only these themes (repeat, or separate with commas)
  --region ID        only these regions (idem)
  --sector ID        only these sectors (idem)
  --scenario NAME    an embedded scenario instead of FILE

${COMMON}

${EXITS}`,

  compare: `Usage: beroepsgroep compare [FILE FILE...] --on YYYY-MM-DD [options]

Puts scenarios side by side on the cells they share: coverage, concentration, reach,
pitfalls, and every cell whose lead differs. Without FILE it compares the embedded
coordination, oc2 and alternative scenarios; --scenario (repeatable) picks others.

Options:
  --on YYYY-MM-DD    the day (required)
  --format FORMAT    text (default), md, html, svg or json
  --out FILE         write to FILE instead of standard output
  --max-rows N       list at most N differing cells in pictures
  --theme ID         only these themes (repeat, or separate with commas)
  --region ID        only these regions (idem)
  --sector ID        only these sectors (idem)
  --scenario NAME    an embedded scenario to compare (repeatable)

${COMMON}

${EXITS}`,

  pitfalls: `Usage: beroepsgroep pitfalls [FILE] --on YYYY-MM-DD [options]

Lists the lessons of the earlier attempts that a scenario repeats on a day: a mandatory
register, distance to teachers, too few members, fragile funding, unorganised teachers
left out, coverage gaps, contested cells.
${DATASET}

Options:
  --on YYYY-MM-DD    the day (required)
  --scenario NAME    an embedded scenario instead of FILE

${COMMON}

Exit codes: 0 no pitfall found; 1 a pitfall found or invalid input; 2 bad usage.`,

  tally: `Usage: beroepsgroep tally [FILE] --method METHOD [options]

Counts the ballots of an election document ({ "candidates": [...], "ballots": [...] })
and prints the winners, the ranking, every round and the pairwise matrix. Without FILE
it counts the embedded Dutch teachers' council example.

Options:
  --method METHOD    plurality, two-round, irv, borda, copeland, schulze, ranked-pairs,
                     approval, score, majority-judgment or stv (required)
  --seats N          seats for multi-winner methods
  --quota Q          droop (default) or hare, for stv
  --strength S       winning (default), margin or ratio, for schulze and ranked-pairs
  --format FORMAT    text (default), md, html, svg or json
  --out FILE         write to FILE instead of standard output

${COMMON}

${EXITS}`,

  structure: `Usage: beroepsgroep structure [FILE] [options]

Prints the organs and parties of the scenario's governance model (board seats,
assembly, advisory council, chapters, agreement parties, rules) as a Mermaid flowchart.
${DATASET}

Options:
  --direction TB|LR  top to bottom (default) or left to right
  --scenario NAME    an embedded scenario instead of FILE

${COMMON}

${EXITS}`,
};
