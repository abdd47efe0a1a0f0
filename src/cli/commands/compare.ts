import { type Catalogue, compareScenarios, type FundingInForce, type ScenarioComparison } from "../../index.js";
import { displayNames, renderComparison } from "../../report-entry.js";
import { plainNumbers } from "../../locale/format.js";
import { day, list, locale, oneOf, parse, str } from "../args.js";
import { type Paint, paint } from "../colour.js";
import { type Context, emit } from "../context.js";
import { usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { datasetScenario, type Loaded, loadScenarioFile } from "../input.js";
import { textTable } from "../text-table.js";
import { guardQuery } from "./guard.js";
import { FORMATS, type Format } from "./matrix.js";
import { answerText, type AnswerCells, isJoint } from "./answer-text.js";

/** Marks an answer that differs from the first scenario's (#0); a coalition's spokesperson keeps `*`. */
const DIFFERS = "≠";

/** Money or FTEs in force for the model's work: the figure, the known part and "unknown" when some period records none, "unknown" when none does, or "none" when no period is in force. */
function fundingText(f: FundingInForce | undefined, what: "money" | "fte", w: Catalogue["cli"]["compare"]): string {
  if (f === undefined || f.periods.length === 0) return w.noFunding;
  const [total, known, missing] = what === "money" ? [f.eurPerYear, f.knownEurPerYear, f.unknownAmount] : [f.fte, f.knownFte, f.unknownFte];
  const show = what === "money" ? (n: number) => `EUR ${plainNumbers.count(n)}` : plainNumbers.rounded;
  if (total !== null) return show(total);
  return missing.length < f.periods.length ? `${show(known)} + ${w.unknown}` : w.unknown;
}

/** The comparison as text for a terminal. */
export function comparisonText(c: ScenarioComparison, names: (id: string) => string, p: Paint, lang: Catalogue): string {
  const w = lang.cli.compare;
  const metrics = [
    ["#", w.scenario, w.cells, w.represented, w.contested, w.unrepresented, w.hhi, w.reach, w.money, w.fte, w.pitfalls],
    ...c.scenarios.map((s, i) => {
      const m = c.metrics[i];
      return [
        String(i),
        `${s.name} (${s.id})`,
        String(c.cells),
        String(m?.coverage.counts.represented ?? 0),
        String(m?.coverage.counts.contested ?? 0),
        String(m?.coverage.counts.unrepresented ?? 0),
        m?.concentration.hhi === null || m === undefined ? "-" : plainNumbers.fixed(m.concentration.hhi, 3),
        m?.reach.share === null || m === undefined ? "-" : plainNumbers.percent(m.reach.share),
        fundingText(m?.funding.model, "money", w),
        fundingText(m?.funding.model, "fte", w),
        String(c.pitfalls[i]?.length ?? 0),
      ];
    }),
  ];
  const answer = (o: AnswerCells): string => answerText(o, names);
  const diffs = [
    [w.theme, w.region, w.sector, ...c.scenarios.map((_, i) => `#${i}`)],
    ...c.differences.map((d) => [d.theme, d.region, d.sector ?? "-", ...d.outcomes.map((o, i) => (d.changes.some((ch) => ch.scenario === i) ? `${DIFFERS}${answer(o)}` : answer(o)))]),
  ];
  return [
    p.bold(c.on),
    textTable(metrics, (t, r) => (r === 0 ? p.bold(t) : t)),
    "",
    p.bold(w.differ(c.differences.length)),
    ...(c.differences.length === 0 ? [] : [textTable(diffs, (t, r) => (r === 0 ? p.bold(t) : t.startsWith(DIFFERS) ? p.yellow(t) : t))]),
    ...(c.differences.length === 0 ? [] : [p.dim(c.differences.some((d) => d.outcomes.some(isJoint)) ? `${w.key}, ${lang.cli.matrix.coalitionKey}` : w.key)]),
  ].join("\n");
}

/** `compare [FILE FILE...] --on`: scenarios side by side. */
export function compare(ctx: Context, argv: readonly string[], ): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, {
    on: { type: "string" },
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    "max-rows": { type: "string" },
    theme: { type: "string", multiple: true },
    region: { type: "string", multiple: true },
    sector: { type: "string", multiple: true },
    scenario: { type: "string", multiple: true },
  });
  const json = values["json"] === true;
  const format: Format = json ? "json" : oneOf(values, "format", FORMATS, "text", ctx.command);
  const on = day(values, ctx.command);
  const lang = locale(values, ctx.command);
  const maxText = str(values, "max-rows");
  if (maxText !== undefined && !/^\d+$/.test(maxText)) throw usageError(`--max-rows must be a whole number, received ${JSON.stringify(maxText)}`, ctx.command);
  const named = list(values, "scenario") ?? [];
  const given = [...positionals.map((file) => loadScenarioFile(file, ctx.io)), ...named.map((n) => datasetScenario(n, ctx.command))];
  const loaded: Loaded[] = given.length === 0 ? ["coordination", "oc2", "alternative"].map((n) => datasetScenario(n, ctx.command)) : given;
  if (loaded.length < 2) throw usageError(`compare needs at least two scenarios, received ${loaded.length}`, ctx.command);
  const scenarios = loaded.map((l) => l.scenario);
  const themes = list(values, "theme");
  const regions = list(values, "region");
  const sectors = list(values, "sector");
  const comparison = guardQuery(ctx.command, () =>
    compareScenarios(scenarios, { on, locale: lang, ...(themes === undefined ? {} : { themes }), ...(regions === undefined ? {} : { regions }), ...(sectors === undefined ? {} : { sectors }) }),
  );
  const names = displayNames(...scenarios);
  const org = names.organisations ?? {};
  const out = str(values, "out");
  const text =
    format === "json" ? JSON.stringify({ sources: loaded.map((l) => l.source), comparison }, null, 2)
    : format === "text" ? comparisonText(comparison, (id) => (Object.hasOwn(org, id) ? (org[id] ?? id) : id), out === undefined ? ctx.paint : paint(false), lang)
    : renderComparison(comparison, { format: format === "md" ? "markdown" : format, locale: lang, names, standalone: true, ...(maxText === undefined ? {} : { maxRows: Number(maxText) }) });
  emit(ctx, text, out);
  return EXIT.ok;
}
