import { explain, resolve as resolveCell } from "../../index.js";
import { displayNames } from "../../report-entry.js";
import { day, known, locale, parse, str } from "../args.js";
import { type Context, print, printJson } from "../context.js";
import { usageError } from "../errors.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { loadScenario } from "../input.js";

/** `resolve [FILE] --theme --region [--sector] --on`: one answer, explained. */
export function resolve(ctx: Context, argv: readonly string[], ): ExitCode {
  const { values, positionals } = parse(ctx.command, argv, {
    theme: { type: "string" },
    region: { type: "string" },
    sector: { type: "string" },
    on: { type: "string" },
    scenario: { type: "string" },
  });
  const json = values["json"] === true;
  if (positionals.length > 1) throw usageError(`expected at most one FILE, received ${positionals.length}`, ctx.command);
  const theme = str(values, "theme");
  const region = str(values, "region");
  if (theme === undefined) throw usageError("--theme ID is required", ctx.command);
  if (region === undefined) throw usageError("--region ID is required", ctx.command);
  const sector = str(values, "sector");
  const on = day(values, ctx.command);
  const lang = locale(values, ctx.command);
  const { source, scenario } = loadScenario(positionals[0], str(values, "scenario"), ctx.io, ctx.command);
  known("theme", [theme], scenario.themes.map((t) => t.id), ctx.command);
  known("region", [region], scenario.regions.map((r) => r.id), ctx.command);
  if (sector !== undefined) known("sector", [sector], scenario.sectors.map((s) => s.id), ctx.command);
  const answer = resolveCell(scenario, { theme, region, on, ...(sector === undefined ? {} : { sector }) });
  const explanation = explain(answer, { locale: lang, names: displayNames(scenario).organisations ?? {} });
  if (json) {
    printJson(ctx, { source, representation: answer, explanation });
    return EXIT.ok;
  }
  const [headline = "", ...rest] = explanation.split("\n");
  const p = ctx.paint;
  const colour = answer.status === "represented" ? p.green : answer.status === "contested" ? p.yellow : p.red;
  print(ctx, [p.bold(colour(headline)), ...rest.map((line) => (line.startsWith("- ") ? line : p.bold(line)))].join("\n"));
  return EXIT.ok;
}
