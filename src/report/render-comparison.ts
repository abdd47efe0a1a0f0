import type { ScenarioComparison } from "../analysis/compare-scenarios.js";
import { comparisonHtml } from "./comparison-html.js";
import { comparisonMarkdown } from "./comparison-markdown.js";
import { comparisonSvg } from "./comparison-svg.js";
import { checkComparison, comparisonView } from "./comparison-view.js";
import { namerOf } from "./display-names.js";
import { coloursFor } from "./palette.js";
import { type RenderOptions, writeAs } from "./render-options.js";
import { checkArgument } from "../model/argument-schemas.js";
import { comparisonOptionsSchema } from "./option-schemas.js";
import { partiesIn, partyOf } from "./party-view.js";

/** Options for {@link renderComparison}. @category Reports */
export interface ComparisonRenderOptions extends RenderOptions {
  /** The most differing cells to list; the rest are counted in a note. All by default. */
  readonly maxRows?: number;
}

/**
 * Draws scenarios side by side: their metrics (coverage, concentration, reach,
 * pitfalls), every cell whose status, lead or set of leads differs, one column per scenario with
 * the answers that differ from the first scenario's highlighted (a thick outline; in
 * Markdown bold and marked `≠`), and how many cells each organisation leads in each.
 * Answers are drawn as in {@link renderMatrix}: the lead's short name in its colour (a
 * coalition one colour and one label), contested hatched with the contending parties named, unrepresented empty. Pure, for browsers too.
 *
 * @param comparison - a comparison from {@link index!compareScenarios}
 * @param options - the format, and optionally the locale, names (see {@link displayNames}), colours, id prefix and `maxRows`
 * @returns the picture as Markdown, HTML or SVG text
 * @throws Error starting `renderComparison:` for an unknown option, format or locale, a bad colour, names, heading level, id prefix or `maxRows`, or a value that is not a comparison
 * @example
 * ```ts
 * const { coordination, oc2 } = nl.scenarios;
 * const comparison = compareScenarios([coordination, oc2], { on: "2026-06-01" });
 * const md = renderComparison(comparison, { format: "markdown", names: displayNames(coordination, oc2) });
 * md.split("\n")[0]; // => "## Scenarios side by side on 2026-06-01"
 * ```
 * @category Reports
 */
export function renderComparison(comparison: ScenarioComparison, options: ComparisonRenderOptions): string {
  const fn = "renderComparison";
  const checked = checkArgument(comparisonOptionsSchema, options, fn);
  checkComparison(comparison, fn);
  const labels = checked.locale.labels;
  const parties = partiesIn(comparison.differences.flatMap((d) => d.outcomes));
  const colours = coloursFor([...comparison.organisations.map((o) => partyOf([o.organisation])), ...parties.values()], checked.colours, fn);
  const view = comparisonView(comparison, namerOf(checked.names), labels, colours, checked.maxRows);
  return writeAs(view, labels, checked, labels.comparisonTitle(view.on), { markdown: comparisonMarkdown, html: comparisonHtml, svg: comparisonSvg });
}
