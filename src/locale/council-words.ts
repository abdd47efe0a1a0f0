/**
 * The tally methods by name: the deliberation layer's `TallyMethod`, restated so the locale
 * imports nothing above it (test/locale/restated-unions.test-d.ts holds the two equal).
 * @example
 * ```ts
 * const method: TallyMethodName = "irv";
 * ```
 * @category Languages
 */
export type TallyMethodName =
  | "plurality"
  | "two-round"
  | "irv"
  | "borda"
  | "copeland"
  | "schulze"
  | "ranked-pairs"
  | "approval"
  | "score"
  | "majority-judgment"
  | "stv";

/**
 * The words of a teachers' council's explanation (`deliberate`).
 * @example
 * ```ts
 * english.council.met; // => "met"
 * ```
 * @category Languages
 */
export interface CouncilWords {
  readonly methods: Readonly<Record<TallyMethodName, string>>;
  readonly groups: {
    readonly all: string;
    readonly organised: string;
    readonly unorganised: string;
    readonly organisation: (id: string) => string;
    readonly sector: (id: string) => string;
    readonly region: (id: string) => string;
  };
  readonly per: Readonly<Record<"organisation" | "sector" | "region", string>>;
  readonly and: string;
  readonly votes: (weight: number) => string;
  /** A majority among `where`; `threshold` is undefined for a plain majority (one half). */
  readonly majority: (where: string, threshold: number | undefined) => string;
  readonly sameWinner: (where: string) => string;
  readonly turnout: (min: number, where: string) => string;
  readonly voters: (min: number, where: string) => string;
  readonly nothingToMeasure: string;
  readonly share: (figure: number) => string;
  /** After a majority's share: the option it was measured against. */
  readonly against: (option: string) => string;
  readonly count: (figure: number) => string;
  readonly noGroupToCheck: string;
  readonly noVotes: string;
  readonly tie: (winners: string) => string;
  readonly outcome: (winners: string) => string;
  readonly reachedNoOutcome: (who: string, ballots: string) => string;
  readonly chose: (who: string, ballots: string, winners: string) => string;
  readonly title: string;
  readonly header: (title: string, ballots: string, headcount: number, turnout: number | null, method: string) => string;
  readonly met: string;
  readonly notMet: string;
  readonly noRequirements: string;
  readonly supported: string;
  readonly notSupported: string;
}
