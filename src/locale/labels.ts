/**
 * The words the renderers put on pictures, per locale.
 * @example
 * ```ts
 * english.labels.legend; // => "Legend"
 * ```
 * @category Languages
 */
export interface Labels {
  readonly matrixTitle: (on: string) => string;
  readonly matrixDesc: (counts: { represented: number; contested: number; unrepresented: number }) => string;
  readonly theme: string;
  readonly sector: string;
  readonly wholeProfession: string;
  readonly legend: string;
  readonly contested: string;
  readonly contestedBetween: (names: string) => string;
  readonly unrepresented: string;
  readonly ledBy: (name: string) => string;
  readonly markerContested: string;
  readonly markerUnrepresented: string;
  readonly comparisonTitle: (on: string) => string;
  readonly comparisonDesc: (scenarios: number, differing: number) => string;
  readonly differs: string;
  readonly noDifferences: string;
  readonly metric: string;
  readonly cell: string;
  readonly metricNames: Readonly<Record<"cells" | "represented" | "contested" | "unrepresented" | "distinctLeads" | "hhi" | "members" | "reachShare" | "findings", string>>;
  readonly cellsLed: string;
  readonly organisation: string;
  readonly differingCells: string;
  readonly differsMark: string;
  readonly differsBold: string;
  readonly more: (n: number) => string;
  readonly tallyTitle: (method: string) => string;
  readonly tallyDesc: (winners: string, rounds: number) => string;
  readonly round: (n: number) => string;
  readonly candidate: string;
  readonly votes: string;
  readonly winners: string;
  readonly ranking: string;
  readonly tie: string;
  readonly pairwise: string;
  readonly pairwiseNote: string;
  readonly totals: string;
  readonly elected: string;
  readonly eliminated: string;
  readonly exhausted: string;
  readonly transfer: (kind: "surplus" | "elimination", from: string) => string;
  readonly roundTie: (among: string, how: string) => string;
  readonly voters: string;
  readonly seats: string;
  readonly quota: string;
  readonly and: string;
  readonly timelineTitle: (from: string, until: string) => string;
  readonly timelineDesc: (from: string, until: string, size: { themes: number; regions: number; sectors: number }) => string;
  /** The days of a bar, `until` excluded. */
  readonly timelineSpan: (from: string, until: string) => string;
  readonly representedBy: (lead: string, delegation: string) => string;
  readonly contestedNamed: (names: string) => string;
  readonly contestedCount: (n: number) => string;
  /** A cell led by a coalition: its organisations' names joined, and its spokesperson's name when it has one. */
  readonly jointlyLedBy: (names: string, spokesperson: string | null) => string;
  /** A coalition in a legend or a sentence: its organisations' names joined, and its spokesperson's name when it has one. */
  readonly coalition: (names: string, spokesperson: string | null) => string;
  /** The legend line that explains the mark after a coalition's spokesperson. */
  readonly markerSpokesperson: string;
}
