/**
 * The human-readable text of the command line that comes in more than one language.
 * @example
 * ```ts
 * english.cli.compare.reach; // => "reach"
 * ```
 * @category Languages
 */
export interface CliWords {
  readonly noPitfalls: (source: string, on: string) => string;
  readonly pitfalls: (n: number, source: string, on: string) => string;
  readonly matrix: {
    readonly sector: string;
    readonly whole: string;
    readonly theme: string;
    readonly key: string;
    /** Added to the key when a coalition shows: how its members are joined and its spokesperson marked. */
    readonly coalitionKey: string;
  };
  readonly compare: {
    readonly scenario: string;
    readonly cells: string;
    readonly represented: string;
    readonly contested: string;
    readonly unrepresented: string;
    readonly hhi: string;
    readonly reach: string;
    readonly pitfalls: string;
    readonly theme: string;
    readonly region: string;
    readonly sector: string;
    readonly differ: (n: number) => string;
    /** The key under the table of differing cells: the mark of an answer that differs from #0's, and the marks of the answers. */
    readonly key: string;
    /** The heading of the money a year in force for the model's work. */
    readonly money: string;
    /** The heading of the FTEs in force for the model's work. */
    readonly fte: string;
    /** No funding in force for the model's work. */
    readonly noFunding: string;
    /** An amount or FTE that is not recorded. */
    readonly unknown: string;
  };
  /** The report of `validate`: a line per document, valid with a summary or invalid with its problems. */
  readonly validate: {
    /** The mark of a valid document; padded with spaces to line up with `invalid`. */
    readonly valid: string;
    readonly invalid: string;
    /** A valid scenario in brief: its name, the kind of its governance model and its size. */
    readonly summary: (name: string, model: string, organisations: number, mandates: number) => string;
    readonly problems: (n: number) => string;
  };
  /** The plain-text tally (`tally --format text`). */
  readonly tally: {
    /** Appended to the winners when they tie. */
    readonly tie: string;
    readonly ranking: string;
    readonly round: (n: number) => string;
    readonly totals: string;
    readonly pairwise: string;
  };
}
