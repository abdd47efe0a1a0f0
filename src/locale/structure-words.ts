/**
 * The words of structure diagrams, per locale.
 * @example
 * ```ts
 * english.structure.rules; // => "Rules, in order"
 * ```
 * @category Languages
 */
export interface StructureWords {
  readonly title: (name: string, model: string) => string;
  readonly models: Readonly<Record<"coordination" | "oc2" | "alternative", string>>;
  readonly parties: string;
  readonly agreement: (id: string) => string;
  readonly signedOn: (date: string) => string;
  readonly until: (date: string) => string;
  readonly signed: string;
  readonly notSigned: string;
  readonly fallback: (mode: string) => string;
  readonly mandatesGranted: (n: number) => string;
  readonly body: string;
  readonly established: (date: string) => string;
  readonly board: string;
  readonly seats: (n: number) => string;
  readonly teachers: string;
  readonly assembly: string;
  readonly openToUnorganised: (open: boolean) => string;
  readonly delegatesEach: (n: number) => string;
  readonly advisoryCouncil: string;
  readonly allocation: (how: string) => string;
  readonly chapters: string;
  readonly chapterOf: string;
  readonly register: (mandatory: boolean) => string;
  /**
   * The note that some of the body's parts changed over time: which parts (`board`,
   * `assembly`, `safeguards`), and the day shown, or null for the latest change.
   */
  readonly datedParts: (parts: readonly ("board" | "assembly" | "safeguards")[], on: string | null) => string;
  readonly funding: string;
  readonly structural: (yes: boolean) => string;
  readonly budget: (eur: string) => string;
  readonly fte: (n: number) => string;
  /** A funding period of the scenario: its id, the kind of money, who pays and from when. */
  readonly fundingPeriod: (id: string) => string;
  readonly fundingKind: Readonly<Record<"structural" | "one-off" | "project", string>>;
  readonly paidBy: (by: string) => string;
  readonly from: (date: string) => string;
  /** What money with no `for` pays for when the model has no body: the parties' joint work. */
  readonly jointWork: string;
  /** The exploration process itself (`for: "exploration"`). */
  readonly exploration: string;
  readonly delegates: (themes: string) => string;
  readonly rules: string;
  readonly rule: (id: string) => string;
  readonly when: (parts: string) => string;
  readonly always: string;
  readonly themesWord: string;
  readonly regionsWord: string;
  readonly sectorsWord: string;
  readonly kindWord: string;
  readonly assign: (lead: string, members: string) => string;
  readonly largest: (among: string, joint: boolean) => string;
  readonly everyone: string;
  readonly rotate: (among: string, every: string, from: string) => string;
  readonly mandates: (grants: string) => string;
  readonly unrepresented: (reason: string) => string;
  readonly leads: string;
  readonly member: string;
  readonly allThemes: string;
  readonly units: Readonly<Record<"years" | "months" | "weeks" | "days", readonly [string, string]>>;
  /** A mandate held by a coalition: its id, and whether the coalition leads or takes a seat. */
  readonly coalitionMandate: (id: string, role: "lead" | "member") => string;
  /** What a coalition's mandate covers: its themes and regions (sectors in brackets when not all). */
  readonly covers: (themes: string, regions: string) => string;
  /** The edge from a coalition's spokesperson to its mandate. */
  readonly spokesperson: string;
}
