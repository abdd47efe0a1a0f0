/**
 * The words of the pitfalls' findings, filled from a finding's evidence by the analysis layer.
 * @example
 * ```ts
 * english.findings.funding.noFunding; // => "no funding is recorded"
 * ```
 * @category Languages
 */
export interface FindingWords {
  readonly mandatoryRegister: string;
  /** The say teachers have themselves: board seats (null: no board) and an assembly (null: none, else open or not). */
  readonly voice: (teacherSeats: number | null, assemblyOpen: boolean | null) => string;
  readonly distance: (say: string, regionalCells: number, cells: number) => string;
  readonly insufficientMembers: (figures: {
    readonly professional: boolean;
    /** Members reached (member figures). */
    readonly reached: number;
    /** The teachers the counted figures prove reached (null: no counted figure says), and at most (`judged`, the number held against the thresholds). */
    readonly lower: number | null;
    readonly judged: number;
    /** `judged` as a share of the teachers. */
    readonly share: number | null;
    readonly teachers: number | null;
    /** Counted organisations without a teacher figure. */
    readonly noTeacherFigure: readonly string[];
    /** Groups of counted organisations that may share members no figure separates. */
    readonly mayOverlap: readonly (readonly string[])[];
    readonly below: readonly ("minMemberShare" | "minMembers")[];
    readonly minMemberShare: number;
    readonly minMembers: number;
    readonly unknown: readonly string[];
  }) => string;
  readonly funding: {
    readonly noFunding: string;
    readonly oneOff: string;
    readonly oneOffUntil: (until: string) => string;
    readonly project: string;
    readonly projectUntil: (until: string) => string;
    readonly ended: (until: string) => string;
    readonly notStarted: (from: string) => string;
    readonly ending: (until: string) => string;
    readonly noBudget: string;
    readonly lowBudget: (budget: number, min: number) => string;
    readonly noFte: string;
    readonly lowFte: (fte: number, min: number) => string;
    /** The periods in force whose amount a year is not recorded. */
    readonly unknownAmount: (periods: readonly string[]) => string;
    /** The periods in force whose FTEs are not recorded. */
    readonly unknownFte: (periods: readonly string[]) => string;
  };
  readonly fragileFunding: (reasons: readonly string[]) => string;
  /** Why unorganised teachers have no say, for the models without organs of their own. */
  readonly organisationsOnly: Readonly<Record<"parties" | "rules", string>>;
  readonly unorganisedExcluded: (how: string, unorganised: number | null, teachers: number | null) => string;
  readonly coverageGaps: (unrepresented: number, cells: number, share: number, max: number) => string;
  readonly contestedCells: (contested: number, cells: number, share: number, max: number) => string;
}
