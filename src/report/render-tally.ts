import type { TallyResult } from "../deliberation/tally-result.js";
import { namerOf } from "./display-names.js";
import { checkOptions, type RenderOptions, writeAs } from "./render-options.js";
import { tallyHtml } from "./tally-html.js";
import { tallyMarkdown } from "./tally-markdown.js";
import { tallySvg } from "./tally-svg.js";
import { checkTally, tallyView } from "./tally-view.js";

/**
 * Draws a count: the winners, the ranking, every round of a multi-round count (a bar
 * chart per round in SVG and HTML, a table in Markdown; with the STV quota when there is
 * one), the totals of a single-round method, and the pairwise matrix of the Condorcet
 * methods, with each majority in bold. Candidate names come from `names.candidates`
 * (else `names.organisations`, else the id). Pure, for browsers too.
 *
 * @param result - a result from {@link tally}
 * @param options - the format, and optionally the locale, names and id prefix
 * @returns the picture as Markdown, HTML or SVG text
 * @throws Error starting `renderTally:` for an unknown option, format or locale, bad names, heading level or id prefix, or a value that is not a tally result
 * @example
 * ```ts
 * const result = tally({ candidates: ["a", "b"], ballots: [{ ranking: ["a", "b"], count: 3 }, { ranking: ["b"] }] }, { method: "irv" });
 * renderTally(result, { format: "markdown" }).split("\n")[0]; // => "## Count by irv"
 * ```
 * @category Reports
 */
export function renderTally(result: TallyResult, options: RenderOptions): string {
  const fn = "renderTally";
  const checked = checkOptions(options, fn);
  checkTally(result, fn);
  const labels = checked.locale.labels;
  const view = tallyView(result, namerOf(checked.names), labels);
  return writeAs(view, labels, checked, view.title, { markdown: tallyMarkdown, html: tallyHtml, svg: tallySvg });
}
