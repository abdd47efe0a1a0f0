import type { TallyResult } from "../deliberation/tally-result.js";
import type { Namer } from "./display-names.js";
import { joinNames } from "../internal/join-names.js";
import type { Labels } from "../locale/labels.js";
import { organisationColours, type Swatch, swatchOf } from "./palette.js";
import { plainNumbers } from "../locale/format.js";
import { largest } from "../internal/largest.js";

/** A tally figure as pictures write it, in every language. */
const figure = plainNumbers.rounded;

/** One candidate's bar in a round or in the totals. */
export interface Bar {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly shown: string;
  readonly swatch: Swatch;
  /** `elected`, `eliminated` or nothing. */
  readonly mark?: string;
}

/** A chart: a round of a count, or the totals. */
export interface Chart {
  readonly title: string;
  readonly bars: readonly Bar[];
  /** A note under the chart: the exhausted ballots, the transfer, a tie. */
  readonly note?: string;
}

/** A tally laid out for every format. */
export interface TallyView {
  readonly title: string;
  readonly summary: readonly string[];
  readonly ranking: readonly string[];
  readonly charts: readonly Chart[];
  /** The largest value any bar shows, so that every chart shares one scale. */
  readonly max: number;
  /** A reference line, e.g. the STV quota. */
  readonly quota?: number;
  readonly pairwise?: { readonly candidates: readonly { readonly id: string; readonly label: string }[]; readonly table: readonly (readonly (number | null)[])[] };
}

/**
 * Checks that a value looks like a tally result.
 * @throws Error naming `fn` otherwise
 */
export function checkTally(value: unknown, fn: string): asserts value is TallyResult {
  const t = value as Partial<Record<keyof TallyResult, unknown>> | null;
  if (typeof t !== "object" || t === null) throw new Error(`${fn}: expected a result from tally()`);
  if (typeof t.method !== "string") throw new Error(`${fn}: result.method must be a string`);
  if (!Array.isArray(t.winners) || !Array.isArray(t.ranking)) throw new Error(`${fn}: result.winners and result.ranking must be arrays`);
  if (t.rounds !== undefined && !Array.isArray(t.rounds)) throw new Error(`${fn}: result.rounds must be an array when present`);
}

/** Candidate names joined as "a, b and c". */
function list(ids: readonly string[], names: Namer, and: string): string {
  return joinNames(ids.map((id) => names.candidate(id)), and);
}

/** Lays a tally out: a summary, the ranking, one chart per round (or the totals), the pairwise table. */
export function tallyView(result: TallyResult, names: Namer, labels: Labels): TallyView {
  const candidates = [...new Set(result.ranking.flat())];
  const palette = organisationColours(candidates);
  // An own-property read: a candidate named "__proto__" or "constructor" must not find Object.prototype's members.
  const swatch = (id: string): Swatch => swatchOf((Object.hasOwn(palette, id) ? palette[id] : undefined) ?? "#000000");
  const bar = (id: string, value: number, mark?: string): Bar => ({ id, label: names.candidate(id), value, shown: figure(value), swatch: swatch(id), ...(mark === undefined ? {} : { mark }) });
  const byValue = (a: Bar, b: Bar): number => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

  const charts: Chart[] = (result.rounds ?? []).map((round) => {
    const elected = new Set(round.elected);
    const eliminated = new Set(round.eliminated);
    const bars = Object.entries(round.counts)
      .map(([id, value]) => bar(id, value, elected.has(id) ? labels.elected : eliminated.has(id) ? labels.eliminated : undefined))
      .sort(byValue);
    const notes = [
      ...(round.exhausted > 0 ? [`${labels.exhausted}: ${figure(round.exhausted)}`] : []),
      ...(round.transfer === undefined ? [] : [labels.transfer(round.transfer.kind, list(round.transfer.from, names, labels.and))]),
      ...(round.tie === undefined ? [] : [labels.roundTie(list(round.tie.among, names, labels.and), round.tie.resolvedBy)]),
    ];
    return { title: labels.round(round.round), bars, ...(notes.length === 0 ? {} : { note: notes.join("; ") }) };
  });
  if (charts.length === 0 && result.totals !== undefined) {
    const winners = new Set(result.winners);
    charts.push({ title: labels.totals, bars: Object.entries(result.totals).map(([id, value]) => bar(id, value, winners.has(id) ? labels.elected : undefined)).sort(byValue) });
  }
  const max = largest(Math.max(0, result.quota ?? 0), charts.flatMap((c) => c.bars.map((b) => b.value)));

  let pairwise: TallyView["pairwise"];
  if (result.pairwise !== undefined) {
    const table = result.pairwise;
    const ids = candidates.filter((id) => Object.hasOwn(table, id));
    pairwise = {
      candidates: ids.map((id) => ({ id, label: names.candidate(id) })),
      table: ids.map((a) => ids.map((b) => (a === b ? null : (table[a]?.[b] ?? 0)))),
    };
  }

  const summary = [
    `${labels.winners}: ${result.winners.length === 0 ? "-" : list(result.winners, names, labels.and)}`,
    ...(result.tie ? [labels.tie] : []),
    ...(typeof result.voters === "number" ? [`${labels.voters}: ${figure(result.voters)}`] : []),
    ...(typeof result.seats === "number" && result.seats > 1 ? [`${labels.seats}: ${result.seats}`] : []),
    ...(result.quota === undefined ? [] : [`${labels.quota}: ${figure(result.quota)}`]),
  ];
  return {
    title: labels.tallyTitle(result.method),
    summary,
    ranking: result.ranking.map((group) => group.map((id) => names.candidate(id)).join(" = ")),
    charts,
    max,
    ...(result.quota === undefined ? {} : { quota: result.quota }),
    ...(pairwise === undefined ? {} : { pairwise }),
  };
}
