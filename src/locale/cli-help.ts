/**
 * The command line's help in one language: of the command as a whole (`beroepsgroep
 * --help`) and of each command (`beroepsgroep matrix --help`). It lives with each
 * language's words but outside the `Catalogue`: only the command line imports it, so
 * an app that uses the library does not ship it.
 * @example
 * ```ts
 * // The command line picks the topic and the language: `beroepsgroep matrix --help --locale nl`
 * // prints the Dutch help's `matrix`, which starts like this.
 * const start = "Gebruik: beroepsgroep matrix [FILE] --on JJJJ-MM-DD";
 * ```
 */
export interface CliHelp {
  readonly main: string;
  readonly validate: string;
  readonly resolve: string;
  readonly matrix: string;
  readonly compare: string;
  readonly pitfalls: string;
  readonly tally: string;
  readonly structure: string;
}
