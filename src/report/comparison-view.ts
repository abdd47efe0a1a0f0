import type { ScenarioComparison } from "../analysis/compare-scenarios.js";
import type { Namer } from "./display-names.js";
import type { Labels } from "../locale/labels.js";
import { cellView, type CellView, type LegendEntry, legendOf } from "./matrix-view.js";
import { partiesIn, partyKey } from "./party-view.js";
import type { Swatch } from "./palette.js";
import { swatchOf } from "./palette.js";
import { plainNumbers } from "../locale/format.js";

/** One scenario's answer on a differing cell, and whether it differs from the baseline's. */
export interface ComparedCellView extends CellView {
  readonly differs: boolean;
}

/** A comparison laid out for every format. */
export interface ComparisonView {
  readonly on: string;
  readonly scenarios: readonly { readonly id: string; readonly label: string }[];
  readonly metrics: readonly { readonly label: string; readonly values: readonly string[] }[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly ComparedCellView[] }[];
  /** Differing cells left out by `maxRows`. */
  readonly hidden: number;
  readonly differing: number;
  readonly led: readonly (LegendEntry & { readonly counts: readonly number[] })[];
  readonly legend: readonly LegendEntry[];
}

/**
 * Checks that a value looks like a comparison from compareScenarios.
 * @throws Error naming `fn` otherwise
 */
export function checkComparison(value: unknown, fn: string): asserts value is ScenarioComparison {
  const c = value as Partial<Record<keyof ScenarioComparison, unknown>> | null;
  if (typeof c !== "object" || c === null) throw new Error(`${fn}: expected a comparison from compareScenarios()`);
  for (const key of ["scenarios", "metrics", "pitfalls", "differences", "organisations"] as const) {
    if (!Array.isArray(c[key])) throw new Error(`${fn}: comparison.${key} must be an array`);
  }
  if (typeof c.on !== "string") throw new Error(`${fn}: comparison.on must be a YYYY-MM-DD string`);
}

function fixed(value: number | null, digits: number): string {
  return value === null ? "-" : plainNumbers.fixed(value, digits);
}

function percent(value: number | null): string {
  return value === null ? "-" : plainNumbers.percent(value);
}

/** Lays a comparison out: metrics, differing cells (up to `maxRows`), and the cells each organisation leads. */
export function comparisonView(c: ScenarioComparison, names: Namer, labels: Labels, colours: ReadonlyMap<string, Swatch>, maxRows: number): ComparisonView {
  const m = labels.metricNames;
  const metric = (label: string, value: (i: number) => string): { label: string; values: string[] } => ({ label, values: c.scenarios.map((_, i) => value(i)) });
  const metrics = [
    metric(m.cells, () => String(c.cells)),
    metric(m.represented, (i) => String(c.metrics[i]?.coverage.counts.represented ?? 0)),
    metric(m.contested, (i) => String(c.metrics[i]?.coverage.counts.contested ?? 0)),
    metric(m.unrepresented, (i) => String(c.metrics[i]?.coverage.counts.unrepresented ?? 0)),
    metric(m.distinctLeads, (i) => String(c.metrics[i]?.concentration.distinctLeads ?? 0)),
    metric(m.hhi, (i) => fixed(c.metrics[i]?.concentration.hhi ?? null, 3)),
    metric(m.members, (i) => plainNumbers.count(c.metrics[i]?.reach.members ?? 0)),
    metric(m.reachShare, (i) => percent(c.metrics[i]?.reach.share ?? null)),
    metric(m.findings, (i) => String(c.pitfalls[i]?.length ?? 0)),
  ];
  const shown = c.differences.slice(0, maxRows);
  const rows = shown.map((d) => {
    const differs = new Set(d.changes.map((change) => change.scenario));
    const where = [names.theme(d.theme), names.region(d.region), d.sector === null ? labels.wholeProfession : names.sector(d.sector)].join(" \u00B7 ");
    return {
      label: where,
      cells: d.outcomes.map((o, i): ComparedCellView => ({
        ...cellView({ ...o, theme: d.theme, region: d.region, sector: d.sector, on: c.on, model: c.scenarios[i]?.model ?? "coordination", basis: [] }, names, labels, colours),
        differs: differs.has(i),
      })),
    };
  });
  const entry = (id: string): LegendEntry => ({ id, short: names.organisation(id), full: names.organisationName(id), swatch: colours.get(partyKey([id])) ?? swatchOf("#000000") });
  const inRows = partiesIn(shown.flatMap((d) => d.outcomes));
  const byShort = (a: LegendEntry, b: LegendEntry): number => (a.short < b.short ? -1 : a.short > b.short ? 1 : a.id < b.id ? -1 : 1);
  return {
    on: c.on,
    scenarios: c.scenarios.map((s) => ({ id: s.id, label: s.name })),
    metrics,
    rows,
    hidden: c.differences.length - shown.length,
    differing: c.differences.length,
    led: c.organisations.map((o) => ({ ...entry(o.organisation), counts: o.led })).sort(byShort),
    legend: legendOf(inRows.values(), names, labels, colours),
  };
}
